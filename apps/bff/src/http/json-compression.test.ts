import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestBff, type TestBff } from '../testing/test-bff.ts';

interface Page {
  items: { id: string }[];
}

describe('compressing API answers', () => {
  let bff: TestBff;
  let bigAccount: string;
  before(async () => {
    bff = await startTestBff();
    const seeded = await bff.emulator.control<{ accountIds: string[] }>('POST', '/seed', {
      set: 'generated',
      users: 100,
      namePrefix: 'Big',
    });
    bigAccount = seeded.accountIds[0] ?? '';
  });
  after(() => bff.close());

  const gzip = { 'accept-encoding': 'gzip' };

  it('when a JSON list is larger than 1 KB and the client takes gzip, then it comes gzip-encoded', async () => {
    const list = await bff.as('viewer').call('GET', `/api/accounts/${bigAccount}/users?pageSize=100`, { headers: gzip });
    assert.equal(list.status, 200);
    assert.equal(list.headers.get('content-encoding'), 'gzip');
    assert.match(list.headers.get('vary') ?? '', /accept-encoding/i);
    assert.ok(list.text.length > 1024, `the list is ${list.text.length} bytes`);
    assert.ok(list.json<Page>().items.length > 1);
  });

  it('when a JSON answer is under 1 KB, then it comes as is', async () => {
    const one = await bff.as('viewer').call('GET', '/api/accounts?pageSize=1', { headers: gzip });
    assert.equal(one.status, 200);
    assert.ok(one.text.length < 1024, `the answer is ${one.text.length} bytes`);
    assert.equal(one.headers.get('content-encoding'), null);
  });

  it('when the client takes only identity, then even a large list comes as is', async () => {
    const list = await bff.as('viewer').call('GET', `/api/accounts/${bigAccount}/users?pageSize=100`, {
      headers: { 'accept-encoding': 'identity' },
    });
    assert.equal(list.status, 200);
    assert.equal(list.headers.get('content-encoding'), null);
  });

  it('when a CSV export streams, then it is not compressed (its rows and its error line go out as written)', async () => {
    const csv = await bff.as('viewer').call('GET', `/api/accounts/${bigAccount}/users.csv`, { headers: gzip });
    assert.equal(csv.status, 200);
    assert.match(csv.headers.get('content-type') ?? '', /text\/csv/);
    assert.equal(csv.headers.get('content-encoding'), null);
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import type { CountersSnapshot } from '@chime-console/chime-emulator';
import { endpoints, roleMay, type AuditEntry, type EndpointDefinition, type EndpointId, type Problem } from '@chime-console/contracts';
import { endpointInputFor, stringPaths, urlOf, withStringAt, type EndpointInput } from '../testing/contract-arbitraries.ts';
import { startTestBff, type ApiClient, type TestBff } from '../testing/test-bff.ts';

/** NUL first (PostgreSQL's text and jsonb cannot hold it), then other C0 controls and DEL. */
const CONTROLS = ['\u0000', '\u001b[31m', '\n', '\u0007', '\u007f', '\r\n'];
/** A URL cannot carry a lone surrogate (its UTF-8 does not exist); a JSON body can. */
const BODY_POISONS = [...CONTROLS, '\ud800'];
const IDS = Object.keys(endpoints) as EndpointId[];
const STATE_CHANGING = new Set(['post', 'patch', 'delete']);

type Where = 'params' | 'query' | 'body';
interface Poisoned {
  id: EndpointId;
  where: Where;
  field: string;
  input: EndpointInput;
}

/** The poison after the first code point (not code unit: that could split an emoji's surrogate pair). */
function poisoned(text: string, poison: string): string {
  const [first = '', ...rest] = Array.from(text);
  return `${first}${poison}${rest.join('')}`;
}

/** For each endpoint, one full valid input with one string poisoned: every field the contract has, in turn. */
function poisonedCalls(): Poisoned[] {
  let next = 0;
  return IDS.flatMap((id) => {
    const [valid] = fc.sample(endpointInputFor(id, { optionals: 'always' }), { numRuns: 1, seed: 9 });
    if (!valid) return [];
    return (['params', 'query', 'body'] as const).flatMap((where) =>
      stringPaths(valid[where]).map((path): Poisoned => {
        const poisons = where === 'body' ? BODY_POISONS : CONTROLS;
        const poison = poisons[next++ % poisons.length] ?? '';
        const input: EndpointInput = { ...valid, [where]: withStringAt(valid[where], path, (text) => poisoned(text, poison)) };
        return { id, where, field: path.join('.'), input };
      }),
    );
  });
}

describe('hostile input on every endpoint, generated from the contract registry', () => {
  let bff: TestBff;
  const clientFor = (id: EndpointId): ApiClient => (endpoints[id].access === 'public' ? bff.anonymous : bff.as('admin'));
  const send = (client: ApiClient, id: EndpointId, input: EndpointInput) =>
    client.call(endpoints[id].method.toUpperCase(), urlOf(id, input), {
      ...(endpoints[id].method !== 'get' && input.body !== undefined && { body: input.body }),
    });
  const chimeRequests = async () => {
    const { operations } = await bff.emulator.control<CountersSnapshot>('GET', '/counters');
    return Object.values(operations).reduce((sum, counts) => sum + counts.requests, 0);
  };

  before(async () => {
    bff = await startTestBff();
  });
  after(() => bff.close());

  it('when any string of any call holds a control character or a lone surrogate, then it answers 400 naming the field, and nothing reaches Chime', async () => {
    const calls = poisonedCalls();
    assert.ok(calls.length > 60, `${calls.length} poisoned calls`);
    const chimeBefore = await chimeRequests();

    const wrong: string[] = [];
    for (const call of calls) {
      const response = await send(clientFor(call.id), call.id, call.input);
      const problem = response.status === 400 ? response.json<Problem>() : undefined;
      if (!problem?.fields?.some((field) => field.field === call.field)) {
        wrong.push(`${call.id} ${call.where}.${call.field}: ${response.status} ${response.text.slice(0, 200)}`);
      }
    }

    assert.deepEqual(wrong, []);
    assert.equal(await chimeRequests(), chimeBefore, 'no poisoned call reached Chime');
  });

  it('when a control character sits in a query or body key, or a URL holds bytes that are not UTF-8, then it answers 400 too', async () => {
    const admin = bff.as('admin');
    const answers = [
      await admin.call('GET', `/api/audit?${encodeURIComponent('act\u0000or')}=x`),
      await admin.call('POST', '/api/accounts', { body: { name: 'Fine', ['n\u0000']: 1 } }),
      await admin.call('GET', '/api/accounts/%ED%A0%80'),
    ];

    assert.deepEqual(
      answers.map((answer) => answer.status),
      [400, 400, 400],
      answers.map((answer) => answer.text).join('\n'),
    );
  });

  it('when any endpoint gets an arbitrary JSON body, an oversized field or a mistyped one, then it answers 4xx, never 5xx', async () => {
    const wrong: string[] = [];
    /** An arbitrary body may happen to be valid; a huge or mistyped field never is. */
    const expectNo5xx = async (id: EndpointId, input: EndpointInput, what: string, mayPass = false) => {
      const { status, text } = await send(clientFor(id), id, input);
      if (status >= 500 || (status < 400 && !mayPass)) wrong.push(`${id} ${what}: ${status} ${text.slice(0, 160)}`);
    };
    for (const id of IDS.filter((id) => (endpoints[id] as EndpointDefinition).body !== undefined)) {
      const [valid] = fc.sample(endpointInputFor(id, { optionals: 'always' }), { numRuns: 1, seed: 5 });
      if (!valid) continue;
      for (const body of fc.sample(fc.jsonValue({ maxDepth: 3 }), { numRuns: 8, seed: 6 })) {
        await expectNo5xx(id, { ...valid, body }, 'arbitrary', true);
      }
      for (const path of stringPaths(valid.body)) {
        await expectNo5xx(id, { ...valid, body: withStringAt(valid.body, path, () => 'x'.repeat(20_000)) }, `huge ${path.join('.')}`);
        const mistyped = path.reduceRight<unknown>((inner, key) => (typeof key === 'number' ? [inner] : { [key]: inner }), 12);
        await expectNo5xx(id, { ...valid, body: { ...(valid.body as object), ...(mistyped as object) } }, `mistyped ${path.join('.')}`);
      }
    }
    assert.deepEqual(wrong, []);
  });

  it('when a role refused an endpoint sends a NUL in its body or path, then it answers 403 and leaves one denied entry, sanitised', async () => {
    const refused = IDS.filter((id) => {
      const { access, method } = endpoints[id];
      return STATE_CHANGING.has(method) && access !== 'public' && access !== 'signedIn' && !roleMay('viewer', access);
    });
    assert.ok(refused.length > 10);
    const wrong: string[] = [];
    for (const id of refused) {
      const [valid] = fc.sample(endpointInputFor(id, { optionals: 'always' }), { numRuns: 1, seed: 3 });
      if (!valid) continue;
      const poison = (text: string) => `${text}\u0000`;
      const input = {
        params: Object.fromEntries(Object.entries(valid.params).map(([key, value]) => [key, poison(value)])),
        query: valid.query,
        body: { ...(valid.body as object), ['\u0000key']: poison('x') },
      };
      const response = await send(bff.as('viewer'), id, input);
      const [entry] = await deniedEntries(id);
      if (response.status !== 403 || entry?.actor !== 'viewer' || !JSON.stringify(entry).includes('␀')) {
        wrong.push(`${id}: ${response.status} ${JSON.stringify(entry ?? null).slice(0, 200)}`);
      }
    }
    assert.deepEqual(wrong, []);
  });

  async function deniedEntries(action: EndpointId): Promise<AuditEntry[]> {
    const response = await bff.as('admin').call('GET', `/api/audit?action=${action}&pageSize=1`);
    assert.equal(response.status, 200, response.text);
    return response.json<{ items: AuditEntry[] }>().items.filter((entry) => entry.result === 'denied');
  }
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { accountSchema, userPageSchema, userSchema } from '@chime-console/contracts';
import { strictResponse } from './strict-response.ts';

describe('checking responses strictly (tests only)', () => {
  it('when a handler answers a key its schema does not declare, at any depth, then the check fails naming it', () => {
    assert.throws(
      () => strictResponse(userSchema, { id: 'u1', accountId: 'a1', PersonalPIN: '1234' }, 'getUser'),
      /getUser answered keys its response schema does not declare: PersonalPIN/,
    );
    assert.throws(
      () =>
        strictResponse(
          userPageSchema,
          {
            items: [
              { id: 'u1', accountId: 'a1' },
              { id: 'u2', accountId: 'a1', pin: '1' },
            ],
          },
          'listUsers',
        ),
      /items\[1\]\.pin/,
    );
  });

  it('when the answer fits its schema, then the parsed answer is what gets sent', () => {
    const account = { id: 'a1', awsAccountId: '123', name: 'Acme', supportedLicenses: ['Basic'], type: undefined };

    const sent = strictResponse(accountSchema, account, 'getAccount');

    assert.deepEqual(sent, account);
    assert.notEqual(sent, account);
    assert.throws(() => strictResponse(accountSchema, { ...account, name: 3 }, 'getAccount'));
  });
});

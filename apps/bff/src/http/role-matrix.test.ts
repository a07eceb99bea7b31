import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { endpoints, type EndpointId, type Problem } from '@chime-console/contracts';
import { startTestBff, TEST_PASSWORD, type ApiClient, type ApiResponse, type TestBff } from '../testing/test-bff.ts';

type Answer = 'allowed' | 401 | 403;
/** What a call got when it was none of those: its status and problem code, shown in the failure. */
type Unexpected = `${number}${string}`;

/**
 * A call counts as allowed only when it got past the role check and did not break: a 5xx, a CSRF
 * refusal or any other 403 is not "allowed", and shows up in the failure as its status and code.
 */
function answerOf(response: ApiResponse): Answer | Unexpected {
  const code = response.headers.get('content-type')?.includes('problem') ? response.json<Problem>().code : undefined;
  if (response.status === 401 && code === 'unauthenticated') return 401;
  if (response.status === 403 && code === 'forbidden') return 403;
  if (response.status >= 500 || response.status === 403 || response.status === 401 || code === 'csrf_failed') {
    return `${response.status}${code === undefined ? '' : ` ${code}`}`;
  }
  return 'allowed';
}
const PUBLIC: Answer[] = ['allowed', 'allowed', 'allowed', 'allowed'];
const SIGNED_IN: Answer[] = [401, 'allowed', 'allowed', 'allowed'];
const READ: Answer[] = [401, 'allowed', 'allowed', 'allowed'];
const HELPDESK: Answer[] = [401, 403, 'allowed', 'allowed'];
const ADMIN: Answer[] = [401, 403, 403, 'allowed'];

/**
 * Who may call what, written out independently of the registry's own `access` field: columns are
 * signed out, viewer, helpdesk, admin. A new endpoint without a row fails to typecheck and fails here.
 */
const MATRIX: Record<EndpointId, Answer[]> = {
  login: PUBLIC,
  logout: SIGNED_IN,
  me: SIGNED_IN,
  changePassword: SIGNED_IN,
  signOutOtherSessions: SIGNED_IN,
  listAccounts: READ,
  createAccount: ADMIN,
  getAccount: READ,
  updateAccount: ADMIN,
  deleteAccount: ADMIN,
  getAccountSettings: READ,
  updateAccountSettings: ADMIN,
  listUsers: READ,
  exportUsers: READ,
  createUser: ADMIN,
  getUser: READ,
  updateUser: ADMIN,
  resetPin: HELPDESK,
  userHistory: HELPDESK,
  revealPin: HELPDESK,
  logoutUser: HELPDESK,
  resendInvitation: HELPDESK,
  batchChangeLicense: ADMIN,
  batchSuspend: ADMIN,
  batchUnsuspend: ADMIN,
  inviteUsers: ADMIN,
  listInvitations: READ,
  searchDirectory: READ,
  directoryStatus: READ,
  refreshAccount: READ,
  exportInvitations: READ,
  checkInviteEmails: ADMIN,
  invitationOverview: READ,
  exportInvitationOverview: READ,
  createJob: ADMIN,
  listJobs: READ,
  getJob: READ,
  listJobItems: READ,
  cancelJob: ADMIN,
  retryJob: ADMIN,
  lookupUser: READ,
  listAudit: ADMIN,
  exportAudit: ADMIN,
  listConsoleUsers: ADMIN,
  createConsoleUser: ADMIN,
  updateConsoleUser: ADMIN,
  forceConsolePassword: ADMIN,
};

describe('the role matrix', () => {
  let bff: TestBff;
  let clients: (ApiClient | undefined)[];
  before(async () => {
    bff = await startTestBff();
    // Fresh sessions: the logout row ends them.
    clients = [undefined, ...(await Promise.all(['viewer', 'helpdesk', 'admin'].map((role) => bff.signIn(role, TEST_PASSWORD))))];
  });
  after(() => bff.close());

  it('has a row for every endpoint and no other', () => {
    assert.deepEqual(Object.keys(MATRIX).sort(), Object.keys(endpoints).sort());
  });

  // Bodies are empty, so an allowed call stops at validation or at Chime's 404 for the made-up
  // IDs: the matrix changes nothing. Logout goes last because it ends the sessions.
  const order = (Object.keys(MATRIX) as EndpointId[]).sort((a, b) => Number(a === 'logout') - Number(b === 'logout'));
  for (const id of order) {
    it(`${id}: signed out, viewer, helpdesk, admin get ${MATRIX[id].join(', ')}`, async () => {
      const endpoint = endpoints[id];
      const path = endpoint.path.replace(':id', '00000000-0000-4000-8000-000000000000').replace(/:\w+/g, 'matrix-probe');
      const answers: (Answer | Unexpected)[] = [];
      for (const client of clients) {
        const response = client
          ? await client.call(endpoint.method.toUpperCase(), path, endpoint.method === 'get' ? {} : { body: {} })
          : await bff.anonymous.call(endpoint.method.toUpperCase(), path, endpoint.method === 'get' ? {} : { body: {} });
        answers.push(answerOf(response));
      }
      assert.deepEqual(answers, MATRIX[id]);
    });
  }

  it('records every refused call in the audit log', async () => {
    const admin = await bff.signIn('admin', TEST_PASSWORD);
    const { items } = (await admin.call('GET', '/api/audit?action=createAccount&pageSize=200')).json<{
      items: { result: string; actor: string }[];
    }>();
    const denied = items
      .filter((entry) => entry.result === 'denied')
      .map((entry) => entry.actor)
      .sort();
    assert.deepEqual(denied, ['helpdesk', 'viewer']);
  });
});

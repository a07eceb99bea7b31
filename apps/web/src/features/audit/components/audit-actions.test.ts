import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, actionLabel } from './audit-actions.ts';
import { historyText } from './user-history.tsx';

describe('the audit action filter', () => {
  it('when its choices are listed, then they are the state-changing endpoints and the job runner, never a read', () => {
    expect(AUDIT_ACTIONS).toContain('resetPin');
    expect(AUDIT_ACTIONS).toContain('batchSuspend');
    expect(AUDIT_ACTIONS).toContain('runJobChunk');
    for (const read of ['listAccounts', 'getUser', 'listAudit', 'userHistory', 'exportUsers']) expect(AUDIT_ACTIONS).not.toContain(read);
    expect(AUDIT_ACTIONS).not.toContain('login');
  });

  it('when an action is labelled, then initialisms keep their capitals', () => {
    expect(actionLabel('resetPin')).toBe('Reset PIN');
    expect(actionLabel('batchChangeLicense')).toBe('Batch change license');
  });
});

describe("a user's history in words", () => {
  it('when a role acted under its own name, then it is named once; anyone else with their role', () => {
    expect(historyText({ action: 'resetPin', actor: 'helpdesk', role: 'helpdesk' })).toBe('PIN reset by helpdesk');
    expect(historyText({ action: 'batchSuspend', actor: 'jane', role: 'admin' })).toBe('Suspended by jane (an admin)');
    expect(historyText({ action: 'somethingNew', actor: 'jane' })).toBe('Something new by jane');
  });
});

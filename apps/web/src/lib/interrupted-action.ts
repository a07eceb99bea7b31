import type { EndpointId } from '@chime-console/contracts';

/** What a person was doing, in their words, for each action a lapsed session can interrupt. */
const ACTIONS: Partial<Record<EndpointId, string>> = {
  changePassword: 'Change password',
  signOutOtherSessions: 'Sign out your other sessions',
  createAccount: 'Create account',
  updateAccount: 'Change the account',
  deleteAccount: 'Delete account',
  updateAccountSettings: 'Change the account settings',
  createUser: 'Create user',
  updateUser: 'Change license',
  resetPin: 'Reset PIN',
  revealPin: 'Reveal PIN',
  logoutUser: 'Sign out everywhere',
  resendInvitation: 'Resend invitation',
  batchChangeLicense: 'Change license',
  batchSuspend: 'Suspend users',
  batchUnsuspend: 'Unsuspend users',
  inviteUsers: 'Invite users',
  checkInviteEmails: 'Check the addresses to invite',
  refreshAccount: 'Refresh from Chime',
  createJob: 'Start the bulk action',
  cancelJob: 'Cancel the job',
  retryJob: 'Retry the failed items',
  createConsoleUser: 'Create console user',
  updateConsoleUser: 'Change the console user',
  forceConsolePassword: 'Set a new password',
};

const KEY = 'chime-console.interrupted-action';
/** A note older than this is about some earlier visit, not the sign-in page now showing. */
const FRESH_MS = 60 * 60 * 1000;

export interface InterruptedAction {
  action: string;
  /** The page it was pressed on (path and query: the view state), where sign-in brings the person back. */
  page: string;
  /** That page's title, which names its subject ("ana@example.com · Chime Console"). */
  title?: string;
  at: number;
}

/**
 * Notes an action the server refused because the session had lapsed, so that the sign-in page can
 * say it was not done; tab-scoped (sessionStorage), like the page it happened on.
 */
export function noteInterruptedAction(id: EndpointId, summary: string): void {
  const note: InterruptedAction = {
    action: ACTIONS[id] ?? summary.split(/[;(]/)[0]?.trim() ?? summary,
    page: `${window.location.pathname}${window.location.search}`,
    title: document.title,
    at: Date.now(),
  };
  try {
    sessionStorage.setItem(KEY, JSON.stringify(note));
  } catch {
    // Storage may be off (a private window's quota): the person still lands on sign-in, just without the note.
  }
}

function isNote(value: unknown): value is InterruptedAction {
  if (typeof value !== 'object' || value === null) return false;
  const note = value as Record<string, unknown>;
  return (
    typeof note['action'] === 'string' &&
    typeof note['page'] === 'string' &&
    typeof note['at'] === 'number' &&
    (note['title'] === undefined || typeof note['title'] === 'string')
  );
}

export function readInterruptedAction(): InterruptedAction | undefined {
  try {
    const value: unknown = JSON.parse(sessionStorage.getItem(KEY) ?? 'null');
    return isNote(value) && Date.now() - value.at < FRESH_MS ? value : undefined;
  } catch {
    return undefined;
  }
}

export function forgetInterruptedAction(): void {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // Nothing was stored.
  }
}

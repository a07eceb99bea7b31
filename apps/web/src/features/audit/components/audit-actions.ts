import { changesState, endpoints, JOB_CHUNK_AUDIT_ACTION, type EndpointId } from '@chime-console/contracts';

// Initialisms the camel-case split would lower-case.
const WORDS: Record<string, string> = { pin: 'PIN', csv: 'CSV' };

/**
 * The actions worth filtering by: the state-changing endpoints, whose every call leaves an entry
 * (reads leave one only when refused), and the job runner's own calls.
 */
export const AUDIT_ACTIONS: readonly string[] = [
  ...(Object.keys(endpoints) as EndpointId[]).filter((id) => changesState(endpoints[id])),
  // The job runner's own entries: one per Chime call a bulk job makes.
  JOB_CHUNK_AUDIT_ACTION,
];

/** `batchChangeLicense` → "Batch change license". Unknown actions (older entries) are split the same way. */
export function actionLabel(action: string): string {
  const words = action
    .split(/(?=[A-Z])/)
    .map((word) => word.toLowerCase())
    .map((word) => WORDS[word] ?? word);
  const [first = '', ...rest] = words;
  return [first.charAt(0).toUpperCase() + first.slice(1), ...rest].join(' ');
}

export function actionSummary(action: string): string | undefined {
  if (action === JOB_CHUNK_AUDIT_ACTION) return 'One Chime call of a bulk job, made for the person who started it';
  return action in endpoints ? endpoints[action as EndpointId].summary : undefined;
}

// What happened to a user, in the words a helpdesk person says on a call: "PIN reset by helpdesk".
const DONE_TO_A_USER: Partial<Record<string, string>> = {
  createUser: 'Created',
  updateUser: 'License changed',
  resetPin: 'PIN reset',
  revealPin: 'PIN revealed',
  logoutUser: 'Signed out of every device',
  resendInvitation: 'Invitation resent',
  batchChangeLicense: 'License changed',
  batchSuspend: 'Suspended',
  batchUnsuspend: 'Unsuspended',
  userHistory: 'History read',
  [JOB_CHUNK_AUDIT_ACTION]: 'Changed by a bulk job',
};

/** "PIN reset", "Suspended": an action as something done to a user. */
export const doneToAUser = (action: string): string => DONE_TO_A_USER[action] ?? actionLabel(action);

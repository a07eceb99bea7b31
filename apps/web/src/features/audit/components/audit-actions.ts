import { endpoints, JOB_CHUNK_AUDIT_ACTION, type EndpointId } from '@chime-console/contracts';

// Initialisms the camel-case split would lower-case.
const WORDS: Record<string, string> = { pin: 'PIN', csv: 'CSV' };

/**
 * The BFF records an entry's action as its endpoint ID (`createConsoleUser`): state changes, and
 * any call refused for the caller's role. Every signed-in endpoint can therefore appear.
 */
export const AUDIT_ACTIONS: readonly string[] = [
  ...(Object.keys(endpoints) as EndpointId[]).filter((id) => endpoints[id].access !== 'public'),
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

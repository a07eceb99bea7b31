import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { ChimeClient, type ChimeClientConfig } from '@aws-sdk/client-chime';
import { NodeHttpHandler } from '@smithy/node-http-handler';

export interface ChimeClientSettings {
  /** us-east-1 when absent; Chime's AWS endpoint is global and signs for us-east-1 anyway. */
  region?: string;
  /** A Chime-compatible endpoint (the emulator); absent means the SDK's own AWS endpoint. */
  endpoint?: string | undefined;
  /** Upper bound on open sockets to Chime, shared by every request the BFF makes. */
  maxSockets?: number;
  /** Attempts per call, first one included. */
  maxAttempts?: number;
  /** Absent means the standard AWS provider chain (env, profile, SSO, container/instance role). */
  credentials?: ChimeClientConfig['credentials'];
  /** A connection not accepted within this counts as a failed attempt (default 2 s). */
  connectionTimeoutMs?: number;
  /** One attempt's wait for Chime's answer (default 10 s); the gateway's budget bounds the whole call. */
  requestTimeoutMs?: number;
  /** Told of each 429 Chime answers, the ones the SDK then retries included. */
  onThrottled?: (operation: string) => void;
}

export const DEFAULT_REGION = 'us-east-1';

/** The one ChimeClient of the process: keep-alive, bounded sockets, standard retries. */
export function createChimeClient(settings: ChimeClientSettings): ChimeClient {
  const maxSockets = settings.maxSockets ?? 50;
  const client = new ChimeClient({
    region: settings.region ?? DEFAULT_REGION,
    ...(settings.endpoint !== undefined && { endpoint: settings.endpoint }),
    ...(settings.credentials !== undefined && { credentials: settings.credentials }),
    retryMode: 'standard',
    maxAttempts: settings.maxAttempts ?? 3,
    // Resolve each command's middleware stack once rather than on every call; the BFF never changes
    // the stack after the client is built (the logger middleware is removed below, before any call).
    cacheMiddleware: true,
    requestHandler: new NodeHttpHandler({
      httpAgent: new HttpAgent({ keepAlive: true, maxSockets }),
      httpsAgent: new HttpsAgent({ keepAlive: true, maxSockets }),
      connectionTimeout: settings.connectionTimeoutMs ?? 2_000,
      requestTimeout: settings.requestTimeoutMs ?? 10_000,
      // Without this the handler only logs a warning when requestTimeout passes and keeps waiting.
      throwOnRequestTimeout: true,
    }),
  });
  // The SDK's logger middleware copies every output, sensitive members masked, for its logger. The
  // BFF gives it none (the default one discards everything), yet the copy walked every user of every
  // page; the gateway's errors are logged by the BFF itself.
  client.middlewareStack.remove('loggerMiddleware');
  if (settings.onThrottled) observeThrottling(client, settings.onThrottled);
  return client;
}

/** Sits below the retry middleware (high priority in the same step), so it sees every attempt's answer. */
function observeThrottling(client: ChimeClient, onThrottled: (operation: string) => void): void {
  client.middlewareStack.add(
    (next, context) => async (args) => {
      try {
        return await next(args);
      } catch (error) {
        const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
        if (status === 429) onThrottled((context.commandName ?? 'unknown').replace(/Command$/, ''));
        throw error;
      }
    },
    { step: 'finalizeRequest', priority: 'low', name: 'throttleObserver' },
  );
}

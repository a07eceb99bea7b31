import { ChimeClient } from '@aws-sdk/client-chime';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../server.ts';

export interface TestEmulator extends RunningEmulator {
  /** A real SDK client signed with the emulator's first key; no retries unless asked. */
  client: (overrides?: { maxAttempts?: number; region?: string; secretAccessKey?: string }) => ChimeClient;
  /** Calls the unsigned /_emulator control API and returns its JSON. */
  control: <T = unknown>(method: string, path: string, body?: unknown) => Promise<T>;
}

/** Starts an emulator on a free loopback port for one test file; call `close()` in `after`. */
export async function startTestEmulator(options: EmulatorOptions = {}): Promise<TestEmulator> {
  const emulator = await startEmulator({ port: 0, ...options });
  const [key] = emulator.credentials;
  if (!key) throw new Error('The emulator has no credentials.');
  const clients: ChimeClient[] = [];
  return {
    ...emulator,
    client: (overrides = {}) => {
      const client = new ChimeClient({
        endpoint: emulator.endpoint,
        region: overrides.region ?? 'us-east-1',
        maxAttempts: overrides.maxAttempts ?? 1,
        credentials: { accessKeyId: key.accessKeyId, secretAccessKey: overrides.secretAccessKey ?? key.secretAccessKey },
      });
      clients.push(client);
      return client;
    },
    control: async <T>(method: string, path: string, body?: unknown) => {
      const response = await fetch(`${emulator.endpoint}/_emulator${path}`, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? null : JSON.stringify(body),
      });
      const json = (await response.json()) as T;
      if (!response.ok) throw new Error(`control ${method} ${path} answered ${response.status}: ${JSON.stringify(json)}`);
      return json;
    },
    close: async () => {
      for (const client of clients) client.destroy();
      await emulator.close();
    },
  };
}

import assert from 'node:assert/strict';
import type { ChimeClient } from '@aws-sdk/client-chime';
import type { Account } from '@chime-console/contracts';
import { startTestEmulator, type TestEmulator } from '@chime-console/chime-emulator/testing';
import { AppError } from '../http/app-error.ts';
import { createChimeClient, type ChimeClientSettings } from '../chime/client.ts';
import { ChimeGateway, type GatewayOptions } from '../chime/gateway.ts';

export interface GatewayUnderTest {
  emulator: TestEmulator;
  /** The shared gateway, signed with the emulator's first key. */
  gateway: ChimeGateway;
  /** Another gateway over its own client, e.g. with a wrong secret, fewer attempts or a budget. */
  gatewayWith: (overrides: Partial<ChimeClientSettings>, options?: GatewayOptions) => ChimeGateway;
  accountNamed: (name: string) => Promise<Account>;
  close: () => Promise<void>;
}

/** A real emulator on a free port and gateways over real SDK clients pointed at it. */
export async function startGatewayUnderTest(
  seed: Parameters<typeof startTestEmulator>[0] = { seed: { set: 'demo' } },
): Promise<GatewayUnderTest> {
  const emulator = await startTestEmulator(seed);
  const [key] = emulator.credentials;
  assert.ok(key);
  const clients: ChimeClient[] = [];
  const gatewayWith = (overrides: Partial<ChimeClientSettings>, options?: GatewayOptions) => {
    const client = createChimeClient({ region: 'us-east-1', endpoint: emulator.endpoint, credentials: key, ...overrides });
    clients.push(client);
    return new ChimeGateway(client, options);
  };
  const gateway = gatewayWith({});
  return {
    emulator,
    gateway,
    gatewayWith,
    accountNamed: async (name) => {
      const { items } = await gateway.listAccounts({ name, maxResults: 1 });
      assert.ok(items[0], `the emulator has an account named ${name}`);
      return items[0];
    },
    close: async () => {
      for (const client of clients) client.destroy();
      await emulator.close();
    },
  };
}

/** Asserts the promise rejects with an AppError matching `expected`, and returns it. */
export async function rejectsWithAppError(
  promise: Promise<unknown>,
  expected: Partial<Pick<AppError, 'status' | 'code' | 'retryable' | 'retryAfter'>>,
): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof AppError, `expected an AppError, got ${String(error)}`);
    assert.deepEqual(pick(error, Object.keys(expected) as (keyof typeof expected)[]), expected);
    return error;
  }
  assert.fail('expected the call to fail');
}

function pick<T extends object, K extends keyof T>(value: T, keys: K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((key) => [key, value[key]])) as Pick<T, K>;
}

/** Every key at any depth: to prove no PIN field is present anywhere in an answer. */
export function keysDeep(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysDeep);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, member]) => [key, ...keysDeep(member)]);
}

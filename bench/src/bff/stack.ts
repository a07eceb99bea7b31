import { Agent } from 'node:http';
import { ChimeClient, ListAccountsCommand } from '@aws-sdk/client-chime';
import { launchChild, type RunningChild } from '../lib/child.ts';
import { httpRequest } from '../lib/http.ts';
import { isRecord } from '../lib/json.ts';
import { BENCH_CREDENTIALS, EMULATOR_CLI, credentialArgs, emulatorNodeArgs } from '../emulator/paths.ts';
import { BENCH_CONSOLE_USER, bffNodeArgs, localScript } from './paths.ts';

/** An emulator child, a BFF child against it, a signed-in session and an SDK client of the bench's own. */
export interface BffStack {
  emulator: RunningChild;
  bff: RunningChild;
  /** The BFF child's memory sampler (see bff-child.ts). */
  probeUrl: string;
  accountId: string;
  /** The `cookie` header of the signed-in session. */
  cookie: string;
  /** The bench's own client: same endpoint, keys and keep-alive as the BFF's. */
  sdk: ChimeClient;
  /** Started children; the caller stops them (and may add its own) in a finally block. */
  children: RunningChild[];
}

const PROBE = /^memory probe on (http:\/\/\S+)/;

/** The emulator's keys, found by the SDK's standard provider chain as in production. */
const awsEnv = {
  AWS_ACCESS_KEY_ID: BENCH_CREDENTIALS.accessKeyId,
  AWS_SECRET_ACCESS_KEY: BENCH_CREDENTIALS.secretAccessKey,
  AWS_SESSION_TOKEN: undefined,
  AWS_PROFILE: undefined,
};

/** Every child started is pushed to `children` at once, so a failure half-way still stops it. */
export async function startStack(users: number, children: RunningChild[]): Promise<BffStack> {
  const emulator = await launchChild(EMULATOR_CLI, ['--port', '0', '--seed', `generated:${users}`, ...credentialArgs], {
    name: `emulator (${users} users)`,
    nodeArgs: emulatorNodeArgs(),
    timeoutMs: 90_000,
  });
  children.push(emulator);
  const sdk = benchClient(emulator.url);
  try {
    const accountId = await onlyAccountId(sdk);
    const bff = await launchChild(localScript('bff-child.ts'), [emulator.url, BENCH_CONSOLE_USER.username, BENCH_CONSOLE_USER.password], {
      name: 'BFF',
      nodeArgs: bffNodeArgs(),
      env: { ...awsEnv, NODE_ENV: 'production' },
      timeoutMs: 60_000,
    });
    children.push(bff);
    const probeUrl = bff.lines.map((line) => PROBE.exec(line)?.[1]).find((url) => url !== undefined);
    if (probeUrl === undefined) throw new Error(`BFF child printed no probe line: ${bff.lines.join('\n')}`);
    const cookie = await signIn(bff.url);
    return { emulator, bff, probeUrl, accountId, cookie, sdk, children };
  } catch (error) {
    sdk.destroy();
    throw error;
  }
}

async function onlyAccountId(sdk: ChimeClient): Promise<string> {
  const accounts = await sdk.send(new ListAccountsCommand({}));
  const [account] = accounts.Accounts ?? [];
  if (accounts.Accounts?.length !== 1 || account?.AccountId === undefined) {
    throw new Error(`expected exactly one seeded account, ListAccounts said ${JSON.stringify(accounts.Accounts ?? null).slice(0, 200)}`);
  }
  return account.AccountId;
}

export function benchClient(endpoint: string): ChimeClient {
  return new ChimeClient({
    endpoint,
    region: 'us-east-1',
    credentials: BENCH_CREDENTIALS,
    maxAttempts: 3,
    requestHandler: { httpAgent: new Agent({ keepAlive: true, maxSockets: 50 }) },
  });
}

/** POST /api/auth/login, as the SPA does; answers the session cookie as a `cookie` header. */
async function signIn(bffUrl: string): Promise<string> {
  const response = await httpRequest(
    new URL('/api/auth/login', bffUrl),
    'POST',
    { 'content-type': 'application/json' },
    JSON.stringify(BENCH_CONSOLE_USER),
  );
  if (response.status !== 200) throw new Error(`sign-in answered ${response.status}: ${response.body.toString()}`);
  const cookie = (response.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).join('; ');
  if (cookie === '') throw new Error('sign-in set no cookie');
  return cookie;
}

/** The BFF child's memory just before some work, and the peak of each member while it ran. */
export interface MemoryWindow {
  before: NodeJS.MemoryUsage;
  peak: NodeJS.MemoryUsage;
  samples: number;
}

/** Runs `work` while the BFF child samples its memory every 50 ms. */
export async function withMemorySampling<T>(probeUrl: string, work: () => Promise<T>): Promise<{ result: T; memory: MemoryWindow }> {
  await probeCall(probeUrl, '/start');
  const result = await work();
  const memory = await probeCall(probeUrl, '/stop');
  if (!isUsage(memory.before) || !isUsage(memory.peak) || typeof memory.samples !== 'number') {
    throw new Error(`unexpected memory probe answer ${JSON.stringify(memory)}`);
  }
  return { result, memory: { before: memory.before, peak: memory.peak, samples: memory.samples } };
}

const isUsage = (value: unknown): value is NodeJS.MemoryUsage =>
  isRecord(value) && ['rss', 'heapTotal', 'heapUsed', 'external', 'arrayBuffers'].every((key) => typeof value[key] === 'number');

async function probeCall(probeUrl: string, path: string): Promise<Record<string, unknown>> {
  const response = await httpRequest(new URL(path, probeUrl), 'GET', {});
  const value: unknown = JSON.parse(response.body.toString());
  if (response.status !== 200 || !isRecord(value)) throw new Error(`memory probe ${path} answered ${response.status}`);
  return value;
}

/** The throughput (and hop) baseline: node:http making the same SDK call; see bare-sdk-server.ts. */
export async function launchBareSdkServer(stack: BffStack): Promise<RunningChild> {
  const bare = await launchChild(localScript('bare-sdk-server.ts'), [stack.emulator.url, stack.accountId], {
    name: 'bare SDK server',
    nodeArgs: bffNodeArgs(),
    env: awsEnv,
  });
  stack.children.push(bare);
  return bare;
}

/** Stops every child, even when the benchmark failed half-way. */
export async function stopAll(stack: BffStack | undefined, children: RunningChild[]): Promise<void> {
  stack?.sdk.destroy();
  await Promise.all(children.map((child) => child.stop()));
}

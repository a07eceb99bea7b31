import { launchChild, type RunningChild } from '../lib/child.ts';
import { httpRequest } from '../lib/http.ts';
import { arrayMember } from '../lib/json.ts';
import { BENCH_CREDENTIALS, EMULATOR_CLI, credentialArgs, emulatorNodeArgs } from '../emulator/paths.ts';
import { BENCH_VIEWER, localScript } from './paths.ts';

/** The emulator with the demo data plus two generated accounts, and the BFF serving the built SPA against it. */
export interface WebStack {
  bffUrl: string;
  emulatorUrl: string;
  /** A generated Team account with 1,000 users, and one with 100,000. */
  smallAccountId: string;
  largeAccountId: string;
  children: RunningChild[];
}

export const SMALL_ACCOUNT_USERS = 1_000;
export const LARGE_ACCOUNT_USERS = 100_000;

async function seed(emulatorUrl: string, users: number, namePrefix: string): Promise<string> {
  const response = await httpRequest(
    new URL('/_emulator/seed', emulatorUrl),
    'POST',
    { 'content-type': 'application/json' },
    JSON.stringify({ set: 'generated', users, namePrefix }),
  );
  const [accountId] = arrayMember(JSON.parse(response.body.toString()), 'accountIds') ?? [];
  if (response.status !== 200 || typeof accountId !== 'string') {
    throw new Error(`seeding ${users} users answered ${response.status}: ${response.body.toString().slice(0, 300)}`);
  }
  return accountId;
}

/** Every child started is pushed to `children` at once, so a failure half-way still stops it. */
export async function startWebStack(staticDir: string, children: RunningChild[]): Promise<WebStack> {
  const emulator = await launchChild(EMULATOR_CLI, ['--port', '0', '--seed', 'demo', ...credentialArgs], {
    name: 'emulator (demo)',
    nodeArgs: emulatorNodeArgs(),
    timeoutMs: 60_000,
  });
  children.push(emulator);
  const smallAccountId = await seed(emulator.url, SMALL_ACCOUNT_USERS, 'Bench small');
  const largeAccountId = await seed(emulator.url, LARGE_ACCOUNT_USERS, 'Bench large');
  const bff = await launchChild(localScript('web-bff-child.ts'), [emulator.url, staticDir, BENCH_VIEWER.username, BENCH_VIEWER.password], {
    name: 'BFF serving the SPA',
    env: {
      AWS_ACCESS_KEY_ID: BENCH_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: BENCH_CREDENTIALS.secretAccessKey,
      AWS_SESSION_TOKEN: undefined,
      AWS_PROFILE: undefined,
      NODE_ENV: 'production',
    },
    timeoutMs: 60_000,
  });
  children.push(bff);
  return { bffUrl: bff.url, emulatorUrl: emulator.url, smallAccountId, largeAccountId, children };
}

import { emulatorControl, type Api } from '../bulk/bulk-stack.ts';
import { LIMIT, callsOf, type Counters } from '../bulk/run-job.ts';
import { launchChild, type RunningChild } from '../lib/child.ts';
import { EMULATOR_CLI, credentialArgs, emulatorNodeArgs } from '../emulator/paths.ts';

/** The BFF's budget set to the emulator's limit, for every operation and for ListUsers. */
export const BUDGET_ENV = { JOB_RATE: String(LIMIT.rate), JOB_BURST: String(LIMIT.burst), JOB_LOOKUP_RATE: String(LIMIT.rate) };

/** An emulator seeded with `seed`, every operation limited to 10 calls/s (burst 10) as in the bulk suite, its counters zeroed. */
export async function startThrottledEmulator(seed: string, children: RunningChild[]): Promise<{ emulator: RunningChild; control: Api }> {
  const emulator = await launchChild(EMULATOR_CLI, ['--port', '0', '--seed', seed, ...credentialArgs], {
    name: `emulator (${seed})`,
    nodeArgs: emulatorNodeArgs(),
    timeoutMs: 120_000,
  });
  children.push(emulator);
  const control = emulatorControl(emulator.url);
  await control('PUT', '/throttle', { default: LIMIT });
  await control('DELETE', '/counters');
  return { emulator, control };
}

/** `ListUsers 1,000 (0 × 429), …` for every operation the emulator was called with. */
export function describeCalls(counters: Counters): string {
  return Object.keys(counters.operations)
    .map((operation) => {
      const { requests, throttled } = callsOf(counters, operation);
      return `${operation} ${requests.toLocaleString('en-US')} (${throttled} × 429)`;
    })
    .join(', ');
}

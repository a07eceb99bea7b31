import { fileURLToPath } from 'node:url';

/**
 * The emulator's CLI, found through the workspace dependency; BENCH_EMULATOR_CLI points at another
 * copy to compare a change before it lands.
 */
export const EMULATOR_CLI =
  process.env.BENCH_EMULATOR_CLI || fileURLToPath(new URL('cli.ts', import.meta.resolve('@chime-console/chime-emulator')));

export const BENCH_CREDENTIALS = { accessKeyId: 'AKIABENCH0001', secretAccessKey: 'bench-secret' };

export const credentialArgs = ['--access-key-id', BENCH_CREDENTIALS.accessKeyId, '--secret-access-key', BENCH_CREDENTIALS.secretAccessKey];

/** Set BENCH_CPU_PROF_DIR to get a .cpuprofile from each emulator child when it stops. */
export function emulatorNodeArgs(): string[] {
  const dir = process.env.BENCH_CPU_PROF_DIR;
  return dir === undefined || dir === '' ? [] : ['--cpu-prof', `--cpu-prof-dir=${dir}`];
}

export const localScript = (name: string) => fileURLToPath(new URL(name, import.meta.url));

import { fileURLToPath } from 'node:url';

export const localScript = (name: string) => fileURLToPath(new URL(name, import.meta.url));

/** The console user the bench signs in as; reading users needs no more than viewer. */
export const BENCH_CONSOLE_USER = { username: 'bench', password: 'bench-password-0001' };

/**
 * Set BENCH_BFF_CPU_PROF_DIR to get a .cpuprofile from each BFF child (and the bare SDK server)
 * when it stops; BENCH_CPU_PROF_DIR still profiles the emulator children.
 */
export function bffNodeArgs(): string[] {
  const dir = process.env.BENCH_BFF_CPU_PROF_DIR;
  return dir === undefined || dir === '' ? [] : ['--cpu-prof', `--cpu-prof-dir=${dir}`];
}

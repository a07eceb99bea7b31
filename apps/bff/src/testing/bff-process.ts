import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { TestEmulator } from '@chime-console/chime-emulator/testing';

const MAIN = fileURLToPath(new URL('../main.ts', import.meta.url));

export interface BffProcess {
  url: string;
  child: ChildProcess;
  /** SIGKILL: no shutdown, no cleanup, as a crash. */
  kill: () => Promise<void>;
  stop: () => Promise<void>;
}

/** The real BFF (`main.ts`) as its own process, for tests that crash it or run two replicas. */
export async function startBffProcess(env: Record<string, string>): Promise<BffProcess> {
  const child = spawn(process.execPath, [MAIN], { env: { ...process.env, LOG_LEVEL: 'info', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = once(child, 'exit');
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    const timer = setTimeout(() => {
      reject(new Error(`BFF did not start in 30 s: ${stderr}`));
    }, 30_000);
    lines.on('line', (line) => {
      const match = /"url":"([^"]+)"/.exec(line);
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      reject(new Error(`BFF exited with ${String(code)} before listening: ${stderr}`));
    });
  });
  child.stdout.resume();
  return {
    url,
    child,
    kill: async () => {
      child.kill('SIGKILL');
      await exited;
    },
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** A BFF process against the emulator (signing with its first key), `admin` its first admin; `env` adds to or overrides that. */
export async function startBffFor(
  emulator: TestEmulator,
  admin: { username: string; password: string },
  env: Record<string, string>,
): Promise<BffProcess> {
  const [key] = emulator.credentials;
  return startBffProcess({
    PORT: '0',
    SESSION_SECRET: 'job-process-test-secret-of-32-characters',
    CHIME_ENDPOINT: emulator.endpoint,
    AWS_ACCESS_KEY_ID: key?.accessKeyId ?? '',
    AWS_SECRET_ACCESS_KEY: key?.secretAccessKey ?? '',
    INITIAL_ADMIN_USERNAME: admin.username,
    INITIAL_ADMIN_PASSWORD: admin.password,
    // Off unless a test asks: background reads would spend the counters and faults tests set up.
    DIRECTORY_SWEEP_SECONDS: '0',
    ...env,
  });
}

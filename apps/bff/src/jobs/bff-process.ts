import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

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

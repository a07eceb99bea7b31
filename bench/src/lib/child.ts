import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface ChildOptions {
  /** Shown in errors. */
  name: string;
  /** Node flags for the child, e.g. `--expose-gc`. */
  nodeArgs?: string[];
  /** The stdout line that means the child is ready; group 1 is its URL. */
  ready?: RegExp;
  timeoutMs?: number;
  /** Written to the child's stdin, which is then closed. */
  stdin?: Buffer;
  /** Set over (or, when undefined, removed from) the bench's own environment. */
  env?: Record<string, string | undefined>;
}

export interface RunningChild {
  /** Group 1 of the ready line, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  /** Every stdout line up to and including the ready line. */
  readonly lines: readonly string[];
  /** The child's process ID, e.g. to read /proc/<pid>/status. */
  readonly pid: number;
  /** SIGTERM, then SIGKILL if it has not exited within two seconds. */
  stop: () => Promise<void>;
  /** SIGKILL at once, as a crash: no shutdown, nothing cleaned up. */
  kill: () => Promise<void>;
}

const LISTENING = /listening on (http:\/\/\S+)/;
const STDERR_TAIL = 4000;
const live = new Set<ChildProcess>();

// A crashed or interrupted bench must not leave servers holding ports and CPU on a shared machine.
process.once('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    for (const child of live) child.kill('SIGKILL');
    process.exit(130);
  });
}

/** Runs `node [nodeArgs] script [args]` and resolves once it prints its ready line. */
export async function launchChild(script: string, args: readonly string[], options: ChildOptions): Promise<RunningChild> {
  const env = { ...process.env, ...options.env };
  for (const [key, value] of Object.entries(env)) if (value === undefined) Reflect.deleteProperty(env, key);
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), script, ...args], { stdio: ['pipe', 'pipe', 'pipe'], env });
  live.add(child);
  // A child that dies before reading its stdin is reported by its exit, not by an EPIPE crash here.
  child.stdin.on('error', () => undefined);
  child.stdin.end(options.stdin);
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      live.delete(child);
      resolve();
    }),
  );
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-STDERR_TAIL);
  });

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 2000);
    await exited;
    clearTimeout(timer);
  };

  const kill = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGKILL');
    await exited;
  };

  const ready = options.ready ?? LISTENING;
  const lines: string[] = [];
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new Error(`${options.name} printed no ready line within ${options.timeoutMs ?? 30_000} ms`));
      }, options.timeoutMs ?? 30_000);
      const settle = () => {
        clearTimeout(timer);
      };
      let seenReady = false;
      // Keeps reading after the ready line so a chatty child never blocks on a full pipe.
      createInterface({ input: child.stdout }).on('line', (line) => {
        if (seenReady) return;
        lines.push(line);
        const match = ready.exec(line);
        if (match?.[1] === undefined) return;
        seenReady = true;
        settle();
        resolve(match[1]);
      });
      child.once('error', (error) => {
        settle();
        reject(error);
      });
      child.once('exit', (code, signal) => {
        settle();
        reject(new Error(`${options.name} exited (${signal ?? String(code)}) before it was ready:\n${stderr}`));
      });
    });
    return { url, lines, pid: child.pid ?? 0, stop, kill };
  } catch (error) {
    await stop();
    throw error;
  }
}

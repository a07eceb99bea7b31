import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { acquireLockFile } from './lock-file.ts';

const LOCK_FILE = 'chime-console.lock';
const heldHere = new Set<string>();

interface LockOwner {
  pid: number;
  host: string;
}

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

function parseOwner(held: string): LockOwner | undefined {
  try {
    const owner = JSON.parse(held) as Partial<LockOwner>;
    return typeof owner.pid === 'number' && typeof owner.host === 'string' ? { pid: owner.pid, host: owner.host } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * PGlite does not stop a second process from opening the same data directory, and two writers corrupt
 * it. A lock file names the owner; a lock left by a process that is gone (a crash, or a container
 * restarted with the same pid) is taken over.
 */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const path = join(dataDir, LOCK_FILE);
  // A takeover tells a stale lock from a fresh one by its content, and a restarted container may reuse a pid.
  const content = JSON.stringify({ pid: process.pid, host: hostname(), acquisition: randomUUID() });
  const inUse = (pid: number) =>
    new Error(
      `The data directory ${dataDir} is in use by another Chime Console process (pid ${pid}). Stop it, or, if none runs, delete ${path}.`,
    );
  if (heldHere.has(path)) throw inUse(process.pid);
  heldHere.add(path);
  try {
    await acquireLockFile(path, content, (held) => {
      const owner = parseOwner(held);
      const alive = owner !== undefined && owner.host === hostname() && owner.pid !== process.pid && isAlive(owner.pid);
      return alive ? inUse(owner.pid) : undefined;
    });
  } catch (error) {
    heldHere.delete(path);
    throw error;
  }
  return async () => {
    heldHere.delete(path);
    await rm(path, { force: true });
  };
}

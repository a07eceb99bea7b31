import { hostname } from 'node:os';
import { join } from 'node:path';
import { readFile, rm, writeFile } from 'node:fs/promises';

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

async function readOwner(path: string): Promise<LockOwner | undefined> {
  try {
    const owner = JSON.parse(await readFile(path, 'utf8')) as Partial<LockOwner>;
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
  const content = JSON.stringify({ pid: process.pid, host: hostname() });
  const inUse = (pid: number) =>
    new Error(
      `The data directory ${dataDir} is in use by another Chime Console process (pid ${pid}). Stop it, or, if none runs, delete ${path}.`,
    );
  if (heldHere.has(path)) throw inUse(process.pid);
  try {
    await writeFile(path, content, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const owner = await readOwner(path);
    if (owner !== undefined && owner.host === hostname() && owner.pid !== process.pid && isAlive(owner.pid)) throw inUse(owner.pid);
    await writeFile(path, content);
  }
  heldHere.add(path);
  return async () => {
    heldHere.delete(path);
    await rm(path, { force: true });
  };
}

import { createHash, randomUUID } from 'node:crypto';
import { link, readFile, rename, rm, writeFile } from 'node:fs/promises';

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException).code;

async function readIfPresent(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw error;
  }
}

/** A hard link appears whole and only where nothing is: no reader sees a lock half-written, no writer replaces one. */
async function linkUnlessPresent(from: string, to: string): Promise<boolean> {
  try {
    await link(from, to);
    return true;
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    throw error;
  }
}

/**
 * Creates the lock file `path` holding `content` (unique to this acquisition), or takes it over from an owner that
 * is gone. `refuse` answers, from what a lock file holds, the error to throw when its owner is alive.
 *
 * Several processes may find the same stale lock at once, and each would replace it in turn, each believing it won.
 * So replacing it needs a claim, itself a lock file named after the stale content: one process gets the claim,
 * replaces the lock only if it still holds that content, then drops the claim; a later claimant finds the lock
 * changed and meets its new owner. A claim left by a process that died mid-takeover is stale like any lock.
 */
export async function acquireLockFile(path: string, content: string, refuse: (held: string) => Error | undefined): Promise<void> {
  const fresh = `${path}.${randomUUID()}.tmp`;
  await writeFile(fresh, content, { flag: 'wx' });
  try {
    for (;;) {
      if (await linkUnlessPresent(fresh, path)) return;
      const held = await readIfPresent(path);
      if (held === undefined) continue;
      const refusal = refuse(held);
      if (refusal !== undefined) throw refusal;
      if (await takeOver(path, held, { fresh, content }, refuse)) return;
    }
  } finally {
    await rm(fresh, { force: true });
  }
}

/** The claim on replacing a lock file that holds `stale`. */
export const takeoverClaimPath = (path: string, stale: string) =>
  `${path}.${createHash('sha256').update(stale).digest('hex').slice(0, 16)}`;

async function takeOver(
  path: string,
  stale: string,
  { fresh, content }: { fresh: string; content: string },
  refuse: (held: string) => Error | undefined,
): Promise<boolean> {
  const claim = takeoverClaimPath(path, stale);
  await acquireLockFile(claim, content, refuse);
  try {
    if ((await readIfPresent(path)) !== stale) return false;
    await rename(fresh, path);
    return true;
  } finally {
    await rm(claim, { force: true });
  }
}

import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import type { ChimeStore, StoreSnapshot } from '../state/store.ts';

export class StateFileError extends Error {}

export function readStateFile(path: string): StoreSnapshot | undefined {
  if (!existsSync(path)) return undefined;
  let snapshot: Partial<StoreSnapshot> | null;
  try {
    snapshot = JSON.parse(readFileSync(path, 'utf8')) as Partial<StoreSnapshot> | null;
  } catch (error) {
    throw new StateFileError(`State file ${path} is not valid JSON (${(error as Error).message}); move it away or fix it.`);
  }
  if (snapshot?.version !== 1 || typeof snapshot.nextSeq !== 'number' || !Array.isArray(snapshot.accounts)) {
    throw new StateFileError(`State file ${path} is not an emulator state file (version 1); move it away or fix it.`);
  }
  return snapshot as StoreSnapshot;
}

/**
 * Writes the store to `path` once now (so an unwritable path stops start-up instead of failing
 * later), then shortly after each change; changes arriving together share one write. Writes go
 * through a temporary file and a rename so a crash never leaves half a file.
 */
export function persistStore(store: ChimeStore, path: string, delayMs = 100): { flush: () => Promise<void>; stop: () => void } {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, JSON.stringify(store.snapshot()));
    renameSync(temporary, path);
  } catch (error) {
    throw new StateFileError(`Cannot write state file ${path}: ${(error as Error).message}`);
  }
  let timer: NodeJS.Timeout | undefined;
  let writing: Promise<void> = Promise.resolve();
  const write = () => {
    timer = undefined;
    writing = writing
      .then(async () => {
        await writeFile(temporary, JSON.stringify(store.snapshot()));
        await rename(temporary, path);
      })
      // A failed write is reported and the next change tries again; serving goes on.
      .catch((error: unknown) => {
        console.error(`chime-emulator: could not save state to ${path}: ${(error as Error).message}`);
      });
    return writing;
  };
  const unsubscribe = store.onChange(() => {
    timer ??= setTimeout(() => void write(), delayMs);
  });
  return {
    flush: async () => {
      if (timer) {
        clearTimeout(timer);
        await write();
      }
      await writing;
    },
    stop: () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
    },
  };
}

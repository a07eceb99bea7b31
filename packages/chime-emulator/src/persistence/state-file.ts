import { existsSync, readFileSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import type { ChimeStore, StoreSnapshot } from '../state/store.ts';

export function readStateFile(path: string): StoreSnapshot | undefined {
  if (!existsSync(path)) return undefined;
  const snapshot = JSON.parse(readFileSync(path, 'utf8')) as Partial<StoreSnapshot> | null;
  if (snapshot?.version !== 1 || !Array.isArray(snapshot.accounts))
    throw new Error(`State file ${path} is not an emulator state file (version 1).`);
  return snapshot as StoreSnapshot;
}

/**
 * Writes the store to `path` shortly after each change (changes arriving together share one
 * write), through a temporary file and a rename so a crash never leaves half a file.
 */
export function persistStore(store: ChimeStore, path: string, delayMs = 100): { flush: () => Promise<void>; stop: () => void } {
  let timer: NodeJS.Timeout | undefined;
  let writing: Promise<void> = Promise.resolve();
  const write = () => {
    timer = undefined;
    const temporary = `${path}.${process.pid}.tmp`;
    writing = writing.then(async () => {
      await writeFile(temporary, JSON.stringify(store.snapshot()));
      await rename(temporary, path);
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

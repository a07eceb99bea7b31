import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { after, before, describe, it } from 'node:test';
import { lockDataDir } from './data-dir-lock.ts';
import { takeoverClaimPath } from './lock-file.ts';

const LOCK_MODULE = new URL('data-dir-lock.ts', import.meta.url).href;
const RACERS = 8;
// One race leaves a check-then-write takeover undetected about one time in three; a few in a row do not.
const ROUNDS = 5;

/** Answers `lock` with `held` or `refused: <why>`, and `unlock` (releasing what it holds) with `unlocked`. */
const racerScript = (dataDir: string) => `
import { createInterface } from 'node:readline';
import { lockDataDir } from ${JSON.stringify(LOCK_MODULE)};
let unlock;
console.log('ready');
for await (const command of createInterface({ input: process.stdin })) {
  if (command === 'lock') {
    try {
      unlock = await lockDataDir(${JSON.stringify(dataDir)});
      console.log('held');
    } catch (error) {
      console.log('refused: ' + error.message);
    }
  } else {
    await unlock?.();
    unlock = undefined;
    console.log('unlocked');
  }
}
`;

async function startRacer(dataDir: string) {
  const child = spawn(process.execPath, ['--input-type=module', '-e', racerScript(dataDir)], { stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = once(child, 'exit');
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const send = async (command: string) => {
    if (command !== '') child.stdin.write(`${command}\n`);
    const line = await lines.next();
    if (line.done === true) throw new Error(`a racer exited instead of answering '${command}'`);
    return line.value;
  };
  assert.equal(await send(''), 'ready');
  return { send, stop: () => (child.stdin.end(), exited) };
}

describe('the data directory lock', () => {
  let dataDir: string;
  before(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'chime-data-dir-lock-'));
  });
  after(() => rm(dataDir, { recursive: true, force: true }));

  it('when a process died taking over a stale lock, then its claim is taken over too and the lock is acquired', async () => {
    const lockPath = join(dataDir, 'chime-console.lock');
    const stale = JSON.stringify({ pid: spawnSync(process.execPath, ['-e', '']).pid, host: hostname() });
    const deadClaimant = JSON.stringify({ pid: spawnSync(process.execPath, ['-e', '']).pid, host: hostname() });
    await writeFile(lockPath, stale);
    await writeFile(takeoverClaimPath(lockPath, stale), deadClaimant);

    const unlock = await lockDataDir(dataDir);

    assert.equal((JSON.parse(await readFile(lockPath, 'utf8')) as { pid: number }).pid, process.pid);
    await unlock();
    assert.deepEqual(await readdir(dataDir), []);
  });

  it('when several processes start together on a lock left by a dead process, then exactly one holds it', async () => {
    const deadPid = spawnSync(process.execPath, ['-e', '']).pid;
    const racers = await Promise.all(Array.from({ length: RACERS }, () => startRacer(dataDir)));
    try {
      for (let round = 1; round <= ROUNDS; round++) {
        await writeFile(join(dataDir, 'chime-console.lock'), JSON.stringify({ pid: deadPid, host: hostname() }));

        // Every racer is waiting for its line: they all try at about the same moment.
        const outcomes = await Promise.all(racers.map(({ send }) => send('lock')));

        assert.equal(outcomes.filter((outcome) => outcome === 'held').length, 1, `round ${String(round)}:\n${outcomes.join('\n')}`);
        for (const outcome of outcomes.filter((o) => o !== 'held')) assert.match(outcome, /is in use by another Chime Console process/);
        await Promise.all(racers.map(({ send }) => send('unlock')));
        assert.deepEqual(await readdir(dataDir), [], 'the winner released the lock and no takeover left a file behind');
      }
    } finally {
      await Promise.all(racers.map(({ stop }) => stop()));
    }
  });
});

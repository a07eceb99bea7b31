import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const BIN = '/usr/lib/postgresql/15/bin';

/** Why the test cannot start its own PostgreSQL here, or undefined when it can. */
export function ownPostgresMissing(): string | undefined {
  if (!['initdb', 'pg_ctl'].every((tool) => existsSync(join(BIN, tool)))) return `PostgreSQL 15's initdb and pg_ctl are not in ${BIN}`;
  const hasPostgresUser = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .some((line) => line.startsWith('postgres:'));
  if (process.getuid?.() === 0 && !hasPostgresUser) return 'running as root, and there is no postgres user to run PostgreSQL as';
  return undefined;
}

export interface OwnPostgres {
  url: string;
  stop: () => Promise<void>;
  start: () => Promise<void>;
  /** Stops it for good and deletes its data directory. */
  remove: () => Promise<void>;
}

/**
 * A PostgreSQL of the test's own, on a spare loopback port, that the test may stop and start under
 * a running BFF. Never the machine's shared one: other engineers' tests are using that.
 */
export async function startOwnPostgres(): Promise<OwnPostgres> {
  const root = await mkdtemp(join(tmpdir(), 'chime-own-pg-'));
  const dataDir = join(root, 'data');
  // PostgreSQL refuses to run as root; the distribution's postgres user owns the cluster instead.
  const asOwner = process.getuid?.() === 0 ? await postgresUser() : undefined;
  if (asOwner) await chown(root, asOwner.uid, asOwner.gid);
  const tool = (name: string, args: string[]) =>
    asOwner ? run('runuser', ['-u', 'postgres', '--', join(BIN, name), ...args]) : run(join(BIN, name), args);

  await tool('initdb', ['-D', dataDir, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
  const port = await sparePort();
  const options = `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const start = async () => {
    await tool('pg_ctl', ['-D', dataDir, '-l', join(root, 'log'), '-o', options, '-w', 'start']);
  };
  const stop = async () => {
    await tool('pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', 'stop']);
  };
  await start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start,
    stop,
    remove: async () => {
      await stop().catch(() => undefined);
      await rm(root, { recursive: true, force: true });
    },
  };
}

async function postgresUser(): Promise<{ uid: number; gid: number }> {
  const [uid, gid] = await Promise.all([run('id', ['-u', 'postgres']), run('id', ['-g', 'postgres'])]);
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

/** A loopback port free a moment ago: bound to learn its number, then released. */
export function sparePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => {
        resolve(port);
      });
    });
  });
}

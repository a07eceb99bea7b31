import { randomBytes } from 'node:crypto';
import { after, afterEach, before, beforeEach, describe } from 'node:test';
import pg from 'pg';
import { openDatabase, type Database } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';

export type Backend = 'pglite' | 'postgres';

export interface DatabaseContext {
  readonly backend: Backend;
  /** This test's own database (a fresh schema), migrated unless asked otherwise. */
  readonly db: Database;
  /** Another connection pool to this test's schema, closed after the test (PostgreSQL only). */
  openAnother(): Promise<Database>;
}

const postgresUrl = process.env.TEST_DATABASE_URL;

/** PGlite always; PostgreSQL too when TEST_DATABASE_URL is set. */
export const testBackends: readonly Backend[] = postgresUrl === undefined || postgresUrl === '' ? ['pglite'] : ['pglite', 'postgres'];

/**
 * Declares `describe(name [backend])` once per backend. Every test gets a fresh schema, so tests are
 * independent and test files running in parallel on one PostgreSQL do not collide. One PGlite instance
 * serves a whole block because creating one takes seconds.
 */
export function forEachDatabase(name: string, fn: (context: DatabaseContext) => void, options: { migrate?: boolean } = {}): void {
  for (const backend of testBackends) {
    describe(`${name} [${backend}]`, () => {
      fn(backend === 'pglite' ? pgliteContext(options) : postgresContext(options));
    });
  }
}

const newSchemaName = () => `t_${randomBytes(8).toString('hex')}`;

function pgliteContext(options: { migrate?: boolean }): DatabaseContext {
  let shared: Database | undefined;
  let schema = '';
  before(async () => {
    shared = await openDatabase({ dataDir: 'memory://' });
  });
  after(() => shared?.close());
  beforeEach(async () => {
    schema = newSchemaName();
    await required(shared).exec(`CREATE SCHEMA ${schema}; SET search_path TO ${schema}`);
    if (options.migrate !== false) await migrate(required(shared));
  });
  afterEach(() => required(shared).exec(`SET search_path TO public; DROP SCHEMA ${schema} CASCADE`));
  return {
    backend: 'pglite',
    get db() {
      return required(shared);
    },
    openAnother: () => Promise.reject(new Error('PGlite is one connection in one process; openAnother is for PostgreSQL')),
  };
}

function postgresContext(options: { migrate?: boolean }): DatabaseContext {
  const url = required(postgresUrl);
  let admin: pg.Client | undefined;
  let schema = '';
  let opened: Database[] = [];
  const open = async () => {
    const db = await openDatabase({ url, dataDir: 'memory://', schema, poolSize: 4 });
    opened.push(db);
    return db;
  };
  before(async () => {
    admin = new pg.Client({ connectionString: url });
    await admin.connect();
  });
  after(() => admin?.end());
  beforeEach(async () => {
    schema = newSchemaName();
    await required(admin).query(`CREATE SCHEMA ${schema}`);
    const db = await open();
    if (options.migrate !== false) await migrate(db);
  });
  afterEach(async () => {
    await Promise.all(opened.map((db) => db.close()));
    opened = [];
    await required(admin).query(`DROP SCHEMA ${schema} CASCADE`);
  });
  return {
    backend: 'postgres',
    get db() {
      return required(opened[0]);
    },
    openAnother: open,
  };
}

function required<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('the test database is not open: use it inside a test');
  return value;
}

/** A clock that moves only when told to, for expiry and rate-limit windows without sleeping. */
export function manualClock(start = new Date('2030-01-01T00:00:00.000Z')) {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    advance(ms: number) {
      current += ms;
    },
  };
}

export interface SharedSchema {
  /** DATABASE_URL for BFF processes: every connection lands in the schema. */
  url: string;
  schema: string;
  /** A connection of the test's own, to read what the processes wrote (name tables `${schema}.table`). */
  admin: pg.Client;
}

/** A fresh schema on `databaseUrl` for BFF processes to share while `fn` runs; dropped afterwards. */
export async function withSharedSchema<T>(databaseUrl: string, fn: (shared: SharedSchema) => Promise<T>): Promise<T> {
  const schema = newSchemaName();
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  try {
    const url = new URL(databaseUrl);
    url.searchParams.set('options', `-c search_path=${schema}`);
    return await fn({ url: url.href, schema, admin });
  } finally {
    await admin.query(`DROP SCHEMA ${schema} CASCADE`);
    await admin.end();
  }
}

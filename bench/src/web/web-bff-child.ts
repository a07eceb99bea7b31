import { randomBytes } from 'node:crypto';

// The BFF's own modules, as its main.ts loads them: the bench measures the real server.
const { ensureUser } = await import('../../../apps/bff/src/auth/console-users.ts');
const { loadConfig } = await import('../../../apps/bff/src/config/config.ts');
const { startServer } = await import('../../../apps/bff/src/server.ts');

/**
 * `web-bff-child.ts <chime endpoint> <static dir> <username> <password>`, with AWS_ACCESS_KEY_ID
 * and AWS_SECRET_ACCESS_KEY set to the emulator's keys: the BFF on a free port serving the built
 * SPA (PGlite in memory, no logging), with one viewer console user. Prints `bff listening on <url>`.
 */
const [endpoint, staticDir, username, password] = process.argv.slice(2);
if (endpoint === undefined || staticDir === undefined || username === undefined || password === undefined) {
  throw new Error('usage: web-bff-child.ts <chime endpoint> <static dir> <username> <password>');
}

const config = loadConfig({
  PORT: '0',
  SESSION_SECRET: randomBytes(20).toString('hex'),
  CHIME_ENDPOINT: endpoint,
  DATA_DIR: 'memory://',
  LOG_LEVEL: 'silent',
  STATIC_DIR: staticDir,
});
const server = await startServer({ config });
await ensureUser(server.services.db, { username, password, role: 'viewer' });
console.log(`bff listening on ${server.url}`);

process.once('SIGTERM', () => {
  const exit = () => process.exit(0);
  setTimeout(exit, 1500).unref();
  server.stop().then(exit, exit);
});

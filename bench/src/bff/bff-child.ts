import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';

// The BFF's own modules, as its main.ts loads them: the bench measures the real server.
// BENCH_BFF_SRC points at another copy of apps/bff/src to compare a change before it lands.
const source = process.env.BENCH_BFF_SRC ? `${pathToFileURL(process.env.BENCH_BFF_SRC).href}/` : '../../../apps/bff/src/';
const { ensureUser } = (await import(`${source}auth/console-users.ts`)) as typeof import('../../../apps/bff/src/auth/console-users.ts');
const { loadConfig } = (await import(`${source}config/config.ts`)) as typeof import('../../../apps/bff/src/config/config.ts');
const { startServer } = (await import(`${source}server.ts`)) as typeof import('../../../apps/bff/src/server.ts');

/**
 * `bff-child.ts <chime endpoint> <username> <password>`, with AWS_ACCESS_KEY_ID and
 * AWS_SECRET_ACCESS_KEY set to the emulator's keys: the BFF on a free port (PGlite in memory, no
 * logging) with one viewer console user. Prints `memory probe on <url>`, then `bff listening on <url>`.
 *
 * The probe is a second, tiny server: GET /start samples this process's memory every 50 ms until
 * GET /stop, which answers `{ before, peak, samples }` (each of `before` and `peak` is a
 * process.memoryUsage(), the peak taken member by member).
 */
const [endpoint, username, password] = process.argv.slice(2);
if (endpoint === undefined || username === undefined || password === undefined) {
  throw new Error('usage: bff-child.ts <chime endpoint> <username> <password>');
}

const config = loadConfig({
  PORT: '0',
  SESSION_SECRET: randomBytes(20).toString('hex'),
  CHIME_ENDPOINT: endpoint,
  DATA_DIR: 'memory://',
  LOG_LEVEL: 'silent',
});
const server = await startServer({ config });
await ensureUser(server.services.db, { username, password, role: 'viewer' });

const SAMPLE_MS = 50;
let sampling: { before: NodeJS.MemoryUsage; peak: NodeJS.MemoryUsage; samples: number; timer: NodeJS.Timeout } | undefined;
const sample = () => {
  if (sampling === undefined) return;
  const now = process.memoryUsage();
  for (const key of Object.keys(now) as (keyof NodeJS.MemoryUsage)[]) sampling.peak[key] = Math.max(sampling.peak[key], now[key]);
  sampling.samples++;
};
const probe = createServer((req, res) => {
  let answer: unknown;
  if (req.url === '/start') {
    if (sampling !== undefined) clearInterval(sampling.timer);
    const before = process.memoryUsage();
    sampling = { before, peak: { ...before }, samples: 1, timer: setInterval(sample, SAMPLE_MS) };
    answer = { before };
  } else if (req.url === '/stop' && sampling !== undefined) {
    sample();
    clearInterval(sampling.timer);
    const { before, peak, samples } = sampling;
    sampling = undefined;
    answer = { before, peak, samples };
  } else {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
});
await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
console.log(`memory probe on http://127.0.0.1:${(probe.address() as AddressInfo).port}`);
console.log(`bff listening on ${server.url}`);

// A clean exit (not death by signal) is what lets --cpu-prof write its profile.
process.once('SIGTERM', () => {
  probe.close();
  const exit = () => process.exit(0);
  setTimeout(exit, 1500).unref();
  server.stop().then(exit, exit);
});

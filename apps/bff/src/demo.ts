#!/usr/bin/env node
import './young-generation.ts';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startEmulator } from '@chime-console/chime-emulator';
import { ensureUser } from './auth/console-users.ts';
import { ConfigError, loadConfig } from './config/config.ts';
import { DEMO_USERS } from './demo-users.ts';
import { startServer } from './server.ts';

const webDist = fileURLToPath(new URL('../../web/dist', import.meta.url));

/**
 * `npm start`: the embedded Chime emulator with demo data, the BFF against it with PGlite in
 * .data/demo, the built SPA, and a console user per role.
 */
async function main(): Promise<void> {
  // The end-to-end tests fix the emulator's port to reach its control API; by default any free port does.
  const emulator = await startEmulator({ port: Number(process.env.CHIME_EMULATOR_PORT ?? 0), seed: { set: 'demo' } });
  const [key] = emulator.credentials;
  // The BFF reads credentials through the standard AWS provider chain, as it would in production.
  process.env.AWS_ACCESS_KEY_ID = key?.accessKeyId;
  process.env.AWS_SECRET_ACCESS_KEY = key?.secretAccessKey;
  const config = loadConfig({
    PORT: '8080',
    DATA_DIR: '.data/demo',
    ...(existsSync(`${webDist}/index.html`) && { STATIC_DIR: webDist }),
    ...process.env,
    DEMO_MODE: 'true',
    CHIME_ENDPOINT: emulator.endpoint,
  });
  const server = await startServer({ config });
  for (const user of DEMO_USERS) await ensureUser(server.services.db, user);

  console.log(`\nChime Console (demo) is running: ${server.url}`);
  console.log(`  Chime emulator: ${emulator.endpoint}`);
  console.log('  Sign in as:');
  for (const { username, password, role } of DEMO_USERS) console.log(`    ${role.padEnd(8)}  ${username} / ${password}`);
  if (config.staticDir === undefined) console.log('  (The SPA is not built yet; the API is at /api.)');

  const stop = () => {
    void server
      .stop()
      .then(() => emulator.close())
      .then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

try {
  await main();
} catch (error) {
  console.error(`chime-console: ${error instanceof ConfigError ? error.message : String(error)}`);
  process.exit(1);
}

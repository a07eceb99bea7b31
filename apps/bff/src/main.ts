#!/usr/bin/env node
import './young-generation.ts';
import { ConfigError, loadConfig } from './config/config.ts';
import { startServer } from './server.ts';

let config;
try {
  config = loadConfig(process.env);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`chime-console: ${error.message}`);
  process.exit(2);
}
const server = await startServer({ config });
server.logger.info({ url: server.url }, `Chime Console listening on ${server.url}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void server.stop().then(() => process.exit(0));
  });
}

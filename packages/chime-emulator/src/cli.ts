#!/usr/bin/env node
import { ConfigError, parseEmulatorArgs, USAGE } from './config.ts';
import { startEmulator } from './server.ts';

async function main(): Promise<void> {
  let options;
  try {
    options = parseEmulatorArgs(process.argv.slice(2), process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`chime-emulator: ${error.message}\n\n${USAGE}`);
    process.exit(2);
  }
  if (options === 'help') {
    console.log(USAGE);
    return;
  }
  const emulator = await startEmulator(options);
  const accounts = emulator.store.accounts.size;
  console.log(`Chime emulator listening on ${emulator.endpoint} (${accounts} account${accounts === 1 ? '' : 's'} loaded)`);
  console.log('Accepted access keys (SigV4, service "chime", any region):');
  for (const { accessKeyId, secretAccessKey } of emulator.credentials) console.log(`  ${accessKeyId} / ${secretAccessKey}`);
  console.log(
    `Try: AWS_ACCESS_KEY_ID=${emulator.credentials[0]?.accessKeyId} AWS_SECRET_ACCESS_KEY=<secret> aws chime list-accounts --endpoint-url ${emulator.endpoint} --region us-east-1`,
  );
  console.log(`Control API: ${emulator.endpoint}/_emulator/health`);

  const stop = () => {
    void emulator.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

await main();

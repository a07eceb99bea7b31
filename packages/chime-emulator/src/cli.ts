#!/usr/bin/env node
import { ConfigError, parseEmulatorArgs, USAGE } from './config.ts';
import { StateFileError } from './persistence/state-file.ts';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from './server.ts';

function readOptions(): EmulatorOptions | 'help' {
  try {
    return parseEmulatorArgs(process.argv.slice(2), process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`chime-emulator: ${error.message}\n\n${USAGE}`);
    process.exit(2);
  }
}

function describeStartFailure(error: unknown, options: EmulatorOptions): string {
  if (error instanceof StateFileError) return `${error.message} (--state-file)`;
  if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    return `port ${options.port} on ${options.host} is already in use; choose another with --port.`;
  }
  return (error as Error).message;
}

function printBanner(emulator: RunningEmulator): void {
  const accounts = emulator.store.accounts.size;
  console.log(`Chime emulator listening on ${emulator.endpoint} (${accounts} account${accounts === 1 ? '' : 's'} loaded)`);
  console.log('Accepted access keys (SigV4, service "chime", any region):');
  for (const { accessKeyId, secretAccessKey } of emulator.credentials) console.log(`  ${accessKeyId} / ${secretAccessKey}`);
  console.log(
    `Try: AWS_ACCESS_KEY_ID=${emulator.credentials[0]?.accessKeyId} AWS_SECRET_ACCESS_KEY=<secret> aws chime list-accounts --endpoint-url ${emulator.endpoint} --region us-east-1`,
  );
  console.log(`Control API: ${emulator.endpoint}/_emulator/health`);
}

const options = readOptions();
if (options === 'help') {
  console.log(USAGE);
} else {
  // Handlers go in before start-up, so a supervisor's early SIGTERM still ends in a clean exit.
  let emulator: RunningEmulator | undefined;
  const shutdown = { requested: false };
  const stop = () => {
    if (shutdown.requested) return;
    shutdown.requested = true;
    void (emulator?.close() ?? Promise.resolve()).then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    emulator = await startEmulator(options);
  } catch (error) {
    console.error(`chime-emulator: ${describeStartFailure(error, options)}`);
    process.exit(1);
  }
  if (shutdown.requested) await emulator.close();
  else printBanner(emulator);
}

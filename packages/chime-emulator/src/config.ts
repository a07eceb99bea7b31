import { parseArgs } from 'node:util';
import { generatedSizeProblem } from './seed/generated-size.ts';
import type { SeedRequest } from './control/control-api.ts';
import type { Credentials, EmulatorOptions } from './server.ts';

export class ConfigError extends Error {}

export const USAGE = `Usage: npm run emulator -- [options]
  --port <n>                 port to listen on (default 4566; 0 picks a free one)   env CHIME_EMULATOR_PORT
  --host <addr>              address to bind (default 127.0.0.1)                     env CHIME_EMULATOR_HOST
  --access-key-id <id>       accepted access key id (repeat with a secret for more)  env CHIME_EMULATOR_ACCESS_KEY_ID
  --secret-access-key <s>    its secret access key                                   env CHIME_EMULATOR_SECRET_ACCESS_KEY
  --seed <set>               demo (default), empty, generated:<users>                env CHIME_EMULATOR_SEED
                             or generated:<totalUsers>:accounts=<n>
                               generated:<users>: one Team account of up to 100,000 users
                               generated:<totalUsers>:accounts=<n>: up to 1,000,000 users spread evenly
                               over 1 to 10,000 Team accounts, at most 100,000 in each
  --state-file <path>        persist state to this file and reload it at start       env CHIME_EMULATOR_STATE_FILE
  --help`;

/** Reads flags, falling back to environment variables; a bad value stops start-up naming the flag. */
export function parseEmulatorArgs(argv: string[], environment: NodeJS.ProcessEnv): EmulatorOptions | 'help' {
  // An empty variable (`CHIME_EMULATOR_PORT=` in a compose file) means "not set".
  const env = Object.fromEntries(Object.entries(environment).filter(([, value]) => value !== ''));
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        'access-key-id': { type: 'string', multiple: true },
        'secret-access-key': { type: 'string', multiple: true },
        seed: { type: 'string' },
        'state-file': { type: 'string' },
        help: { type: 'boolean' },
      },
    }));
  } catch (error) {
    throw new ConfigError((error as Error).message);
  }
  if (values.help) return 'help';
  const options: EmulatorOptions = {
    port: parsePort(values.port ?? env.CHIME_EMULATOR_PORT ?? '4566'),
    host: values.host ?? env.CHIME_EMULATOR_HOST ?? '127.0.0.1',
    credentials: parseCredentials(
      values['access-key-id'] ?? listFromEnv(env.CHIME_EMULATOR_ACCESS_KEY_ID),
      values['secret-access-key'] ?? listFromEnv(env.CHIME_EMULATOR_SECRET_ACCESS_KEY),
    ),
    seed: parseSeed(values.seed ?? env.CHIME_EMULATOR_SEED ?? 'demo'),
  };
  const stateFile = values['state-file'] ?? env.CHIME_EMULATOR_STATE_FILE;
  if (stateFile !== undefined) options.stateFile = stateFile;
  return options;
}

const listFromEnv = (value: string | undefined) => (value === undefined ? [] : value.split(','));

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new ConfigError(`--port must be an integer from 0 to 65535, got "${value}".`);
  return port;
}

function parseCredentials(ids: string[], secrets: string[]): Credentials[] {
  if (ids.length !== secrets.length) {
    throw new ConfigError(
      `--access-key-id and --secret-access-key must come in pairs (got ${ids.length} ids and ${secrets.length} secrets).`,
    );
  }
  return ids.map((accessKeyId, index) => {
    const secretAccessKey = secrets[index] ?? '';
    if (!/^[A-Za-z0-9]{1,128}$/.test(accessKeyId))
      throw new ConfigError(`--access-key-id must be 1-128 letters or digits, got "${accessKeyId}".`);
    if (secretAccessKey === '') throw new ConfigError('--secret-access-key must not be empty.');
    return { accessKeyId, secretAccessKey };
  });
}

const SEED_FORMS = 'demo, empty, generated:<users> or generated:<totalUsers>:accounts=<n>';

function parseSeed(value: string): SeedRequest {
  if (value === 'demo' || value === 'empty') return { set: value };
  const generated = /^generated:(\d+)(?::accounts=(\d+))?$/.exec(value);
  if (!generated) throw new ConfigError(`--seed must be ${SEED_FORMS}, got "${value}".`);
  const [, users, accounts] = generated;
  const request: SeedRequest =
    accounts === undefined
      ? { set: 'generated', users: Number(users) }
      : { set: 'generated', totalUsers: Number(users), accounts: Number(accounts) };
  const problem = generatedSizeProblem(request);
  if (problem) throw new ConfigError(`--seed "${value}" is out of bounds: ${problem.message}.`);
  return request;
}

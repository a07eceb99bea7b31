import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError, parseEmulatorArgs } from './config.ts';
import { MAX_GENERATED_ACCOUNTS, MAX_GENERATED_TOTAL_USERS, MAX_GENERATED_USERS } from './seed/generated-size.ts';
import type { EmulatorOptions } from './server.ts';

/** Parses and insists on options (not `'help'`). */
function parse(argv: string[], env: NodeJS.ProcessEnv = {}): EmulatorOptions {
  const options = parseEmulatorArgs(argv, env);
  assert.notEqual(options, 'help');
  return options as EmulatorOptions;
}

/** Asserts that parsing throws a ConfigError whose message starts by naming `flag`. */
function assertRejected(argv: string[], flag: string, env: NodeJS.ProcessEnv = {}): ConfigError {
  let caught: unknown;
  try {
    parseEmulatorArgs(argv, env);
  } catch (error) {
    caught = error;
  }
  assert.ok(caught instanceof ConfigError, `expected a ConfigError for ${JSON.stringify(argv)}, got ${String(caught)}`);
  assert.ok(caught.message.includes(flag), `"${caught.message}" should name ${flag}`);
  return caught;
}

describe('parseEmulatorArgs', () => {
  it('without flags or environment, then it listens on 127.0.0.1:4566 with the demo seed and no keys of its own', () => {
    // No credentials: startEmulator then accepts DEMO_CREDENTIALS (see server.ts).
    assert.deepEqual(parse([]), { port: 4566, host: '127.0.0.1', credentials: [], seed: { set: 'demo' } });
  });

  it('when --help is given, then it returns help instead of options', () => {
    assert.equal(parseEmulatorArgs(['--help'], {}), 'help');
    assert.equal(parseEmulatorArgs(['--port', '1', '--help'], { CHIME_EMULATOR_PORT: 'nonsense' }), 'help');
  });

  it('reads every flag', () => {
    const options = parse([
      '--port',
      '0',
      '--host',
      '0.0.0.0',
      '--access-key-id',
      'AKIAFLAG1',
      '--secret-access-key',
      'flag-secret',
      '--seed',
      'empty',
      '--state-file',
      '/tmp/chime-state.json',
    ]);
    assert.deepEqual(options, {
      port: 0,
      host: '0.0.0.0',
      credentials: [{ accessKeyId: 'AKIAFLAG1', secretAccessKey: 'flag-secret' }],
      seed: { set: 'empty' },
      stateFile: '/tmp/chime-state.json',
    });
  });

  it('accepts --flag=value as well as --flag value', () => {
    assert.equal(parse(['--port=8080']).port, 8080);
    assert.deepEqual(parse(['--seed=empty']).seed, { set: 'empty' });
  });

  it('when flags are absent, then the CHIME_EMULATOR_* environment variables are used', () => {
    const options = parse([], {
      CHIME_EMULATOR_PORT: '5000',
      CHIME_EMULATOR_HOST: '::1',
      CHIME_EMULATOR_ACCESS_KEY_ID: 'AKIAENV1',
      CHIME_EMULATOR_SECRET_ACCESS_KEY: 'env-secret',
      CHIME_EMULATOR_SEED: 'generated:42',
      CHIME_EMULATOR_STATE_FILE: '/var/tmp/env-state.json',
    });
    assert.deepEqual(options, {
      port: 5000,
      host: '::1',
      credentials: [{ accessKeyId: 'AKIAENV1', secretAccessKey: 'env-secret' }],
      seed: { set: 'generated', users: 42 },
      stateFile: '/var/tmp/env-state.json',
    });
  });

  it('when both a flag and its environment variable are set, then the flag wins', () => {
    const env = {
      CHIME_EMULATOR_PORT: '5000',
      CHIME_EMULATOR_HOST: '10.0.0.1',
      CHIME_EMULATOR_ACCESS_KEY_ID: 'AKIAENV1',
      CHIME_EMULATOR_SECRET_ACCESS_KEY: 'env-secret',
      CHIME_EMULATOR_SEED: 'generated:42',
      CHIME_EMULATOR_STATE_FILE: '/var/tmp/env-state.json',
    };
    const options = parse(
      [
        '--port',
        '6000',
        '--host',
        '127.0.0.2',
        '--access-key-id',
        'AKIAFLAG1',
        '--secret-access-key',
        'flag-secret',
        '--seed',
        'demo',
        '--state-file',
        'flag.json',
      ],
      env,
    );
    assert.deepEqual(options, {
      port: 6000,
      host: '127.0.0.2',
      credentials: [{ accessKeyId: 'AKIAFLAG1', secretAccessKey: 'flag-secret' }],
      seed: { set: 'demo' },
      stateFile: 'flag.json',
    });
  });

  it('when a bad environment value is overridden by a good flag, then the bad value is never read', () => {
    assert.equal(parse(['--port', '7000'], { CHIME_EMULATOR_PORT: 'not-a-port' }).port, 7000);
    assert.deepEqual(parse(['--seed', 'empty'], { CHIME_EMULATOR_SEED: 'bogus' }).seed, { set: 'empty' });
  });

  it('when a CHIME_EMULATOR_* variable is set but empty, then it counts as unset', () => {
    const options = parse([], {
      CHIME_EMULATOR_PORT: '',
      CHIME_EMULATOR_HOST: '',
      CHIME_EMULATOR_ACCESS_KEY_ID: '',
      CHIME_EMULATOR_SECRET_ACCESS_KEY: '',
      CHIME_EMULATOR_SEED: '',
      CHIME_EMULATOR_STATE_FILE: '',
    });
    assert.deepEqual(options, { port: 4566, host: '127.0.0.1', credentials: [], seed: { set: 'demo' } });
  });

  it('pairs repeated --access-key-id and --secret-access-key flags in order', () => {
    const options = parse([
      '--access-key-id',
      'AKIAONE',
      '--secret-access-key',
      'one',
      '--access-key-id',
      'AKIATWO',
      '--secret-access-key',
      'two',
    ]);
    assert.deepEqual(options.credentials, [
      { accessKeyId: 'AKIAONE', secretAccessKey: 'one' },
      { accessKeyId: 'AKIATWO', secretAccessKey: 'two' },
    ]);
  });

  it('reads several key pairs from comma-separated environment variables', () => {
    const options = parse([], { CHIME_EMULATOR_ACCESS_KEY_ID: 'AKIAONE,AKIATWO', CHIME_EMULATOR_SECRET_ACCESS_KEY: 'one,two' });
    assert.deepEqual(options.credentials, [
      { accessKeyId: 'AKIAONE', secretAccessKey: 'one' },
      { accessKeyId: 'AKIATWO', secretAccessKey: 'two' },
    ]);
  });

  it('accepts secrets in the shape AWS issues them (slashes and plus signs)', () => {
    const secretAccessKey = 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY';
    assert.deepEqual(parse(['--access-key-id', 'AKIAIOSFODNN7EXAMPLE', '--secret-access-key', secretAccessKey]).credentials, [
      { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey },
    ]);
  });

  it('reads generated:<users> seeds, up to the maximum', () => {
    assert.deepEqual(parse(['--seed', 'generated:500']).seed, { set: 'generated', users: 500 });
    assert.deepEqual(parse(['--seed', 'generated:0']).seed, { set: 'generated', users: 0 });
    assert.deepEqual(parse(['--seed', `generated:${MAX_GENERATED_USERS}`]).seed, { set: 'generated', users: MAX_GENERATED_USERS });
  });

  it('reads generated:<totalUsers>:accounts=<n> seeds as users in all, spread over the accounts', () => {
    assert.deepEqual(parse(['--seed', 'generated:100000:accounts=1000']).seed, { set: 'generated', totalUsers: 100_000, accounts: 1000 });
    assert.deepEqual(parse([], { CHIME_EMULATOR_SEED: 'generated:7:accounts=3' }).seed, { set: 'generated', totalUsers: 7, accounts: 3 });
    assert.deepEqual(parse(['--seed', 'generated:0:accounts=1']).seed, { set: 'generated', totalUsers: 0, accounts: 1 });
  });

  it('accepts a generated set at each bound: a million users in all, 10,000 accounts, 100,000 in one', () => {
    for (const [totalUsers, accounts] of [
      [MAX_GENERATED_TOTAL_USERS, 10],
      [MAX_GENERATED_TOTAL_USERS, MAX_GENERATED_ACCOUNTS],
      [MAX_GENERATED_USERS, 1],
      [2 * MAX_GENERATED_USERS, 2],
    ] as const) {
      assert.deepEqual(parse(['--seed', `generated:${totalUsers}:accounts=${accounts}`]).seed, { set: 'generated', totalUsers, accounts });
    }
  });

  it('accepts the port bounds 0 and 65535', () => {
    assert.equal(parse(['--port', '0']).port, 0);
    assert.equal(parse(['--port', '65535']).port, 65535);
  });

  describe('bad values stop start-up with a ConfigError naming the flag', () => {
    for (const value of ['abc', '65536', '-1', '1.5', '80x', '', ' 80', '1e3', '0x50']) {
      it(`when --port is ${JSON.stringify(value)}, then it throws naming --port`, () => {
        const error = assertRejected([`--port=${value}`], '--port');
        if (value !== '-1') assert.ok(error.message.includes(`"${value}"`), error.message);
      });
    }

    it('when CHIME_EMULATOR_PORT is bad and no flag overrides it, then it throws naming --port', () => {
      assertRejected([], '--port', { CHIME_EMULATOR_PORT: 'http' });
    });

    for (const value of [
      'bogus',
      'Demo',
      'generated',
      'generated:',
      'generated:-1',
      'generated:1.5',
      'generated:abc',
      `generated:${MAX_GENERATED_USERS + 1}`,
      'generated:10:accounts=',
      'generated:10:accounts=x',
      'generated:10:accounts=-2',
      'generated:10:account=2',
      'generated::accounts=2',
      'generated:10:accounts=2:',
      'generated:accounts=2',
    ]) {
      it(`when --seed is ${JSON.stringify(value)}, then it throws naming --seed`, () => {
        const error = assertRejected(['--seed', value], '--seed');
        assert.ok(error.message.includes(`"${value}"`), error.message);
      });
    }

    for (const [value, reason] of [
      ['generated:10:accounts=0', /accounts must be from 1 to 10,000 \(got 0\)/],
      [`generated:10:accounts=${MAX_GENERATED_ACCOUNTS + 1}`, /accounts must be from 1 to 10,000/],
      [`generated:${MAX_GENERATED_TOTAL_USERS + 1}:accounts=100`, /at most 1,000,000 users in all \(this set has 1,000,001\)/],
      [`generated:${2 * MAX_GENERATED_USERS + 1}:accounts=2`, /at most 100,000 users in one account \(this set puts 100,001 in one\)/],
      [`generated:${MAX_GENERATED_USERS + 1}:accounts=1`, /at most 100,000 users in one account/],
      [`generated:${MAX_GENERATED_USERS + 1}`, /at most 100,000 users in one account/],
    ] as const) {
      it(`when --seed is ${JSON.stringify(value)}, then it throws saying which bound it breaks`, () => {
        const error = assertRejected(['--seed', value], '--seed');
        assert.ok(error.message.includes(`"${value}"`), error.message);
        assert.match(error.message, reason);
      });
    }

    it('when CHIME_EMULATOR_SEED is bad and no flag overrides it, then it throws naming --seed', () => {
      assertRejected([], '--seed', { CHIME_EMULATOR_SEED: 'everything' });
    });

    for (const id of ['AKIA-DASH', 'has space', 'A'.repeat(129), 'ÄKIA']) {
      it(`when --access-key-id is ${JSON.stringify(id.slice(0, 12))}, then it throws naming --access-key-id`, () => {
        assertRejected(['--access-key-id', id, '--secret-access-key', 's'], '--access-key-id');
      });
    }

    it('when --access-key-id is empty, then it throws naming --access-key-id', () => {
      assertRejected(['--access-key-id=', '--secret-access-key', 's'], '--access-key-id');
    });

    it('when --secret-access-key is empty, then it throws naming --secret-access-key', () => {
      assertRejected(['--access-key-id', 'AKIAONE', '--secret-access-key='], '--secret-access-key');
    });

    it('when an id has no secret, then it throws naming both flags and the counts', () => {
      const error = assertRejected(['--access-key-id', 'AKIAONE'], '--access-key-id');
      assert.match(error.message, /--secret-access-key/);
      assert.match(error.message, /1 ids and 0 secrets/);
    });

    it('when there are more secrets than ids, then it throws naming the pairing', () => {
      const error = assertRejected(
        ['--access-key-id', 'AKIAONE', '--secret-access-key', 'a', '--secret-access-key', 'b'],
        '--access-key-id',
      );
      assert.match(error.message, /pairs/);
    });

    it('when the environment lists unpaired keys, then it throws naming the pairing', () => {
      assertRejected([], '--secret-access-key', {
        CHIME_EMULATOR_ACCESS_KEY_ID: 'AKIAONE,AKIATWO',
        CHIME_EMULATOR_SECRET_ACCESS_KEY: 'one',
      });
    });

    it('when a flag is unknown, then it throws naming it', () => {
      assertRejected(['--bogus'], '--bogus');
      assertRejected(['--port', '1', '--bogus=1'], '--bogus');
    });

    it('when a value is missing, then it throws naming the flag', () => {
      assertRejected(['--port'], '--port');
      assertRejected(['--seed'], '--seed');
    });

    it('when a positional argument is given, then it throws naming it', () => {
      assertRejected(['demo'], 'demo');
    });

    it('when a boolean flag gets a value, then it throws naming the flag', () => {
      assertRejected(['--help=yes'], '--help');
    });
  });
});

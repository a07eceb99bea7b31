import assert from 'node:assert/strict';
import { Agent } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { ListAccountsCommand } from '@aws-sdk/client-chime';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { startTestEmulator, type TestEmulator } from '@chime-console/chime-emulator/testing';
import { createChimeClient } from './client.ts';

describe('createChimeClient', () => {
  let emulator: TestEmulator;
  before(async () => {
    emulator = await startTestEmulator();
  });
  after(() => emulator.close());

  it('when given nothing but an endpoint, then us-east-1, standard retries and 3 attempts apply', async () => {
    const client = createChimeClient({ endpoint: emulator.endpoint, credentials: emulator.credentials[0] });
    try {
      assert.equal(await client.config.region(), 'us-east-1');
      const retries = await client.config.retryStrategy();
      assert.equal('mode' in retries ? retries.mode : undefined, 'standard');
      assert.equal(await client.config.maxAttempts(), 3);
    } finally {
      client.destroy();
    }
  });

  it('when a request has been made, then it went over one bounded keep-alive agent with timeouts', async () => {
    const client = createChimeClient({ endpoint: emulator.endpoint, credentials: emulator.credentials[0], maxSockets: 7 });
    try {
      await client.send(new ListAccountsCommand({ MaxResults: 1 }));
      const handler = client.config.requestHandler;
      assert.ok(handler instanceof NodeHttpHandler);
      const { httpAgent, connectionTimeout, requestTimeout, throwOnRequestTimeout } = handler.httpHandlerConfigs();
      assert.ok(httpAgent instanceof Agent);
      assert.equal(httpAgent.maxSockets, 7);
      // Set by Node from the agent options; @types/node leaves it out.
      assert.equal(Reflect.get(httpAgent, 'keepAlive'), true);
      assert.ok(connectionTimeout && requestTimeout && throwOnRequestTimeout);
    } finally {
      client.destroy();
    }
  });

  it('when created, then the SDK resolves each command once and does not copy every answer for a logger it was never given', () => {
    const client = createChimeClient({ endpoint: emulator.endpoint, credentials: emulator.credentials[0] });
    try {
      assert.equal(client.config.cacheMiddleware, true);
      const steps = client.middlewareStack.identify();
      assert.ok(steps.some((step) => step.startsWith('deserializerMiddleware')));
      assert.ok(!steps.some((step) => step.startsWith('loggerMiddleware')), steps.join('\n'));
    } finally {
      client.destroy();
    }
  });
});

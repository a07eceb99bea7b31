import { Agent } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ChimeClient, ListUsersCommand } from '@aws-sdk/client-chime';

/**
 * `bare-sdk-server.ts <chime endpoint> <account id>`: the throughput baseline. node:http that, per
 * request, makes the BFF's upstream call (ListUsers, 100 per page) through one shared, keep-alive
 * ChimeClient (credentials from the environment, as the BFF reads them) and answers its users as
 * JSON. No framework, session, validation or mapping: the BFF's ratio to it is the BFF's own cost.
 */
const [endpoint, accountId] = process.argv.slice(2);
if (endpoint === undefined || accountId === undefined) throw new Error('usage: bare-sdk-server.ts <chime endpoint> <account id>');

const client = new ChimeClient({
  endpoint,
  region: 'us-east-1',
  maxAttempts: 3,
  requestHandler: { httpAgent: new Agent({ keepAlive: true, maxSockets: 50 }) },
});

const server = createServer({ keepAliveTimeout: 65_000 }, (_req, res) => {
  client.send(new ListUsersCommand({ AccountId: accountId, MaxResults: 100 })).then(
    (output) => {
      const body = JSON.stringify({ items: output.Users ?? [], nextToken: output.NextToken });
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body);
    },
    (error: unknown) => {
      res.writeHead(502, { 'content-type': 'text/plain' }).end(String(error));
    },
  );
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  console.log(`bare SDK server listening on http://127.0.0.1:${port}`);
});

process.once('SIGTERM', () => {
  client.destroy();
  process.exit(0);
});

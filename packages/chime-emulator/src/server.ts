import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { applySeed, CONTROL_PREFIX, ControlError, handleControl, type SeedRequest } from './control/control-api.ts';
import { Counters } from './control/counters.ts';
import { Faults } from './control/faults.ts';
import { Throttle } from './control/throttle.ts';
import { isReadOnly, OPERATIONS, type OperationContext } from './operations/index.ts';
import { BadRequestException, ThrottledClientException } from './protocol/errors.ts';
import { requestIdSource } from './protocol/perf/request-id.ts';
import { withBody } from './protocol/perf/synchronous-calls.ts';
import { writeError, writeJson, writeResult } from './protocol/respond.ts';
import { createRouter, type RouteMatch } from './protocol/router.ts';
import { verifySigV4 } from './protocol/sigv4.ts';
import { persistStore, readStateFile } from './persistence/state-file.ts';
import { ChimeStore } from './state/store.ts';

export interface Credentials {
  accessKeyId: string;
  secretAccessKey: string;
}

export interface EmulatorOptions {
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** The access keys whose SigV4 signatures are accepted. */
  credentials?: Credentials[];
  /** Data loaded at start when no state file exists yet. */
  seed?: SeedRequest;
  /** Persist state to this JSON file and reload it at start. */
  stateFile?: string;
}

export interface RunningEmulator {
  /** e.g. http://127.0.0.1:4566, the value for `--endpoint-url` or the SDK's `endpoint`. */
  endpoint: string;
  port: number;
  credentials: Credentials[];
  store: ChimeStore;
  counters: Counters;
  throttle: Throttle;
  faults: Faults;
  close: () => Promise<void>;
}

export const DEMO_CREDENTIALS: Credentials = { accessKeyId: 'AKIAEMULATORDEMO0001', secretAccessKey: 'chime-emulator-demo-secret' };
const MAX_BODY_BYTES = 1024 * 1024;

export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const credentials = options.credentials?.length ? options.credentials : [DEMO_CREDENTIALS];
  const secrets = new Map(credentials.map((c) => [c.accessKeyId, c.secretAccessKey]));
  const store = new ChimeStore();
  const counters = new Counters();
  const throttle = new Throttle();
  const faults = new Faults();
  const route = createRouter(OPERATIONS);
  const nextRequestId = requestIdSource();
  const now = () => new Date().toISOString();
  const context: OperationContext = {
    store,
    now,
    invitationSent: (email) => {
      counters.invitationSent(email);
    },
  };

  const saved = options.stateFile === undefined ? undefined : readStateFile(options.stateFile);
  if (saved) store.restore(saved);
  else applySeed(store, options.seed ?? { set: 'empty' });
  const persistence = options.stateFile === undefined ? undefined : persistStore(store, options.stateFile);

  // Each step catches its own errors: a Chime call runs synchronously, with no await, until it has
  // a body to read or an injected latency to wait out (see withBody).
  function serveChime(req: IncomingMessage, res: ServerResponse): void {
    const exchange: Exchange = { req, res, requestId: nextRequestId(), match: undefined };
    try {
      exchange.match = route(req.method ?? 'GET', req.url ?? '/');
      withBody(
        req,
        readChimeBody,
        (body) => {
          authorize(exchange, body);
        },
        (error) => {
          fail(exchange, error);
        },
      );
    } catch (error) {
      fail(exchange, error);
    }
  }

  function authorize(exchange: Exchange, body: Buffer): void {
    try {
      const { req } = exchange;
      verifySigV4({ method: req.method ?? 'GET', rawUrl: req.url ?? '/', headers: req.headers, body }, secrets, new Date());
      const { name } = (exchange.match as RouteMatch).operation;
      if (!throttle.take(name, performance.now())) throw new ThrottledClientException(`Rate exceeded for ${name}.`);
      const latency = faults.latencyFor(name);
      if (latency > 0)
        setTimeout(() => {
          respond(exchange, body);
        }, latency);
      else respond(exchange, body);
    } catch (error) {
      fail(exchange, error);
    }
  }

  function respond(exchange: Exchange, body: Buffer): void {
    try {
      const match = exchange.match as RouteMatch;
      const { name, http } = match.operation;
      const fault = faults.failureFor(name);
      if (fault && !fault.afterServing) throw fault.exception;
      const result = match.operation.invoke(inputOf(match, body), context);
      if (!isReadOnly(http)) store.changed();
      if (fault) throw fault.exception;
      writeResult(exchange.res, http.status, result, exchange.requestId);
      counters.record(name, String(http.status));
    } catch (error) {
      fail(exchange, error);
    }
  }

  function fail(exchange: Exchange, error: unknown): void {
    const exception = writeError(exchange.res, error, exchange.requestId, exchange.match?.operation.name);
    if (exchange.match) counters.record(exchange.match.operation.name, exception.errorType);
  }

  async function serveControl(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      const raw = await readBody(req, controlBodyTooLarge);
      const body: unknown = raw.length === 0 ? undefined : JSON.parse(raw.toString('utf8'));
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      writeJson(res, 200, handleControl(req.method ?? 'GET', path, body, { store, counters, throttle, faults, now }));
    } catch (error) {
      const status = error instanceof ControlError ? error.status : error instanceof SyntaxError ? 400 : 500;
      writeJson(res, status, { message: (error as Error).message });
    }
  }

  const server = createServer({ keepAliveTimeout: 65_000 }, (req, res) => {
    if (req.url?.startsWith(CONTROL_PATHS)) void serveControl(req, res);
    else serveChime(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve);
  });
  const { port, address } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;

  return {
    endpoint: `http://${host}:${port}`,
    port,
    credentials,
    store,
    counters,
    throttle,
    faults,
    close: async () => {
      server.closeIdleConnections();
      await new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      });
      await persistence?.flush();
      persistence?.stop();
    },
  };
}

/** Labels, mapped query members and body members, under the model's member names. */
function inputOf(match: RouteMatch, body: Buffer): Record<string, unknown> {
  const { http } = match.operation;
  const input: Record<string, unknown> = http.hasBody ? parseJsonObject(body) : {};
  if (http.query !== undefined && match.query.size > 0) {
    for (const wireKey in http.query) {
      const value = match.query.get(wireKey);
      if (value !== undefined) input[http.query[wireKey] as string] = value;
    }
  }
  return Object.assign(input, match.labels);
}

// Clients send `{}` when a body-carrying operation has no members set, and nothing at all for the
// operations without body members, so an empty body is always valid.
function parseJsonObject(body: Buffer): Record<string, unknown> {
  if (body.length === 0) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    throw new BadRequestException('The request body is not valid JSON.');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new BadRequestException('The request body must be a JSON object.');
  }
  return parsed as Record<string, unknown>;
}

interface Exchange {
  req: IncomingMessage;
  res: ServerResponse;
  requestId: string;
  match: RouteMatch | undefined;
}

const CONTROL_PATHS = `${CONTROL_PREFIX}/`;

const TOO_LARGE = `The request body exceeds ${MAX_BODY_BYTES} bytes.`;
// Chime models no 413, so a Chime caller gets its BadRequestException; the control API is plain
// HTTP and says 413.
const chimeBodyTooLarge = () => new BadRequestException(TOO_LARGE);
const controlBodyTooLarge = () => new ControlError(413, TOO_LARGE);
const readChimeBody = (req: IncomingMessage) => readBody(req, chimeBodyTooLarge);

async function readBody(req: IncomingMessage, tooLarge: () => Error): Promise<Buffer> {
  if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw tooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

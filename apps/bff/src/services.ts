import type { Logger } from 'pino';
import type { ChimeGateway } from './chime/index.ts';
import type { BffConfig } from './config/config.ts';
import type { Database } from './db/index.ts';
import type { CursorCodec } from './http/cursor.ts';

/** What routes and use cases are given: built once at start by server.ts. */
export interface Services {
  config: BffConfig;
  logger: Logger;
  db: Database;
  gateway: ChimeGateway;
  cursors: CursorCodec;
}

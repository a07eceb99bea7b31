import { hash } from 'node:crypto';
import { equalInConstantTime } from './constant-time.ts';
import { BadRequestException } from './errors.ts';
import type { OrderedCollection } from '../state/ordered-collection.ts';

export const DEFAULT_MAX_RESULTS = 100;

export interface PageRequest<T> {
  /** What the token is bound to: the operation, its resource and its filters. */
  scope: Record<string, unknown>;
  maxResults: number | undefined;
  nextToken: string | undefined;
  matches?: (item: T) => boolean;
}

export interface Page<T> {
  items: T[];
  nextToken: string | undefined;
}

// Tokens only need to be tamper-evident, not secret: a keyed one-shot hash is enough, costs far less
// than an HMAC object per page, and a fixed key keeps tokens valid across a state-file restart.
const TOKEN_KEY = 'chime-emulator/next-token/v1:';

/**
 * The one paginator for ListAccounts and ListUsers. A token names the last item served, so tokens
 * differ from page to page, survive inserts and deletes between pages, and are bound to the scope
 * they were issued for. The last page carries no token: botocore raises on a repeated token and
 * the JS paginator loops forever on one.
 */
export function paginate<T>(collection: OrderedCollection<T>, request: PageRequest<T>): Page<T> {
  const limit = request.maxResults ?? DEFAULT_MAX_RESULTS;
  const fingerprint = fingerprintOf(request.scope);
  const start = request.nextToken === undefined ? 0 : collection.indexAfter(decodeToken(request.nextToken, fingerprint));
  const { matches } = request;
  // Sized once: an array grown item by item was most of a page's garbage.
  const items = new Array<T>(Math.max(0, Math.min(limit, collection.size - start)));
  let count = 0;
  let lastSeq = 0;
  for (let index = start; ; index++) {
    const entry = collection.at(index);
    if (!entry) break;
    if (matches !== undefined && !matches(entry.value)) continue;
    if (count === limit) {
      items.length = count;
      return { items, nextToken: encodeToken(lastSeq, fingerprint) };
    }
    items[count++] = entry.value;
    lastSeq = entry.seq;
  }
  items.length = count;
  return { items, nextToken: undefined };
}

/** A short tag of the scope (FNV-1a): enough to tell a token reused with other filters, at no hashing cost. */
function fingerprintOf(scope: Record<string, unknown>): string {
  const text = JSON.stringify(scope);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

function sign(body: string): string {
  return hash('sha256', TOKEN_KEY + body, 'base64url').slice(0, 22);
}

function encodeToken(afterSeq: number, fingerprint: string): string {
  const body = `${afterSeq.toString(36)}.${fingerprint}`;
  return `${body}.${sign(body)}`;
}

function decodeToken(token: string, fingerprint: string): number {
  const cut = token.lastIndexOf('.');
  const body = token.slice(0, Math.max(cut, 0));
  const signature = token.slice(cut + 1);
  if (cut <= 0 || !equalInConstantTime(sign(body), signature)) {
    throw new BadRequestException('Invalid NextToken: it was not issued by this service.');
  }
  const [seq = '', issuedFor] = body.split('.');
  if (issuedFor !== fingerprint) {
    throw new BadRequestException('Invalid NextToken: it was issued for a different request; repeat the original filters.');
  }
  return parseInt(seq, 36);
}

import type { ActiveSession } from './sessions.ts';

export interface SessionCacheOptions {
  ttlMs?: number;
  maxEntries?: number;
  now?: () => number;
}

/** Short on purpose: see SessionCache. */
export const DEFAULT_SESSION_CACHE = { ttlMs: 5_000, maxEntries: 10_000 } as const;

interface Entry {
  session: ActiveSession;
  storedAt: number;
}

/**
 * Every API call looks its session up, and that database round trip was the largest part of a
 * users page's time in the BFF. Found sessions are kept for a few seconds only, because the cache
 * belongs to one process: this replica forgets a session the moment it signs it out or changes its
 * user (`forgetToken`, `forgetUser`), but a sign-out, disable, demotion or forced password done
 * through another replica reaches this one only when the entry expires. The TTL is that window, so
 * it stays short.
 */
export class SessionCache {
  readonly #ttlMs: number;
  readonly #maxEntries: number;
  readonly #now: () => number;
  /** By session token, oldest first (a Map keeps insertion order), so the first key is the one to evict. */
  readonly #entries = new Map<string, Entry>();
  /** Bumped by every forget: a lookup that started before one must not store what it read. */
  #generation = 0;

  constructor(options: SessionCacheOptions = {}) {
    this.#ttlMs = options.ttlMs ?? DEFAULT_SESSION_CACHE.ttlMs;
    this.#maxEntries = options.maxEntries ?? DEFAULT_SESSION_CACHE.maxEntries;
    this.#now = options.now ?? Date.now;
  }

  /** The cached session when fresh, else `load`'s answer; unknown tokens are never cached. */
  async find(token: string, load: (token: string) => Promise<ActiveSession | undefined>): Promise<ActiveSession | undefined> {
    const now = this.#now();
    const entry = this.#entries.get(token);
    if (entry !== undefined && now - entry.storedAt < this.#ttlMs && entry.session.expiresAt.getTime() > now) return entry.session;
    this.#entries.delete(token);
    const generation = this.#generation;
    const session = await load(token);
    if (session !== undefined && generation === this.#generation && this.#ttlMs > 0) this.#store(token, session);
    return session;
  }

  /** After signing a session out. */
  forgetToken(token: string): void {
    this.#generation++;
    this.#entries.delete(token);
  }

  /** After any change to a console user (role, disabled, password): their sessions are read afresh. */
  forgetUser(userId: string): void {
    this.#generation++;
    for (const [token, entry] of this.#entries) if (entry.session.userId === userId) this.#entries.delete(token);
  }

  #store(token: string, session: ActiveSession): void {
    if (this.#entries.size >= this.#maxEntries) {
      const oldest = this.#entries.keys().next();
      if (oldest.done !== true) this.#entries.delete(oldest.value);
    }
    this.#entries.set(token, { session, storedAt: this.#now() });
  }
}

import type { Database, Queryable } from './database.ts';
import { isDatabaseError } from './errors.ts';

/**
 * The same database, with each error that came from it (not one thrown by code inside a transaction)
 * passed to `onError` once, then rethrown unchanged: callers still see exactly what they saw.
 */
export function observeErrors(db: Database, onError: (error: unknown) => void): Database {
  const reported = new WeakSet<object>();
  const report = (error: unknown): never => {
    if (isDatabaseError(error) && typeof error === 'object' && error !== null && !reported.has(error)) {
      reported.add(error);
      onError(error);
    }
    throw error;
  };
  const observed = (target: Queryable): Queryable => ({
    query: <T>(sql: string, params?: readonly unknown[]) => target.query<T>(sql, params).catch(report),
    exec: (sql) => target.exec(sql).catch(report),
  });
  return {
    kind: db.kind,
    ...observed(db),
    // BEGIN, COMMIT and taking a pooled connection fail outside the statements; the set keeps a
    // statement's error from being counted again as the transaction's.
    transaction: (fn) => db.transaction((tx) => fn(observed(tx))).catch(report),
    close: () => db.close(),
  };
}

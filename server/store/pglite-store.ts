import { mkdirSync } from 'node:fs';
import { PGlite, types } from '@electric-sql/pglite';
import { lockDataDir } from './data-dir-lock';
import { type Queryable, type Row, type Store, type TransactionOptions } from './store';

/**
 * Embedded PostgreSQL in a data directory (or in memory when `dataDir` is undefined).
 * PGlite is one connection: its own mutex serialises queries, so a transaction here holds the
 * connection until it ends and concurrent callers wait their turn, which keeps the API identical
 * to the pooled PostgreSQL store.
 */
export async function openPgliteStore(dataDir: string | undefined): Promise<Store> {
  if (!dataDir) return wrapPglite(await PGlite.create(PGLITE_OPTIONS));
  mkdirSync(dataDir, { recursive: true });
  const unlock = lockDataDir(dataDir);
  try {
    return new PgliteStore(await PGlite.create({ ...PGLITE_OPTIONS, dataDir }), unlock);
  } catch (error) {
    unlock();
    throw error;
  }
}

/** int8 as a JS number, like the PostgreSQL store (sequence numbers and ids stay below 2^53). */
export const PGLITE_OPTIONS = { parsers: { [types.INT8]: (value: string) => Number(value) } };

/** For a PGlite created with PGLITE_OPTIONS. */
export function wrapPglite(db: PGlite): Store {
  return new PgliteStore(db);
}

class PgliteStore implements Store {
  readonly kind = 'pglite' as const;
  constructor(
    private readonly db: PGlite,
    private readonly unlock: () => void = () => undefined,
  ) {}

  async query<R extends object = Row>(sql: string, params: readonly unknown[] = []): Promise<R[]> {
    const result = await this.db.query<R>(sql, [...params]);
    return result.rows;
  }

  async exec(sql: string): Promise<void> {
    await this.db.exec(sql);
  }

  async transaction<T>(
    fn: (tx: Queryable) => Promise<T>,
    options?: TransactionOptions,
  ): Promise<T> {
    return this.db.transaction(async (inner) => {
      // One connection sees no concurrent writers, but the statement keeps both stores on the same SQL.
      if (options?.isolation === 'repeatable read') {
        await inner.exec('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
      }
      const tx: Queryable = {
        query: async <R extends object = Row>(sql: string, params: readonly unknown[] = []) =>
          (await inner.query<R>(sql, [...params])).rows,
        exec: async (sql: string) => {
          await inner.exec(sql);
        },
      };
      return fn(tx);
    });
  }

  async listen(
    channel: string,
    onPayload: (payload: string) => void,
  ): Promise<() => Promise<void>> {
    // In-process: the notification arrives on the same connection after the COMMIT.
    return this.db.listen(channel, onPayload);
  }

  async close(): Promise<void> {
    await this.db.close();
    this.unlock();
  }
}

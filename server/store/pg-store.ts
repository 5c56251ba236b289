import pg from 'pg';
import {
  beginStatement,
  type Queryable,
  type Row,
  type Store,
  type TransactionOptions,
} from './store';

const INT8_OID = 20;

/** Sequence numbers and ids stay far below 2^53, so int8 is safe as a JS number. */
const typeParsers = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID && format !== 'binary'
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

export function openPgStore(connectionString: string, options: { max?: number } = {}): Store {
  const pool = new pg.Pool({ connectionString, max: options.max ?? 10, types: typeParsers });
  // An idle client that loses its connection must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  return new PgStore(pool, connectionString);
}

class PgStore implements Store {
  readonly kind = 'postgres' as const;
  private readonly listeners = new Set<pg.Client>();

  constructor(
    private readonly pool: pg.Pool,
    private readonly connectionString: string,
  ) {}

  async query<R extends object = Row>(sql: string, params: readonly unknown[] = []): Promise<R[]> {
    const result = await this.pool.query<Row>(sql, [...params]);
    return result.rows as R[];
  }

  async exec(sql: string): Promise<void> {
    await this.pool.query(sql);
  }

  async transaction<T>(
    fn: (tx: Queryable) => Promise<T>,
    options?: TransactionOptions,
  ): Promise<T> {
    const client = await this.pool.connect();
    let broken = false;
    try {
      await client.query(beginStatement(options));
      const tx: Queryable = {
        query: async <R extends object = Row>(sql: string, params: readonly unknown[] = []) =>
          (await client.query<Row>(sql, [...params])).rows as R[],
        exec: async (sql: string) => {
          await client.query(sql);
        },
      };
      const result = await fn(tx);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      try {
        await client.query('ROLLBACK');
      } catch {
        broken = true;
      }
      throw error;
    } finally {
      client.release(broken);
    }
  }

  /** A dedicated connection per LISTEN: pooled clients are shared and would drop it. */
  async listen(
    channel: string,
    onPayload: (payload: string) => void,
    onLost?: (error: Error) => void,
  ): Promise<() => Promise<void>> {
    const client = new pg.Client({ connectionString: this.connectionString });
    await client.connect();
    client.on('notification', (message) => {
      if (message.channel === channel) onPayload(message.payload ?? '');
    });
    let closing = false;
    client.on('error', (error) => {
      if (closing) return;
      closing = true;
      this.listeners.delete(client);
      client.end().catch(() => undefined);
      onLost?.(error);
    });
    await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    this.listeners.add(client);
    return async () => {
      closing = true;
      this.listeners.delete(client);
      await client.end().catch(() => undefined);
    };
  }

  async close(): Promise<void> {
    await Promise.all([...this.listeners].map((c) => c.end().catch(() => undefined)));
    this.listeners.clear();
    await this.pool.end();
  }
}

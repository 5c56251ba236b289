/**
 * One interface over PostgreSQL (node-postgres) and embedded PGlite, so every query module and
 * migration runs unchanged on both. Parameters are always `$1…`; SQL is never built from values.
 */
export type Row = Record<string, unknown>;

export interface Queryable {
  /** One parameterised statement; returns its rows. int8 comes back as a JS number on both stores. */
  query<R extends object = Row>(sql: string, params?: readonly unknown[]): Promise<R[]>;
  /** Several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface TransactionOptions {
  /** Snapshot reads (sync snapshot, change pages) need one consistent view of the feed and the rows. */
  isolation?: 'read committed' | 'repeatable read';
}

export interface Store extends Queryable {
  readonly kind: 'postgres' | 'pglite';
  /** Runs `fn` in one transaction: committed if it resolves, rolled back if it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>, options?: TransactionOptions): Promise<T>;
  /**
   * LISTEN on `channel`; the callback gets each NOTIFY payload after its transaction commits.
   * `onLost` fires if the listening connection dies; the caller decides how to resubscribe.
   */
  listen(
    channel: string,
    onPayload: (payload: string) => void,
    onLost?: (error: Error) => void,
  ): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export function beginStatement(options?: TransactionOptions): string {
  return options?.isolation === 'repeatable read'
    ? 'BEGIN ISOLATION LEVEL REPEATABLE READ'
    : 'BEGIN';
}

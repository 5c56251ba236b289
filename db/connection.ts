import Database from 'better-sqlite3';
import { isCorruptionError, ReplicaError } from './errors';
import { migrate, readSchemaVersion } from './migrations/run';
import { MIGRATIONS } from './migrations/index';

export { ReplicaError } from './errors';

/** How long a writer waits for another connection's lock before SQLITE_BUSY (the sync client and a CLI may share the file). */
const BUSY_TIMEOUT_MS = 5_000;

const MERGE = `INSERT INTO article_fts (article_fts, rank) VALUES ('merge', ?)`;

/** The workstation's local SQLite replica: one open database and its prepared statements. */
export class Replica {
  readonly #statements = new Map<string, Database.Statement>();

  constructor(
    readonly db: Database.Database,
    readonly file: string,
  ) {}

  /**
   * The prepared statement for `sql`, prepared once per replica. Pass only SQL written as a
   * constant in a query module, never text built from input: the cache is keyed by the text.
   */
  statement<P extends unknown[] | object = unknown[], R = unknown>(
    sql: string,
  ): Database.Statement<P, R> {
    let stmt = this.#statements.get(sql);
    if (!stmt) {
      stmt = this.db.prepare(sql);
      this.#statements.set(sql, stmt);
    }
    return stmt as unknown as Database.Statement<P, R>;
  }

  /** Runs `fn` in one transaction (nested calls become savepoints); an exception rolls it back. */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  /**
   * Runs a sequence of reads as one read transaction. Each statement outside a transaction takes
   * and drops the file's locks itself; on the VMs we measured that cost ~6 µs a statement, more
   * than the read (10 reads: 78 µs alone, 17 µs together).
   */
  read<T>(fn: () => T): T {
    return this.db.inTransaction ? fn() : this.db.transaction(fn).deferred();
  }

  /**
   * After a bulk load (an import, a snapshot): merges the FTS5 segments and folds the WAL back
   * into the file. Measured at 100,000 articles, a 333 MB WAL left behind by the load made every
   * read consult it, and search several times slower.
   */
  compact(): void {
    this.db.exec(`INSERT INTO article_fts (article_fts) VALUES ('optimize')`);
    this.db.pragma('optimize');
    this.db.pragma('wal_checkpoint(TRUNCATE)');
  }

  /**
   * One bounded step of FTS5 segment merging (`pages` pages of work); false when there was
   * nothing left to merge. After a snapshot loaded in chunks, the sync client runs these with
   * the event loop free in between instead of one `compact()` (measured: 1.6–2.6 s at 20,000
   * articles, all of it blocking). Chunked loads keep the WAL small through autocheckpoints.
   */
  mergeIndexStep(pages: number): boolean {
    const before = this.db.prepare('SELECT total_changes()').pluck().get() as number;
    this.statement<[number]>(MERGE).run(pages);
    const after = this.db.prepare('SELECT total_changes()').pluck().get() as number;
    return after - before >= 2;
  }

  close(): void {
    this.#statements.clear();
    if (this.db.open) this.db.close();
  }
}

/**
 * Opens (creating if needed) the replica at `file` and brings its schema up to date.
 * Throws ReplicaError 'newer-version' for a file written by a newer Cuecard and 'corrupt'
 * for a file that is not a readable SQLite database.
 */
export function openReplica(file: string): Replica {
  let db: Database.Database;
  try {
    db = new Database(file, { timeout: BUSY_TIMEOUT_MS });
  } catch (error) {
    throw toReplicaError(error, file);
  }
  try {
    // Read the header before changing anything, so a newer or broken file is left as it was.
    const version = readSchemaVersion(db);
    if (version > MIGRATIONS.length) {
      throw new ReplicaError(
        'newer-version',
        `The local knowledge replica (${file}) was written by a newer version of Cuecard ` +
          `(schema ${version}; this version knows up to ${MIGRATIONS.length}). ` +
          'Update Cuecard to the latest version to open it.',
      );
    }
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    // 64 MiB of page cache (default 2 MiB): indexing touches term lists all over the file, and
    // with the default most of an import's time went to re-reading evicted pages.
    db.pragma('cache_size = -65536');
    // Reads through a memory map skip a system call per page (measured: a row by key 14 → 8 µs).
    db.pragma('mmap_size = 1073741824');
    migrate(db, MIGRATIONS);
    return new Replica(db, file);
  } catch (error) {
    db.close();
    throw toReplicaError(error, file);
  }
}

function toReplicaError(error: unknown, file: string): unknown {
  if (error instanceof ReplicaError || !isCorruptionError(error)) return error;
  return new ReplicaError(
    'corrupt',
    `The local knowledge replica (${file}) is not a readable SQLite database: it is damaged ` +
      'or was overwritten. It holds only a copy of the server’s data; move it aside and ' +
      'Cuecard will download the knowledge base again.',
    { cause: error },
  );
}

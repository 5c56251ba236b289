import Database from 'better-sqlite3';
import type { OutboxEvent } from '../shared/sync/outbox';

/*
 * Reports waiting for the server: analytics events, feedback, acknowledgements (issue 5, item 2).
 * A file of its own beside the replica: the replica is a cache that may be thrown away and
 * downloaded again (a reset, a corrupt file), the outbox holds what only this workstation knows.
 * An event stays until the server has answered for its key (stored, duplicate or rejected), so a
 * lost answer means it is sent again, and the server's idempotency key makes that harmless.
 */

const SCHEMA = `
CREATE TABLE IF NOT EXISTS outbox (
  seq INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  event TEXT NOT NULL CHECK (json_valid(event)),
  attempts INTEGER NOT NULL DEFAULT 0
) STRICT;
`;

export class Outbox {
  private constructor(private readonly db: Database.Database) {}

  static open(file: string): Outbox {
    const db = new Database(file, { timeout: 5_000 });
    try {
      db.pragma('journal_mode = WAL');
      // Every report is worth a sync to disk: there is no other copy.
      db.pragma('synchronous = FULL');
      db.exec(SCHEMA);
    } catch (error) {
      db.close();
      throw error;
    }
    return new Outbox(db);
  }

  /** Queues an event; the same key twice is kept once. */
  add(event: OutboxEvent): void {
    this.db
      .prepare('INSERT OR IGNORE INTO outbox (key, event) VALUES (?, ?)')
      .run(event.key, JSON.stringify(event));
  }

  /** The oldest `limit` events. */
  pending(limit: number): OutboxEvent[] {
    const rows = this.db
      .prepare('SELECT event FROM outbox ORDER BY seq LIMIT ?')
      .pluck()
      .all(limit) as string[];
    return rows.map((r) => JSON.parse(r) as OutboxEvent);
  }

  /** Marks a failed delivery attempt (for diagnostics). */
  attempted(keys: readonly string[]): void {
    const stmt = this.db.prepare('UPDATE outbox SET attempts = attempts + 1 WHERE key = ?');
    this.db.transaction(() => keys.forEach((k) => stmt.run(k)))();
  }

  /** Removes events the server has answered for. */
  remove(keys: readonly string[]): void {
    const stmt = this.db.prepare('DELETE FROM outbox WHERE key = ?');
    this.db.transaction(() => keys.forEach((k) => stmt.run(k)))();
  }

  count(): number {
    return this.db.prepare('SELECT count(*) FROM outbox').pluck().get() as number;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

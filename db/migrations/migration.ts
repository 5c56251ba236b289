import type Database from 'better-sqlite3';

/** One schema step. `version` is its 1-based place in MIGRATIONS and the user_version it leaves behind. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  up(db: Database.Database): void;
}

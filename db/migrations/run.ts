import type Database from 'better-sqlite3';
import type { Migration } from './migration';

export function readSchemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Applies every migration newer than the file's user_version, each in its own transaction
 * that also records its version, so a crash leaves the file at a whole step, never between.
 */
export function migrate(db: Database.Database, migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) {
      throw new Error(`Migration ${m.name} is numbered ${m.version} but is at place ${i + 1}.`);
    }
  });
  const from = readSchemaVersion(db);
  for (const m of migrations.slice(from)) {
    db.transaction(() => {
      m.up(db);
      // PRAGMA takes no bound parameters; the value is an integer checked above, never input.
      db.pragma(`user_version = ${m.version}`);
    })();
  }
}

import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MIGRATION_LOCK } from './locks';
import type { Store } from './store';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));
const FILE_NAME = /^(\d{3})-([a-z0-9-]+)\.sql$/;

/** The numbered files in one ordered list; a gap or a duplicate number is a programming error. */
export function loadMigrations(dir = MIGRATIONS_DIR): Migration[] {
  const migrations = readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .map((file) => {
      const match = FILE_NAME.exec(file);
      if (!match) throw new Error(`Migration file name "${file}" is not NNN-name.sql.`);
      return {
        version: Number(match[1]),
        name: match[2] ?? '',
        sql: readFileSync(`${dir}/${file}`, 'utf8'),
      };
    })
    .sort((a, b) => a.version - b.version);
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration ${m.version} is out of sequence.`);
  });
  return migrations;
}

/**
 * Applies pending migrations, each in its own transaction with its record row, under an advisory
 * lock so two server instances starting together do not both apply one. Refuses a database
 * migrated by a newer server rather than guessing what it contains.
 */
export async function migrate(store: Store, migrations = loadMigrations()): Promise<number[]> {
  await store.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version integer PRIMARY KEY,
    name text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`);
  const latest = migrations.at(-1)?.version ?? 0;
  const applied: number[] = [];
  for (const migration of migrations) {
    const ran = await store.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      const [top] = await tx.query<{ v: number | null }>(
        'SELECT max(version) AS v FROM schema_migrations',
      );
      const current = top?.v ?? 0;
      if (current > latest) {
        throw new Error(
          `The database is at schema version ${current}, newer than this server (${latest}). ` +
            'Upgrade the server, or point it at another database.',
        );
      }
      if (current >= migration.version) return false;
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ]);
      return true;
    });
    if (ran) applied.push(migration.version);
  }
  return applied;
}

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { countArticles, upsertArticles } from './articles';
import { openReplica, ReplicaError } from './connection';
import { MIGRATIONS } from './migrations/index';
import type { Migration } from './migrations/migration';
import { migrate } from './migrations/run';
import { searchArticles } from './search';
import { articleInput, tempDir, tempReplica } from './testing';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function newFile(): string {
  const { dir, remove } = tempDir();
  cleanups.push(remove);
  return join(dir, 'replica.sqlite');
}

function schema(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    const rows = db.prepare('SELECT type, name, sql FROM sqlite_schema ORDER BY name').all();
    return rows.map((r) => JSON.stringify(r));
  } finally {
    db.close();
  }
}

function userVersion(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return db.pragma('user_version', { simple: true }) as number;
  } finally {
    db.close();
  }
}

function expectReplicaError(open: () => unknown, code: ReplicaError['code']): ReplicaError {
  try {
    open();
  } catch (error) {
    expect(error).toBeInstanceOf(ReplicaError);
    expect((error as ReplicaError).code).toBe(code);
    return error as ReplicaError;
  }
  throw new Error(`expected ReplicaError ${code}, but the replica opened`);
}

describe('openReplica', () => {
  it('migrates an empty file to the latest version with STRICT tables and the pragmas set', () => {
    const file = newFile();
    const replica = openReplica(file);
    cleanups.unshift(() => replica.close());

    expect(replica.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(replica.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(replica.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(replica.db.pragma('synchronous', { simple: true })).toBe(1); // NORMAL
    expect(replica.db.pragma('busy_timeout', { simple: true })).toBe(5000);

    const tables = replica.db
      .prepare(
        "SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND type = 'table'",
      )
      .all() as { name: string; strict: number }[];
    const strict = Object.fromEntries(tables.map((t) => [t.name, t.strict]));
    for (const name of [
      'article',
      'article_variant',
      'category',
      'article_category',
      'synonym_set',
      'read_state',
    ]) {
      expect(strict[name], name).toBe(1);
    }
    const fts = replica.db
      .prepare("SELECT sql FROM sqlite_schema WHERE name = 'article_fts'")
      .get() as { sql: string } | undefined;
    expect(fts?.sql).toMatch(/USING fts5/);
    expect(fts?.sql).toMatch(/content = 'article_variant'/);
    expect(fts?.sql).toMatch(/unicode61 remove_diacritics 2/);
  });

  it('enforces the schema: unknown article type and dangling category links are refused', () => {
    const file = newFile();
    const replica = openReplica(file);
    cleanups.unshift(() => replica.close());
    expect(() =>
      upsertArticles(replica, [
        articleInput({ id: 'a', lang: 'en', title: 'A', type: 'memo' as 'notice' }),
      ]),
    ).toThrow(/CHECK/);
    expect(() =>
      replica.transaction(() =>
        replica.db
          .prepare(`INSERT INTO article_category (article_id, category_id) VALUES ('x', 'missing')`)
          .run(),
      ),
    ).toThrow(/FOREIGN KEY/);
    expect(countArticles(replica)).toBe(0);
  });

  it('links an article only to categories the replica has (a missing one must not block sync)', () => {
    const file = newFile();
    const replica = openReplica(file);
    cleanups.unshift(() => replica.close());
    upsertArticles(replica, [
      articleInput({ id: 'a', lang: 'en', title: 'A', categoryIds: ['missing'] }),
    ]);
    expect(countArticles(replica)).toBe(1);
    expect(replica.db.prepare('SELECT count(*) AS n FROM article_category').get()).toEqual({
      n: 0,
    });
  });

  it('reopening an up-to-date file runs no migration and keeps the data', () => {
    const file = newFile();
    const first = openReplica(file);
    upsertArticles(first, [articleInput({ id: 'kept', lang: 'en', title: 'Kept' })]);
    first.close();
    const before = schema(file);

    const again = openReplica(file);
    cleanups.unshift(() => again.close());
    expect(countArticles(again)).toBe(1);
    expect(schema(file)).toEqual(before);
    expect(again.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    const mustNotRun: Migration = {
      version: MIGRATIONS.length,
      name: 'must-not-run',
      up: () => {
        throw new Error('ran a migration that was already applied');
      },
    };
    expect(() => migrate(again.db, [...MIGRATIONS.slice(0, -1), mustNotRun])).not.toThrow();
  });

  it('refuses a file from a newer Cuecard with a clear message and leaves it untouched', () => {
    const file = newFile();
    const raw = new Database(file);
    raw.exec('CREATE TABLE future (x INTEGER)');
    raw.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    raw.close();
    const bytes = readFileSync(file);

    const error = expectReplicaError(() => openReplica(file), 'newer-version');
    expect(error.message).toMatch(/newer version of Cuecard/);
    expect(error.message).toMatch(/Update Cuecard/);
    expect(error.message).toContain(file);
    expect(userVersion(file)).toBe(MIGRATIONS.length + 1);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('refuses a file that is not a SQLite database as corrupt', () => {
    const file = newFile();
    writeFileSync(file, 'this is a spreadsheet, not a database\n'.repeat(200));
    const error = expectReplicaError(() => openReplica(file), 'corrupt');
    expect(error.message).toMatch(/not a readable SQLite database/);
    expect(error.message).toMatch(/download the knowledge base again/);
  });

  it('refuses a database whose pages were overwritten as corrupt', () => {
    const file = newFile();
    const replica = openReplica(file);
    upsertArticles(replica, [
      articleInput({ id: 'a', lang: 'en', title: 'A', bodyText: 'x'.repeat(5000) }),
    ]);
    replica.db.pragma('wal_checkpoint(TRUNCATE)');
    replica.db.pragma('journal_mode = DELETE');
    replica.close();
    const bytes = readFileSync(file);
    bytes.fill(0xa5, 100, bytes.length); // keep the 100-byte header, scramble every page
    writeFileSync(file, bytes);
    expectReplicaError(() => openReplica(file), 'corrupt');
  });
});

describe('migrate', () => {
  it('lists migrations numbered by their place, named after their number', () => {
    MIGRATIONS.forEach((m, i) => {
      expect(m.version).toBe(i + 1);
      expect(m.name.startsWith(String(i + 1).padStart(3, '0'))).toBe(true);
    });
  });

  it('rolls a failing migration back whole, leaving the file at the previous version', () => {
    const file = newFile();
    const db = new Database(file);
    cleanups.unshift(() => db.close());
    const failing: Migration = {
      version: MIGRATIONS.length + 1,
      name: 'failing',
      up: (d) => {
        d.exec('CREATE TABLE half_done (x INTEGER) STRICT');
        throw new Error('boom');
      },
    };
    expect(() => migrate(db, [...MIGRATIONS, failing])).toThrow('boom');
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(
      db.prepare("SELECT name FROM sqlite_schema WHERE name = 'half_done'").get(),
    ).toBeUndefined();
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE name = 'article'").get()).toBeDefined();
  });

  it('refuses a list whose numbers do not match their places', () => {
    const file = newFile();
    const db = new Database(file);
    cleanups.unshift(() => db.close());
    // One past its place, whatever the list's length.
    const version = MIGRATIONS.length + 2;
    const misplaced: Migration = { version, name: 'misplaced', up: () => undefined };
    expect(() => migrate(db, [...MIGRATIONS, misplaced])).toThrow(`numbered ${version}`);
    expect(db.pragma('user_version', { simple: true })).toBe(0);
  });
});

describe('FTS5 merging in steps', () => {
  it('does bounded work per step and ends when nothing is left to merge', () => {
    const { replica, dispose } = tempReplica();
    try {
      // Many small transactions leave many index segments behind.
      for (let i = 0; i < 40; i++) {
        upsertArticles(replica, [
          articleInput({
            id: `a${i}`,
            lang: 'en',
            title: `Card number ${i} blocked`,
            bodyText: `word${i} text`,
          }),
        ]);
      }
      let steps = 0;
      while (replica.mergeIndexStep(4)) steps++;
      expect(steps).toBeGreaterThan(0);
      expect(replica.mergeIndexStep(4)).toBe(false);
      expect(searchArticles(replica, { text: 'card 17' }, ['en']).hits[0]?.id).toBe('a17');
    } finally {
      dispose();
    }
  });
});

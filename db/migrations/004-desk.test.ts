// Migration 004 on a real file written at schema 3: existing read marks stay (without text) and
// the desk's tables arrive strict, with their rows tied to the article (issue 6).
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openReplica } from '../connection';
import { deleteArticles } from '../articles';
import { tempDir } from '../testing';
import { MIGRATIONS } from './index';
import { migrate, readSchemaVersion } from './run';

let dir: { dir: string; remove: () => void };
beforeEach(() => (dir = tempDir()));
afterEach(() => dir.remove());

it('upgrades a schema-3 replica: read marks kept, desk tables strict and cascading', () => {
  const file = join(dir.dir, 'v3.sqlite');
  const v3 = new Database(file);
  v3.pragma('foreign_keys = ON');
  migrate(v3, MIGRATIONS.slice(0, 3));
  v3.prepare(
    `INSERT INTO article (id, type, created_at, updated_at) VALUES ('a', 'reference', '2025-01-01', '2025-01-01')`,
  ).run();
  v3.prepare(
    `INSERT INTO read_state (article_id, lang, revision_read, read_at) VALUES ('a', 'en', 2, '2025-02-01')`,
  ).run();
  expect(readSchemaVersion(v3)).toBe(3);
  v3.close();

  const r = openReplica(file);
  try {
    expect(readSchemaVersion(r.db)).toBe(MIGRATIONS.length);
    expect(r.db.prepare('SELECT * FROM read_state').all()).toEqual([
      { article_id: 'a', lang: 'en', revision_read: 2, read_at: '2025-02-01', text_read: null },
    ]);
    expect(r.db.prepare(`SELECT updated_by FROM article`).pluck().get()).toBeNull();
    const strict = r.db
      .prepare(
        `SELECT name FROM pragma_table_list WHERE name IN ('article_use', 'article_vote') AND strict = 1`,
      )
      .pluck()
      .all();
    expect(strict.sort()).toEqual(['article_use', 'article_vote']);
    expect(() =>
      r.db.prepare(`INSERT INTO article_vote VALUES ('a', 'en', 1, 'meh', '2025-01-01')`).run(),
    ).toThrow(/CHECK/);
    expect(() =>
      r.db.prepare(`INSERT INTO article_use (article_id, open_count) VALUES ('ghost', 1)`).run(),
    ).toThrow(/FOREIGN KEY/);
    r.db.prepare(`INSERT INTO article_use (article_id, open_count) VALUES ('a', 1)`).run();
    r.db.prepare(`INSERT INTO article_vote VALUES ('a', 'en', 1, 'helpful', '2025-01-01')`).run();
    deleteArticles(r, ['a']);
    for (const table of ['read_state', 'article_use', 'article_vote']) {
      expect(r.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0);
    }
  } finally {
    r.close();
  }
});

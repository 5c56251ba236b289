// Migration 002 on a real file written at schema 1: the variants stay, the index is rebuilt
// with the shared/ normaliser and the engine's term lists are filled (issue 3 item 8).
import Database from 'better-sqlite3';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openReplica } from '../connection';
import { searchArticles } from '../search';
import { tempDir } from '../testing';
import { initial } from './001-initial';
import { MIGRATIONS } from './index';
import { migrate, readSchemaVersion } from './run';
import { join } from 'node:path';

let dir: { dir: string; remove: () => void };
beforeEach(() => (dir = tempDir()));
afterEach(() => dir.remove());

it('upgrades a schema-1 replica: rebuilds the index and fills the term lists', () => {
  const file = join(dir.dir, 'v1.sqlite');
  const v1 = new Database(file);
  migrate(v1, [initial]);
  v1.prepare(
    `INSERT INTO article (id, type, created_at, updated_at) VALUES ('a', 'reference', '2025-01-01', '2025-01-01')`,
  ).run();
  v1.prepare(
    `INSERT INTO article_variant (article_id, lang, title, body_html, body_text, revision, updated_at)
     VALUES ('a', 'zh-Hant', '網路銀行密碼', '<p>重設密碼</p>', '重設密碼', 1, '2025-01-01')`,
  ).run();
  // Schema 1 indexed text its own way; nothing of it may survive the upgrade.
  v1.prepare(
    `INSERT INTO article_fts (rowid, title, tags, body) VALUES (1, 'stale', '', '')`,
  ).run();
  expect(readSchemaVersion(v1)).toBe(1);
  v1.close();

  const r = openReplica(file);
  try {
    expect(readSchemaVersion(r.db)).toBe(MIGRATIONS.length);
    expect(
      r.db.prepare(`SELECT count(*) AS n FROM article_fts WHERE article_fts MATCH 'stale'`).get(),
    ).toEqual({ n: 0 });
    expect(r.db.prepare(`SELECT docs FROM search_stats WHERE lang = 'zh-Hant'`).get()).toEqual({
      docs: 1,
    });
    // Simplified query, Traditional article: found through the folded index.
    expect(
      searchArticles(r, { text: '密码', prefix: false }, ['zh-Hant']).hits.map((h) => h.id),
    ).toEqual(['a']);
  } finally {
    r.close();
  }
});

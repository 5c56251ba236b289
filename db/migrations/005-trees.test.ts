// Migration 005 (troubleshooting trees): a schema-4 replica gains tree_session, strict and
// going with its tree.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openReplica } from '../connection';
import { tempDir } from '../testing';
import { MIGRATIONS } from './index';
import { migrate, readSchemaVersion } from './run';

let dir: ReturnType<typeof tempDir>;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => dir.remove());

it('upgrades a schema-4 replica: trees kept, tree_session strict and cascading', () => {
  const file = join(dir.dir, 'replica.sqlite');
  const v4 = new Database(file);
  migrate(v4, MIGRATIONS.slice(0, 4));
  v4.prepare(
    `INSERT INTO tree (id, version, document_version, title, document, updated_at)
     VALUES ('t', 1, 1, '{"en":"T"}', '{}', '2026-01-01')`,
  ).run();
  v4.close();

  const r = openReplica(file);
  try {
    expect(readSchemaVersion(r.db)).toBe(MIGRATIONS.length);
    expect(r.db.prepare(`SELECT id FROM tree`).pluck().all()).toEqual(['t']);
    expect(
      r.db
        .prepare(`SELECT strict FROM pragma_table_list WHERE name = 'tree_session'`)
        .pluck()
        .get(),
    ).toBe(1);
    const save = r.db.prepare(
      `INSERT INTO tree_session (tree_id, session, updated_at) VALUES (?, ?, '2026-01-02')`,
    );
    expect(() => save.run('t', '[1]')).toThrow(/CHECK/);
    expect(() => save.run('unknown', '{}')).toThrow(/FOREIGN KEY/);
    save.run('t', '{"treeId":"t"}');
    r.db.prepare(`DELETE FROM tree WHERE id = 't'`).run();
    expect(r.db.prepare(`SELECT count(*) FROM tree_session`).pluck().get()).toBe(0);
  } finally {
    r.close();
  }
});

// Migration 006 (team-lead notices): a schema-5 replica's notices gain publish_at (= when they
// were sent), linked articles and reminders; notice_reading is strict and goes with its notice.
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

it('upgrades a schema-5 replica: notices kept and live, notice_reading cascading', () => {
  const file = join(dir.dir, 'replica.sqlite');
  const v5 = new Database(file);
  migrate(v5, MIGRATIONS.slice(0, 5));
  v5.prepare(
    `INSERT INTO notice (id, version, priority, title, body, requires_ack, published_at,
                         expires_at, received_at)
     VALUES ('n', 1, 'urgent', '{"en":"N"}', '{"en":""}', 1, '2026-01-01T00:00:00.000Z', NULL,
             '2026-01-01T00:00:01.000Z')`,
  ).run();
  v5.close();

  const r = openReplica(file);
  try {
    expect(readSchemaVersion(r.db)).toBe(MIGRATIONS.length);
    expect(
      r.db
        .prepare(`SELECT publish_at, linked_article_ids, reminded_at FROM notice WHERE id = 'n'`)
        .get(),
    ).toEqual({
      publish_at: '2026-01-01T00:00:00.000Z',
      linked_article_ids: '[]',
      reminded_at: null,
    });
    expect(
      r.db
        .prepare(`SELECT strict FROM pragma_table_list WHERE name = 'notice_reading'`)
        .pluck()
        .get(),
    ).toBe(1);
    const read = r.db.prepare(`INSERT INTO notice_reading (notice_id, read_at) VALUES (?, 'x')`);
    expect(() => read.run('unknown')).toThrow(/FOREIGN KEY/);
    read.run('n');
    r.db.prepare(`DELETE FROM notice WHERE id = 'n'`).run();
    expect(r.db.prepare(`SELECT count(*) FROM notice_reading`).pluck().get()).toBe(0);
  } finally {
    r.close();
  }
});

import { describe, expect, it } from 'vitest';
import type { ArticleRecord, CategoryRecord } from '../../shared/sync/records';
import { searchArticles } from '../search';
import { cleanupAfterEach, replicaPerTest } from '../testing';
import { applyChangesPage, applySnapshotChunk, finishSnapshot } from './apply';
import { readSyncState } from './state';

const now = '2026-11-24T08:00:00.000Z';
const options = { now, log: true };

function article(id: string, version: number, fields: Partial<ArticleRecord> = {}): ArticleRecord {
  return {
    kind: 'article',
    id,
    version,
    type: 'reference',
    owner: 'kb',
    categoryIds: [],
    updatedAt: now,
    variants: [
      {
        lang: 'en',
        revision: version,
        title: `Blocked card ${id} v${version}`,
        summary: '',
        bodyHtml: '<p>Body</p>',
        tags: [],
        synonyms: [],
        placeholders: [],
        publishedAt: now,
      },
    ],
    ...fields,
  };
}
const category = (id: string, parentId: string | null, version = 1): CategoryRecord => ({
  kind: 'category',
  id,
  version,
  parentId,
  position: 0,
  names: { en: id },
});

describe('applying what the server sends (issue 5 item 1)', () => {
  const newReplica = replicaPerTest(cleanupAfterEach());
  const find = (replica: ReturnType<typeof newReplica>, text: string, langs = ['en'] as const) =>
    searchArticles(replica, { text }, [...langs]).hits.map((h) => h.id);

  it('a page and its cursor are stored together; an older version changes nothing', () => {
    const replica = newReplica();
    replica.db.exec(`INSERT INTO sync_state (id, server_url, user_id) VALUES (1, 's', 'u')`);
    applyChangesPage(replica, [{ op: 'upsert', record: article('a', 5) }], 10, options);
    expect(readSyncState(replica)?.cursor).toBe(10);
    const stale = applyChangesPage(
      replica,
      [{ op: 'upsert', record: article('a', 3) }],
      11,
      options,
    );
    expect(stale.written).toBe(0);
    expect(find(replica, 'v5')).toEqual(['a']);
    expect(find(replica, 'v3')).toEqual([]);
  });

  it('a language the record no longer has leaves the replica and its index', () => {
    const replica = newReplica();
    const [en] = article('a', 1).variants;
    if (!en) throw new Error('no variant');
    const hu = { ...en, lang: 'hu' as const, title: 'Letiltott kártya' };
    applyChangesPage(
      replica,
      [{ op: 'upsert', record: article('a', 1, { variants: [en, hu] }) }],
      1,
      options,
    );
    expect(find(replica, 'letiltott', ['hu'])).toEqual(['a']);
    applyChangesPage(replica, [{ op: 'upsert', record: article('a', 2) }], 2, options);
    expect(find(replica, 'letiltott', ['hu'])).toEqual([]);
    expect(find(replica, 'blocked')).toEqual(['a']);
  });

  it('deleting a parent category keeps its children and their articles’ links', () => {
    const replica = newReplica();
    applyChangesPage(
      replica,
      [
        { op: 'upsert', record: category('cards', null) },
        { op: 'upsert', record: category('lost', 'cards') },
        { op: 'upsert', record: article('a', 1, { categoryIds: ['lost'] }) },
      ],
      1,
      options,
    );
    applyChangesPage(replica, [{ op: 'delete', kind: 'category', id: 'cards' }], 2, options);
    const links = replica.db.prepare('SELECT category_id FROM article_category').pluck().all();
    expect(links).toEqual(['lost']);
    expect(
      replica.db.prepare('SELECT parent_id FROM category WHERE id = ?').pluck().get('lost'),
    ).toBeNull();
  });

  it('a snapshot over an older replica removes what it does not contain, and logs only real changes', () => {
    const replica = newReplica();
    applyChangesPage(
      replica,
      [
        { op: 'upsert', record: article('keep', 1) },
        { op: 'upsert', record: article('gone', 1) },
      ],
      1,
      { now, log: false },
    );
    const records = [article('keep', 1), article('new', 4)];
    const chunk = applySnapshotChunk(replica, records, options);
    expect(chunk.added).toEqual(['new']);
    expect(chunk.changed).toEqual([]);
    const end = finishSnapshot(replica, records, 9, options);
    expect(end.removed).toEqual(['gone']);
    expect(find(replica, 'blocked').sort()).toEqual(['keep', 'new']);
    expect(replica.db.prepare('SELECT article_id FROM article_change').pluck().all()).toEqual([
      'new',
    ]);
  });
});

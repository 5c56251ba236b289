import { describe, expect, it } from 'vitest';
import type { ContentLanguage } from '../../shared/languages';
import type { ArticleRecord, CategoryRecord } from '../../shared/sync/records';
import type { Replica } from '../connection';
import { searchArticles } from '../search';
import { cleanupAfterEach, replicaPerTest } from '../testing';
import { BulkLists } from '../engine/lists';
import { decodePostings, POSTINGS_K } from '../engine/postings';
import { articleRecord, now, options } from './test-records';
import { applyChangesPage, applySnapshotChunk, finishSnapshot, writeBulkLists } from './apply';
import { readSyncState } from './state';

const article = (id: string, version: number, fields: Partial<ArticleRecord> = {}) =>
  articleRecord(id, version, { title: `Blocked card ${id} v${version}` }, fields);
const category = (id: string, parentId: string | null, version = 1): CategoryRecord => ({
  kind: 'category',
  id,
  version,
  parentId,
  position: 0,
  names: { en: id },
});

const find = (replica: Replica, text: string, langs: ContentLanguage[] = ['en']) =>
  searchArticles(replica, { text }, langs).hits.map((h) => h.id);

describe('applying what the server sends (issue 5 item 1)', () => {
  const newReplica = replicaPerTest(cleanupAfterEach());

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

describe('a first download with deferred term lists (BulkLists)', () => {
  const newReplica = replicaPerTest(cleanupAfterEach());
  const words = ['card', 'blocked', 'pin', 'reset', 'loan', 'rate', 'roaming', 'sim', 'bill'];
  const records = Array.from({ length: 1200 }, (_, i) =>
    article(`a${i}`, 1, {
      variants: [
        {
          lang: i % 3 === 0 ? 'hu' : 'en',
          revision: 1,
          title: `card ${words[i % words.length]} ${words[(i * 7) % words.length]} number${i}`,
          summary: '',
          bodyHtml: `<p>${Array.from({ length: 5 + (i % 40) }, (_, j) => words[(i + j * j) % words.length]).join(' ')}</p>`,
          tags: [],
          synonyms: [],
          placeholders: [],
          publishedAt: now,
        },
      ],
    }),
  );
  // Impacts are stored as float32, so two paths may order equal-looking impacts differently:
  // compare the impacts a list keeps (and, for complete lists, which variants), not the bytes.
  const lists = (replica: ReturnType<typeof newReplica>) => ({
    terms: (
      replica.db
        .prepare('SELECT lang, term, df, postings FROM search_term ORDER BY lang, term')
        .all() as { lang: string; term: string; df: number; postings: Buffer }[]
    ).map(({ postings, ...row }) => {
      const list = decodePostings(postings);
      return {
        ...row,
        impacts: list.map((p) => p.impact.toFixed(4)),
        rowids: row.df <= POSTINGS_K ? list.map((p) => p.rowid).sort((a, b) => a - b) : null,
      };
    }),
    stems: replica.db.prepare('SELECT * FROM search_stem ORDER BY lang, stem, term').all(),
    stats: replica.db.prepare('SELECT * FROM search_stats ORDER BY lang').all(),
  });

  it('writes the same lists as writing them chunk by chunk, trimmed to the best K', () => {
    const incremental = newReplica();
    const bulkReplica = newReplica();
    const bulk = new BulkLists();
    for (let i = 0; i < records.length; i += 50) {
      applySnapshotChunk(incremental, records.slice(i, i + 50), { now, log: false });
      applySnapshotChunk(bulkReplica, records.slice(i, i + 50), { now, log: false, bulk });
    }
    // Before the lists are written the words are not in the engine's lists yet.
    expect(lists(bulkReplica).terms).toEqual([]);
    let steps = 0;
    while (!writeBulkLists(bulkReplica, bulk, 40)) steps++;
    expect(steps).toBeGreaterThan(1);
    const expected = lists(incremental);
    expect(expected.terms.length).toBeGreaterThan(20);
    expect(lists(bulkReplica)).toEqual(expected);
    expect(find(bulkReplica, 'card number5')).toEqual(find(incremental, 'card number5'));
  });
});

import { describe, expect, it } from 'vitest';
import type { ContentLanguage } from '../../shared/languages';
import type { SyncRecord } from '../../shared/sync/records';
import { treeSearchId } from '../../shared/workstation/trees';
import { clearArticles, countArticles } from '../articles';
import type { Replica } from '../connection';
import { BulkLists } from '../engine/lists';
import { searchArticles } from '../search';
import {
  applyChangesPage,
  applySnapshotChunk,
  finishSnapshot,
  writeBulkLists,
} from '../sync/apply';
import { storedIds } from '../sync/records';
import { bindReplica } from '../sync/state';
import { articleRecord, now, options } from '../sync/test-records';
import { recentChanges } from '../sync/whats-new';
import { cleanupAfterEach, replicaPerTest } from '../testing';
import { repairTreeSearchDocs } from './search-docs';
import { saveTreeSession, treeSession } from './sessions';
import { demoTreeRecord, demoTreeRecords } from './test-trees';
import { treesLinkingArticle } from './trees';

const demo = demoTreeRecords;
const demoTree = demoTreeRecord;

const hits = (replica: Replica, text: string, langs: ContentLanguage[]) =>
  searchArticles(replica, { text }, langs).hits.map((h) => `${h.type}:${h.id}`);
const session = (treeId: string) => ({
  treeId,
  path: [{ nodeId: 'start', enteredAt: 1 }],
  variables: {},
});
const upserts = (records: SyncRecord[]) =>
  records.map((record) => ({ op: 'upsert' as const, record }));

describe('troubleshooting trees in the replica (issue 7)', () => {
  const newReplica = replicaPerTest(cleanupAfterEach());

  it('finds a demo tree by its Hungarian title typed without accents, as a search document of type tree', () => {
    const replica = newReplica();
    const outcome = applyChangesPage(replica, upserts(demo), 1, options);
    const doc = `tree:${treeSearchId('tree-card-declined')}`;
    // "Elutasított kártyás fizetés" typed on a keyboard without Hungarian letters.
    expect(hits(replica, 'elutasitott kartyas fizetes', ['hu'])[0]).toBe(doc);
    // The first question and the choices are indexed too, in each language of the title.
    expect(hits(replica, 'engedelyezesek', ['hu'])).toContain(doc);
    expect(hits(replica, 'authorisation attempt', ['en'])).toContain(doc);
    expect(hits(replica, '刷卡被拒', ['zh-Hans'])).toContain(doc);
    // Not articles: no what's new, no change notification, no article count, no snapshot diff.
    expect(outcome.added).toEqual([]);
    expect(recentChanges(replica, 50)).toEqual([]);
    expect(countArticles(replica)).toBe(0);
    expect(storedIds(replica, 'article')).toEqual([]);
    expect(storedIds(replica, 'tree')).toHaveLength(demo.length);
  });

  it('a new version rewrites the document and a delete removes it with the saved run', () => {
    const replica = newReplica();
    const tree = demoTree('tree-card-declined');
    applyChangesPage(replica, upserts([tree, articleRecord('art', 1)]), 1, options);
    expect(saveTreeSession(replica, tree.id, session(tree.id), now)).toBe(true);
    const title = { en: 'Payment refused at the till' };
    applyChangesPage(
      replica,
      upserts([{ ...tree, version: tree.version + 1, documentVersion: 2, title }]),
      2,
      options,
    );
    expect(hits(replica, 'till', ['en'])).toEqual([`tree:${treeSearchId(tree.id)}`]);
    // The Hungarian title is gone, and with it the Hungarian document.
    expect(hits(replica, 'elutasitott kartyas', ['hu'])).toEqual([]);
    expect(treeSession(replica, tree.id)).not.toBeNull();

    applyChangesPage(replica, [{ op: 'delete', kind: 'tree', id: tree.id }], 3, options);
    expect(hits(replica, 'till', ['en'])).toEqual([]);
    expect(treeSession(replica, tree.id)).toBeNull();
    expect(saveTreeSession(replica, tree.id, session(tree.id), now)).toBe(false);
    expect(hits(replica, 'article art', ['en'])).toEqual(['reference:art']);
  });

  it('a snapshot keeps the documents of trees it contains and removes those of trees it lacks', () => {
    const replica = newReplica();
    const records: SyncRecord[] = [...demo, articleRecord('art', 1)];
    // A first download: term lists are written once at the end, tree documents included.
    const bulk = new BulkLists();
    applySnapshotChunk(replica, records, { ...options, log: false, bulk });
    while (!writeBulkLists(replica, bulk, 1000));
    finishSnapshot(replica, records, 1, { ...options, log: false, bulk });
    expect(hits(replica, 'elutasitott kartyas', ['hu'])).toContain(
      `tree:${treeSearchId('tree-card-declined')}`,
    );

    // A reset: the snapshot is a diff; the card tree is no longer visible to this user.
    const kept = records.filter((r) => r.id !== 'tree-card-declined');
    applySnapshotChunk(replica, kept, options);
    const finished = finishSnapshot(replica, kept, 2, options);
    // A tree's document is no article: its removal is no "article removed" notification.
    expect(finished.removed).toEqual([]);
    expect(hits(replica, 'elutasitott kartyas', ['hu'])).not.toContain(
      `tree:${treeSearchId('tree-card-declined')}`,
    );
    expect(hits(replica, 'article art', ['en'])).toEqual(['reference:art']);
    const docs = replica.db
      .prepare(`SELECT id FROM article WHERE type = 'tree' ORDER BY id`)
      .pluck()
      .all();
    expect(docs).toEqual(
      kept
        .filter((r) => r.kind === 'tree')
        .map((r) => treeSearchId(r.id))
        .sort(),
    );

    // An interrupted first download clears the articles; the next snapshot brings the
    // documents back although every tree is already current.
    clearArticles(replica);
    applySnapshotChunk(replica, kept, options);
    finishSnapshot(replica, kept, 3, options);
    expect(hits(replica, 'internet', ['en'])).toContain(
      `tree:${treeSearchId('tree-internet-down')}`,
    );
  });

  it('repairs missing and orphaned documents from the tree table (replicas from before migration 005)', () => {
    const replica = newReplica();
    applyChangesPage(replica, upserts(demo), 1, options);
    clearArticles(replica);
    replica.db
      .prepare(
        `INSERT INTO article (id, type, created_at, updated_at) VALUES ('tree:gone', 'tree', ?, ?)`,
      )
      .run(now, now);
    expect(repairTreeSearchDocs(replica)).toEqual({ written: demo.length, removed: 1 });
    expect(hits(replica, 'elutasitott kartyas', ['hu'])).toContain(
      `tree:${treeSearchId('tree-card-declined')}`,
    );
    expect(repairTreeSearchDocs(replica)).toEqual({ written: 0, removed: 0 });
  });

  it('forgets saved runs when someone else signs in at the desk', () => {
    const replica = newReplica();
    bindReplica(replica, 'https://kb', 'anna');
    applyChangesPage(replica, upserts(demo), 1, options);
    saveTreeSession(replica, 'tree-internet-down', session('tree-internet-down'), now);
    bindReplica(replica, 'https://kb', 'anna');
    expect(treeSession(replica, 'tree-internet-down')).not.toBeNull();
    bindReplica(replica, 'https://kb', 'bela');
    expect(treeSession(replica, 'tree-internet-down')).toBeNull();
  });

  it('finds the trees whose resolutions link an article', () => {
    const replica = newReplica();
    applyChangesPage(replica, upserts(demo), 1, options);
    expect(treesLinkingArticle(replica, 'card-declined-abroad')).toEqual(['tree-card-declined']);
    expect(treesLinkingArticle(replica, 'no-such-article')).toEqual([]);
  });
});

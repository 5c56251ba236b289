import type { ChangeItem } from '../../shared/sync/protocol';
import type { ArticleRecord, SyncKind, SyncRecord, TreeRecord } from '../../shared/sync/records';
import type { Replica } from '../connection';
import type { BulkLists } from '../engine/lists';
import { invalidateEngineState } from '../engine/state';
import { applyArticleRecords, deleteArticleRecords } from './articles';
import { emptyOutcome, type BatchOutcome } from './outcome';
import { applySmallRecords, deleteSmallRecords, storedIds } from './records';
import { storeCursor } from './state';
import { applyTreeRecords, deleteTreeRecords } from './trees';
import { repairTreeSearchDocs } from '../trees/search-docs';

/*
 * Applying what the server sent (docs/sync-protocol.md, "The client algorithm"). A page of
 * changes and its cursor go in one transaction: after a crash either both are there or neither,
 * and the page is fetched again. Records are replaced only by newer versions, so applying a page
 * twice, or a snapshot over an older replica, changes nothing that is already current.
 */

/** Kinds in the order a batch applies them: categories before the articles that link to them. */
const KIND_ORDER: readonly SyncKind[] = ['category', 'synonyms', 'article', 'tree', 'notice'];

/** How many changes "what's new" remembers. */
const CHANGE_LOG_SIZE = 500;
const LOG_CHANGE = `
  INSERT INTO article_change (article_id, change, at) VALUES (?, ?, ?)
  ON CONFLICT (article_id) DO UPDATE SET at = excluded.at,
    change = CASE WHEN article_change.change = 'added' THEN 'added' ELSE excluded.change END`;
const UNLOG = `DELETE FROM article_change WHERE article_id = ?`;
const TRIM_LOG = `
  DELETE FROM article_change WHERE article_id NOT IN
    (SELECT article_id FROM article_change ORDER BY at DESC, article_id LIMIT ${CHANGE_LOG_SIZE})`;

export interface ApplyOptions {
  /** ISO time of the apply (received_at of notices, the what's-new log). */
  now: string;
  /** Record article changes in the what's-new log (not for a first download). */
  log: boolean;
  /** A first download: term lists are written once at the end (see BulkLists). */
  bulk?: BulkLists;
}

/** Applies one page of changes and stores its cursor, in one transaction. */
export function applyChangesPage(
  replica: Replica,
  items: readonly ChangeItem[],
  cursor: number,
  options: ApplyOptions,
): BatchOutcome {
  return replica.transaction(() => {
    const upserts = items.flatMap((i) => (i.op === 'upsert' ? [i.record] : []));
    const deletes = new Map<SyncKind, string[]>();
    for (const i of items) {
      if (i.op === 'delete') deletes.set(i.kind, [...(deletes.get(i.kind) ?? []), i.id]);
    }
    const outcome = emptyOutcome();
    // Category deletes last: an article upserted in this page may still name the category's
    // children, which the delete of their parent must not take with it.
    for (const kind of KIND_ORDER) {
      if (kind !== 'category') deleteRecords(replica, kind, deletes.get(kind) ?? [], outcome);
    }
    applyRecords(replica, upserts, outcome, options);
    deleteRecords(replica, 'category', deletes.get('category') ?? [], outcome);
    finish(replica, outcome, options);
    storeCursor(replica, cursor);
    return outcome;
  });
}

/**
 * One chunk of a snapshot, in its own transaction (a snapshot of 20,000 articles is applied in
 * many, so searches and the UI go on in between). The cursor is stored by `finishSnapshot`.
 */
export function applySnapshotChunk(
  replica: Replica,
  records: readonly SyncRecord[],
  options: ApplyOptions,
): BatchOutcome {
  return replica.transaction(() => {
    const outcome = emptyOutcome();
    applyRecords(replica, records, outcome, options);
    finish(replica, outcome, options);
    return outcome;
  });
}

/**
 * Ends a snapshot: removes everything the snapshot did not contain (deleted, or no longer
 * visible to this user, while the replica was away) and stores the snapshot's cursor.
 */
export function finishSnapshot(
  replica: Replica,
  records: readonly SyncRecord[],
  cursor: number,
  options: ApplyOptions,
): BatchOutcome {
  return replica.transaction(() => {
    const outcome = emptyOutcome();
    const kept = new Set(records.map((r) => `${r.kind}\u0000${r.id}`));
    for (const kind of [...KIND_ORDER].reverse()) {
      const gone = storedIds(replica, kind).filter((id) => !kept.has(`${kind}\u0000${id}`));
      deleteRecords(replica, kind, gone, outcome);
    }
    // Tree search documents follow the tree table, whatever happened to the articles meanwhile.
    // Not into `options.bulk`: a first download has written its term lists before this step.
    const repaired = repairTreeSearchDocs(replica);
    outcome.written += repaired.written + repaired.removed;
    finish(replica, outcome, options);
    storeCursor(replica, cursor);
    return outcome;
  });
}

/** Writes the next slice of a bulk load's term lists; true when none are left. */
export function writeBulkLists(replica: Replica, bulk: BulkLists, maxTerms: number): boolean {
  return replica.transaction(() => bulk.write(replica, maxTerms));
}

/** Snapshot records in apply order (categories first), so chunks never link ahead. */
export function inApplyOrder(records: readonly SyncRecord[]): SyncRecord[] {
  return KIND_ORDER.flatMap((kind) => records.filter((r) => r.kind === kind));
}

function applyRecords(
  replica: Replica,
  records: readonly SyncRecord[],
  outcome: BatchOutcome,
  options: ApplyOptions,
): void {
  for (const kind of KIND_ORDER) {
    const ofKind = records.filter((r) => r.kind === kind);
    if (ofKind.length === 0) continue;
    if (kind === 'article') {
      const before = outcome.added.length + outcome.changed.length;
      applyArticleRecords(replica, ofKind as ArticleRecord[], outcome, options.bulk);
      outcome.written += outcome.added.length + outcome.changed.length - before;
    } else if (kind === 'tree') {
      applyTreeRecords(replica, ofKind as TreeRecord[], outcome, options.now, options.bulk);
    } else {
      applySmallRecords(replica, kind, ofKind as never[], outcome, options.now);
    }
  }
}

function deleteRecords(
  replica: Replica,
  kind: SyncKind,
  ids: readonly string[],
  outcome: BatchOutcome,
): void {
  if (ids.length === 0) return;
  if (kind === 'tree') return deleteTreeRecords(replica, ids, outcome);
  if (kind !== 'article') return deleteSmallRecords(replica, kind, ids, outcome);
  const before = outcome.removed.length;
  deleteArticleRecords(replica, ids, outcome);
  outcome.written += outcome.removed.length - before;
}

function finish(replica: Replica, outcome: BatchOutcome, options: ApplyOptions): void {
  const unlog = replica.statement<[string]>(UNLOG);
  for (const id of outcome.removed) unlog.run(id);
  if (options.log && outcome.added.length + outcome.changed.length > 0) {
    const log = replica.statement<[string, string, string]>(LOG_CHANGE);
    for (const id of outcome.added) log.run(id, 'added', options.now);
    for (const id of outcome.changed) log.run(id, 'changed', options.now);
    replica.statement(TRIM_LOG).run();
  }
  // Categories and synonym sets feed the engine's in-memory state; articles invalidate it themselves.
  if (outcome.written > 0) invalidateEngineState(replica);
}

import type { TreeRecord } from '../../shared/sync/records';
import { treeSearchId } from '../../shared/workstation/trees';
import type { Replica } from '../connection';
import type { BulkLists } from '../engine/lists';
import { deleteTreeSearchDocs, writeTreeSearchDocs } from '../trees/search-docs';
import { storedTree, type TreeRow } from '../trees/trees';
import type { BatchOutcome } from './outcome';
import { applySmallRecords, deleteSmallRecords } from './records';

/*
 * Trees are small records (./records.ts) with two things riding along: their search document
 * (db/trees/search-docs.ts), written in the same transaction so search never finds a tree the
 * replica lacks, and the agent's unfinished run (tree_session), which goes with its tree.
 * Neither counts as an article change: trees never appear in what's new.
 */

const VERSION = `SELECT version FROM tree WHERE id = ?`;
// Not `.pluck()`ed elsewhere under this wording (statements are cached by their SQL).
const HAS_DOC = `SELECT 1 AS treeDoc FROM article WHERE id = ?`;
const FORGET_SESSION = `DELETE FROM tree_session WHERE tree_id = ?`;

export function applyTreeRecords(
  replica: Replica,
  records: readonly TreeRecord[],
  outcome: BatchOutcome,
  now: string,
  bulk?: BulkLists,
): void {
  const version = replica.statement<[string], { version: number }>(VERSION);
  const hasDoc = replica.statement<[string]>(HAS_DOC).pluck();
  // Newer records, and current ones whose document is missing (cleared by an interrupted first
  // download): both are indexed from what the tree table holds after the upsert.
  const toIndex = records
    .filter((r) => {
      const stored = version.get(r.id);
      return !stored || stored.version < r.version || hasDoc.get(treeSearchId(r.id)) === undefined;
    })
    .map((r) => r.id);
  applySmallRecords(replica, 'tree', records, outcome, now);
  const rows = [...new Set(toIndex)]
    .map((id) => storedTree(replica, id))
    .filter((row): row is TreeRow => row !== null);
  writeTreeSearchDocs(replica, rows, bulk);
}

export function deleteTreeRecords(
  replica: Replica,
  ids: readonly string[],
  outcome: BatchOutcome,
): void {
  deleteTreeSearchDocs(replica, ids);
  // The foreign key cascades too; explicit, so a session never outlives its tree whatever the pragma.
  const forget = replica.statement<[string]>(FORGET_SESSION);
  for (const id of ids) forget.run(id);
  deleteSmallRecords(replica, 'tree', ids, outcome);
}

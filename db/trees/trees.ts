import type { LocalizedText } from '../../shared/sync/records';
import type { Replica } from '../connection';

/** One row of the replica's `tree` table (the published tree as the server sent it). */
export interface TreeRow {
  id: string;
  version: number;
  documentVersion: number;
  title: LocalizedText;
  /** The document as JSON, unparsed: callers parse it with treeSchema (db/trees/tree-text.ts). */
  document: string;
  updatedAt: string;
}

const COLUMNS = `id, version, document_version AS documentVersion, title, document,
  updated_at AS updatedAt`;
const ALL = `SELECT ${COLUMNS} FROM tree ORDER BY id`;
const ONE = `SELECT ${COLUMNS} FROM tree WHERE id = ?`;
// Resolution nodes that link the article, found in the JSON without parsing every tree.
const LINKING = `
  SELECT DISTINCT t.id FROM tree t, json_each(t.document, '$.nodes') n
  WHERE json_valid(t.document) AND json_extract(n.value, '$.kind') = 'resolution'
    AND json_extract(n.value, '$.articleId') = ?
  ORDER BY t.id`;

type RawRow = Omit<TreeRow, 'title'> & { title: string };

function fromRaw(row: RawRow): TreeRow {
  let title: LocalizedText = {};
  try {
    const parsed: unknown = JSON.parse(row.title);
    if (parsed && typeof parsed === 'object') title = parsed as LocalizedText;
  } catch {
    // The CHECK constraint keeps it JSON; an empty title is the fallback all the same.
  }
  return { ...row, title };
}

export function storedTrees(replica: Replica): TreeRow[] {
  return replica.statement<[], RawRow>(ALL).all().map(fromRaw);
}

export function storedTree(replica: Replica, id: string): TreeRow | null {
  const row = replica.statement<[string], RawRow>(ONE).get(id);
  return row ? fromRaw(row) : null;
}

/** Ids of trees with a resolution that links `articleId`. */
export function treesLinkingArticle(replica: Replica, articleId: string): string[] {
  return replica.statement<[string], string>(LINKING).pluck().all(articleId);
}

import { CONTENT_LANGUAGES, type ContentLanguage } from '../../shared/languages';
import { treeSearchId } from '../../shared/workstation/trees';
import { deleteArticles, deleteVariants, upsertArticles, type ArticleInput } from '../articles';
import type { Replica } from '../connection';
import type { BulkLists } from '../engine/lists';
import { allTexts, firstText, parseTreeDocument } from './tree-text';
import type { TreeRow } from './trees';

/*
 * Trees are found by search (issue 7 item 2): each tree in the replica has a search document,
 * an `article` row of type 'tree' with the id treeSearchId(tree.id) and one variant per language
 * of the tree's title (title, first question as summary, every text and choice as body). The
 * documents are derived from the `tree` table and written in the same transaction as it; they
 * are not synced articles, so sync's article lists, counts and what's new leave them out
 * (NOT_TREE_DOC).
 */

const PREFIX = treeSearchId('');

/** SQL condition on `article` columns: the row is a synced article, not a tree's search document. */
export const NOT_TREE_DOC = `NOT (type = 'tree' AND substr(id, 1, ${PREFIX.length}) = '${PREFIX}')`;

// Worded apart from db/articles.ts's queries: the replica caches statements by their SQL, and
// `.pluck()` here would change what the same statement returns there.
const DOC_LANGS = `SELECT lang AS docLang FROM article_variant WHERE article_id = ?`;
const DOC_EXISTS = `SELECT 1 AS treeDoc FROM article WHERE id = ?`;
const ORPHANS = `
  SELECT id FROM article
  WHERE type = 'tree' AND substr(id, 1, ${PREFIX.length}) = '${PREFIX}'
    AND substr(id, ${PREFIX.length + 1}) NOT IN (SELECT id FROM tree)`;
const MISSING = `
  SELECT id, version, document_version AS documentVersion, title, document, updated_at AS updatedAt
  FROM tree t WHERE NOT EXISTS (SELECT 1 FROM article a WHERE a.id = '${PREFIX}' || t.id)`;

/** The languages a tree is offered in: those its title has text in. */
export function treeLanguages(title: Partial<Record<ContentLanguage, string>>): ContentLanguage[] {
  return CONTENT_LANGUAGES.filter((l) => title[l]?.trim());
}

/** Writes (or rewrites) the search documents of these trees, in the caller's transaction. */
export function writeTreeSearchDocs(
  replica: Replica,
  trees: readonly TreeRow[],
  bulk?: BulkLists,
): void {
  const docLangs = replica.statement<[string], ContentLanguage>(DOC_LANGS).pluck();
  const inputs: ArticleInput[] = [];
  const empty: string[] = [];
  for (const row of trees) {
    const id = treeSearchId(row.id);
    const tree = parseTreeDocument(row.document);
    const langs = treeLanguages(row.title);
    const gone = docLangs.all(id).filter((l) => !langs.includes(l));
    if (gone.length > 0) deleteVariants(replica, id, gone);
    if (langs.length === 0) empty.push(id);
    for (const lang of langs) {
      inputs.push({
        id,
        lang,
        type: 'tree',
        title: row.title[lang] ?? '',
        // A document this version cannot read is still found by its title.
        summary: tree ? firstText(tree, lang) : '',
        bodyHtml: '',
        bodyText: tree ? allTexts(tree, lang).join('\n') : '',
        tags: [],
        synonyms: [],
        categoryIds: [],
        revision: row.documentVersion,
        updatedAt: row.updatedAt,
        owner: '',
        version: row.version,
      });
    }
  }
  if (empty.length > 0) deleteArticles(replica, empty);
  if (inputs.length > 0) upsertArticles(replica, inputs, { replace: true, bulk });
}

/** Removes the search documents of these trees (those that have one). */
export function deleteTreeSearchDocs(replica: Replica, treeIds: readonly string[]): void {
  const exists = replica.statement<[string]>(DOC_EXISTS).pluck();
  const ids = treeIds.map(treeSearchId).filter((id) => exists.get(id) !== undefined);
  if (ids.length > 0) deleteArticles(replica, ids);
}

/**
 * Brings the search documents in line with the `tree` table: writes the missing ones (a replica
 * from before migration 005, or one whose articles an interrupted first download cleared) and
 * removes those whose tree is gone. Returns how many it wrote and removed.
 */
export function repairTreeSearchDocs(
  replica: Replica,
  bulk?: BulkLists,
): { written: number; removed: number } {
  return replica.transaction(() => {
    const orphans = replica.statement<[], string>(ORPHANS).pluck().all();
    if (orphans.length > 0) deleteArticles(replica, orphans);
    const missing = replica
      .statement<[], Omit<TreeRow, 'title'> & { title: string }>(MISSING)
      .all()
      .map((r) => ({ ...r, title: parseTitle(r.title) }));
    writeTreeSearchDocs(replica, missing, bulk);
    return { written: missing.length, removed: orphans.length };
  });
}

function parseTitle(json: string): TreeRow['title'] {
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === 'object' ? (value as TreeRow['title']) : {};
  } catch {
    return {};
  }
}

import type { ContentLanguage } from '../../shared/languages';
import type { ArticleRecord } from '../../shared/sync/records';
import {
  deleteArticles,
  deleteVariants,
  setArticleCategories,
  upsertArticles,
  type ArticleInput,
} from '../articles';
import type { Replica } from '../connection';
import type { BulkLists } from '../engine/lists';
import { htmlToPlainText } from '../html-text';
import type { BatchOutcome } from './outcome';

const VERSION = `SELECT version FROM article WHERE id = ?`;
const VARIANTS = `SELECT lang FROM article_variant WHERE article_id = ?`;
const META = `
  UPDATE article SET type = ?, owner = ?, version = ?, updated_at = ?, updated_by = ? WHERE id = ?`;

/**
 * Applies article records the server sent. A record not newer than the stored version changes
 * nothing (a page applied twice, a snapshot overlapping the pages). A newer one replaces the
 * article whole: variants the record lacks are removed and every variant is written again.
 * (Not skipping variants at the revision already stored: an article deleted and created again
 * starts its revisions over, so an equal revision number may be other text.)
 */
export function applyArticleRecords(
  replica: Replica,
  records: readonly ArticleRecord[],
  outcome: BatchOutcome,
  bulk?: BulkLists,
): void {
  const version = replica.statement<[string], { version: number }>(VERSION);
  const variants = replica.statement<[string], { lang: ContentLanguage }>(VARIANTS);
  const newer: ArticleRecord[] = [];
  const inputs: ArticleInput[] = [];
  for (const record of records) {
    const stored = version.get(record.id);
    if (stored && stored.version >= record.version) continue;
    newer.push(record);
    (stored ? outcome.changed : outcome.added).push(record.id);
    const have = stored ? variants.all(record.id).map((v) => v.lang) : [];
    const gone = have.filter((l) => !record.variants.some((v) => v.lang === l));
    if (gone.length > 0) deleteVariants(replica, record.id, gone);
    for (const v of record.variants) {
      inputs.push({
        id: record.id,
        lang: v.lang,
        type: record.type,
        title: v.title,
        summary: v.summary,
        bodyHtml: v.bodyHtml,
        bodyText: htmlToPlainText(v.bodyHtml),
        tags: v.tags,
        synonyms: v.synonyms,
        placeholders: v.placeholders,
        categoryIds: record.categoryIds,
        revision: v.revision,
        updatedAt: v.publishedAt,
        owner: record.owner,
        version: record.version,
      });
    }
  }
  upsertArticles(replica, inputs, { replace: true, bulk });
  const meta = replica.statement<[string, string, number, string, string | null, string]>(META);
  for (const r of newer) {
    meta.run(r.type, r.owner, r.version, r.updatedAt, r.updatedBy ?? null, r.id);
    setArticleCategories(replica, r.id, r.categoryIds);
  }
}

const EXISTS = `SELECT 1 FROM article WHERE id = ?`;

export function deleteArticleRecords(
  replica: Replica,
  ids: readonly string[],
  outcome: BatchOutcome,
): void {
  const exists = replica.statement<[string]>(EXISTS).pluck();
  const present = ids.filter((id) => exists.get(id) !== undefined);
  if (present.length === 0) return;
  deleteArticles(replica, present);
  outcome.removed.push(...present);
}

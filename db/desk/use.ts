import type { Replica } from '../connection';

/*
 * What the agent at this workstation did with articles (table article_use, migration 004): opens
 * and favourites. Written only for articles the replica holds; the rows go with the article.
 */

const RECORD_OPEN = `
  INSERT INTO article_use (article_id, open_count, last_opened_at)
  SELECT id, 1, @at FROM article WHERE id = @id
  ON CONFLICT (article_id) DO UPDATE SET
    open_count = article_use.open_count + 1, last_opened_at = excluded.last_opened_at`;
const SET_FAVOURITE = `
  INSERT INTO article_use (article_id, favourite, favourited_at)
  SELECT id, @favourite, @at FROM article WHERE id = @id
  ON CONFLICT (article_id) DO UPDATE SET
    favourite = excluded.favourite, favourited_at = excluded.favourited_at`;
const IS_FAVOURITE = `SELECT favourite FROM article_use WHERE article_id = ?`;
const RECENT = `
  SELECT article_id FROM article_use WHERE last_opened_at IS NOT NULL
  ORDER BY last_opened_at DESC, article_id LIMIT ?`;
const MOST_USED = `
  SELECT article_id FROM article_use WHERE open_count > 0
  ORDER BY open_count DESC, last_opened_at DESC, article_id LIMIT ?`;
const FAVOURITES = `SELECT article_id FROM article_use WHERE favourite = 1 LIMIT ?`;

/** Counts an open of the article (ignored for an article the replica does not hold). */
export function recordOpen(replica: Replica, articleId: string, at: string): void {
  replica.statement<[{ id: string; at: string }]>(RECORD_OPEN).run({ id: articleId, at });
}

/** False when the replica does not hold the article. */
export function setFavourite(
  replica: Replica,
  articleId: string,
  favourite: boolean,
  at: string,
): boolean {
  const result = replica
    .statement<[{ id: string; favourite: number; at: string | null }]>(SET_FAVOURITE)
    .run({ id: articleId, favourite: favourite ? 1 : 0, at: favourite ? at : null });
  return result.changes > 0;
}

export function isFavourite(replica: Replica, articleId: string): boolean {
  return replica.statement<[string], number>(IS_FAVOURITE).pluck().get(articleId) === 1;
}

/** Most recently opened first. */
export function recentlyOpened(replica: Replica, limit: number): string[] {
  return replica.statement<[number], string>(RECENT).pluck().all(limit);
}

/** Most opened first; ties by the latest open. */
export function mostOpened(replica: Replica, limit: number): string[] {
  return replica.statement<[number], string>(MOST_USED).pluck().all(limit);
}

export function favouriteIds(replica: Replica, limit: number): string[] {
  return replica.statement<[number], string>(FAVOURITES).pluck().all(limit);
}

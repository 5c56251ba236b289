import type { ArticleType } from '../../shared/article';
import type { ContentLanguage } from '../../shared/languages';
import type { Replica } from '../connection';

export interface LoggedChange {
  articleId: string;
  change: 'added' | 'changed';
  at: string;
}

export interface ArticleHeading {
  id: string;
  lang: ContentLanguage;
  title: string;
  type: ArticleType;
}

const RECENT = `
  SELECT article_id AS articleId, change, at FROM article_change
  ORDER BY at DESC, article_id LIMIT ?`;
const HEADINGS = `
  SELECT v.lang, v.title, a.type FROM article_variant v JOIN article a ON a.id = v.article_id
  WHERE v.article_id = ?`;

/** Articles added or changed by sync, newest first. */
export function recentChanges(replica: Replica, limit: number): LoggedChange[] {
  return replica.statement<[number], LoggedChange>(RECENT).all(limit);
}

/** The article's title in the first of `langs` it has, else in any; null when it is not here. */
export function articleHeading(
  replica: Replica,
  id: string,
  langs: readonly ContentLanguage[],
): ArticleHeading | null {
  const rows = replica
    .statement<[string], { lang: ContentLanguage; title: string; type: ArticleType }>(HEADINGS)
    .all(id);
  const row = langs.map((l) => rows.find((r) => r.lang === l)).find((r) => r) ?? rows[0];
  return row ? { id, ...row } : null;
}

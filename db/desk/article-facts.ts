import type { ContentLanguage } from '../../shared/languages';
import type { Replica } from '../connection';
import { parseStringArray } from '../fts';

/** What the article view shows beside the article itself, from the variant and article rows. */
export interface ArticleFacts {
  revision: number;
  /** `{{customer.name}}` slots of a canned response, in order of first use. */
  placeholders: string[];
  /** Who published the newest revision, when the server said. */
  updatedBy: string | null;
}

const FACTS = `
  SELECT v.revision, v.placeholders, a.updated_by AS updatedBy
  FROM article_variant v JOIN article a ON a.id = v.article_id
  WHERE v.article_id = ? AND v.lang = ?`;

export function articleFacts(
  replica: Replica,
  articleId: string,
  lang: ContentLanguage,
): ArticleFacts | null {
  const row = replica
    .statement<
      [string, string],
      { revision: number; placeholders: string; updatedBy: string | null }
    >(FACTS)
    .get(articleId, lang);
  return row
    ? {
        revision: row.revision,
        placeholders: parseStringArray(row.placeholders),
        updatedBy: row.updatedBy,
      }
    : null;
}

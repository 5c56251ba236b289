import type { ArticleType } from '../../shared/article';
import { CONTENT_LANGUAGES, type ContentLanguage } from '../../shared/languages';
import type { ArticleSummary } from '../../shared/workstation/desk';
import { categoriesOfArticle } from '../categories';
import type { Replica } from '../connection';

const VARIANTS = `
  SELECT v.lang, v.title, v.summary, v.updated_at AS updatedAt, a.type
  FROM article_variant v JOIN article a ON a.id = v.article_id
  WHERE v.article_id = ?`;

interface VariantRow {
  lang: ContentLanguage;
  title: string;
  summary: string;
  updatedAt: string;
  type: ArticleType;
}

/**
 * Articles as list items (browse, home, the popup's empty state), in the order of `ids`, each in
 * the first of `langs` it has, else in the first language it has (as the article view picks).
 * Ids the replica does not hold are left out.
 */
export function articleSummaries(
  replica: Replica,
  ids: readonly string[],
  langs: readonly ContentLanguage[],
): ArticleSummary[] {
  const variants = replica.statement<[string], VariantRow>(VARIANTS);
  return replica.read(() =>
    ids.flatMap((id) => {
      const rows = variants.all(id);
      const row =
        langs.map((l) => rows.find((r) => r.lang === l)).find((r) => r) ??
        CONTENT_LANGUAGES.map((l) => rows.find((r) => r.lang === l)).find((r) => r);
      if (!row) return [];
      return [
        {
          id,
          lang: row.lang,
          type: row.type,
          title: row.title,
          summary: row.summary,
          updatedAt: row.updatedAt,
          categories: categoriesOfArticle(replica, id, [row.lang, ...langs]).map((c) => c.name),
        },
      ];
    }),
  );
}

/** Sorts list items by title as the agent's first language orders them. */
export function byTitle(
  items: ArticleSummary[],
  langs: readonly ContentLanguage[],
): ArticleSummary[] {
  const collator = new Intl.Collator(langs[0] ?? 'en', { numeric: true, sensitivity: 'base' });
  return items.sort((a, b) => collator.compare(a.title, b.title) || (a.id < b.id ? -1 : 1));
}

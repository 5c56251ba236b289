import type { ContentLanguage } from '../../shared/languages';
import type { CategoryListing, CategoryListQuery } from '../../shared/workstation/desk';
import type { Replica } from '../connection';
import { categoryPath } from './breadcrumbs';
import { articleSummaries, byTitle } from './summaries';

/** FAQ entries per category (issue 6 item 5). */
export const FAQ_SIZE = 5;

const DIRECT = `
  SELECT a.id FROM article_category ac JOIN article a ON a.id = ac.article_id
  WHERE ac.category_id = @category AND (@type IS NULL OR a.type = @type)`;
// The FAQ draws on the whole subtree, so a top-level category whose articles all sit in its
// subcategories still has one. Opens on this workstation first, then the server's popularity;
// an article nobody opened and nobody rated is not a frequent question.
const FAQ = `
  WITH RECURSIVE subtree (id, depth) AS (
    SELECT id, 0 FROM category WHERE id = @category
    UNION
    SELECT c.id, s.depth + 1 FROM category c JOIN subtree s ON c.parent_id = s.id WHERE s.depth < 32
  )
  SELECT a.id FROM article a LEFT JOIN article_use u ON u.article_id = a.id
  WHERE a.id IN (SELECT ac.article_id FROM article_category ac JOIN subtree s ON s.id = ac.category_id)
    AND (@type IS NULL OR a.type = @type)
    AND (coalesce(u.open_count, 0) > 0 OR a.popularity > 0)
  ORDER BY coalesce(u.open_count, 0) DESC, a.popularity DESC, a.id
  LIMIT ${FAQ_SIZE}`;

type Params = { category: string; type: string | null };

/** A category's page in Browse: where it is, its own articles by title, and its FAQ. */
export function listCategory(
  replica: Replica,
  query: CategoryListQuery,
  langs: readonly ContentLanguage[],
): CategoryListing | null {
  return replica.read(() => {
    const path = categoryPath(replica, query.categoryId, langs);
    const category = path[path.length - 1];
    if (!category) return null;
    const params = { category: query.categoryId, type: query.type ?? null };
    const direct = replica.statement<[Params], string>(DIRECT).pluck().all(params);
    const faq = replica.statement<[Params], string>(FAQ).pluck().all(params);
    return {
      category,
      path,
      articles: byTitle(articleSummaries(replica, direct, langs), langs),
      faq: articleSummaries(replica, faq, langs),
    };
  });
}

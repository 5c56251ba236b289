import type { CategoryRef } from '../../shared/article';
import type { ContentLanguage } from '../../shared/languages';
import { categoriesOfArticle, parseNames, pickName } from '../categories';
import type { Replica } from '../connection';

/** Deeper than any real tree; stops a parent loop (which the server should never send). */
const MAX_DEPTH = 32;

const PATH = `
  WITH RECURSIVE up (id, parent_id, names, depth) AS (
    SELECT id, parent_id, names, 0 FROM category WHERE id = ?
    UNION ALL
    SELECT c.id, c.parent_id, c.names, up.depth + 1
    FROM category c JOIN up ON c.id = up.parent_id WHERE up.depth < ${MAX_DEPTH}
  )
  SELECT id, names FROM up ORDER BY depth DESC`;

/** Root → `categoryId`, named in the agent's languages; empty when the category is not here. */
export function categoryPath(
  replica: Replica,
  categoryId: string,
  langs: readonly ContentLanguage[],
): CategoryRef[] {
  return replica
    .statement<[string], { id: string; names: string }>(PATH)
    .all(categoryId)
    .map((row) => ({ id: row.id, name: pickName(parseNames(row.names), langs) ?? row.id }));
}

/** One path root → leaf per category the article is in (R12: it may be in several). */
export function articleBreadcrumbs(
  replica: Replica,
  articleId: string,
  langs: readonly ContentLanguage[],
): CategoryRef[][] {
  return replica.read(() =>
    categoriesOfArticle(replica, articleId, langs).map((c) => categoryPath(replica, c.id, langs)),
  );
}

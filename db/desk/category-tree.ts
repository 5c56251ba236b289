import type { ContentLanguage } from '../../shared/languages';
import type { CategoryNode } from '../../shared/workstation/desk';
import { parseNames, pickName } from '../categories';
import type { Replica } from '../connection';

const CATEGORIES = `SELECT id, parent_id AS parentId, names FROM category ORDER BY position, id`;
// Every (category, ancestor-or-self) pair, then distinct articles per ancestor: an article in two
// categories of one subtree counts once there (R12). UNION (not ALL) also ends a parent loop.
const COUNTS = `
  WITH RECURSIVE up (category_id, ancestor) AS (
    SELECT id, id FROM category
    UNION
    SELECT up.category_id, c.parent_id FROM up JOIN category c ON c.id = up.ancestor
    WHERE c.parent_id IS NOT NULL
  )
  SELECT up.ancestor AS id, count(DISTINCT ac.article_id) AS n
  FROM up JOIN article_category ac ON ac.category_id = up.category_id
  GROUP BY up.ancestor`;

interface CategoryRow {
  id: string;
  parentId: string | null;
  names: string;
}

/** The whole category tree, siblings in the authors' order, named in the agent's languages. */
export function categoryTree(replica: Replica, langs: readonly ContentLanguage[]): CategoryNode[] {
  const { rows, counts } = replica.read(() => ({
    rows: replica.statement<[], CategoryRow>(CATEGORIES).all(),
    counts: new Map(
      replica
        .statement<[], { id: string; n: number }>(COUNTS)
        .all()
        .map((r) => [r.id, r.n]),
    ),
  }));
  const nodes = new Map<string, CategoryNode>();
  for (const row of rows) {
    nodes.set(row.id, {
      id: row.id,
      name: pickName(parseNames(row.names), langs) ?? row.id,
      count: counts.get(row.id) ?? 0,
      children: [],
    });
  }
  const roots: CategoryNode[] = [];
  for (const row of rows) {
    const node = nodes.get(row.id) as CategoryNode;
    const parent = row.parentId === null ? undefined : nodes.get(row.parentId);
    // A category whose parent is not here stands at the top. Categories in a parent loop (the
    // server never sends one) are reachable from no root and are left out.
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

import type { ArticleRef } from '../../../../shared/api';
import { treeIdOfSearchId } from '../../../../shared/workstation/trees';
import { articleRoute, formatRoute, treeRoute, type Route } from '../../app/route';

/**
 * Where a search hit or a listed item opens: trees are indexed beside articles under
 * "tree:<id>" (shared/workstation/trees.ts), and run in the Troubleshoot section.
 */
export function routeForRef(ref: ArticleRef): Route {
  const treeId = treeIdOfSearchId(ref.id);
  return treeId === null ? articleRoute(ref) : treeRoute(treeId);
}

export function hrefForRef(ref: ArticleRef): string {
  return formatRoute(routeForRef(ref));
}

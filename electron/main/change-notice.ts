import type { ArticlesChanged, OpenRequest } from '../../shared/workstation/sync-state';
import type { NotificationLabels } from './notification-labels';

/** Titles listed in the body of a notification about several articles. */
const LISTED = 3;

export interface OsNotice {
  title: string;
  body: string;
  open: OpenRequest | null;
}

/**
 * One OS notification per applied batch of changes (issue 5, item 3), never one per article,
 * and none for a first download. Pure, so it is tested without Electron.
 */
export function describeArticleChanges(
  change: ArticlesChanged,
  labels: NotificationLabels,
): OsNotice | null {
  if (change.initial) return null;
  const items = [...change.added, ...change.changed];
  const [first] = items;
  if (!first) return null;
  if (items.length === 1) {
    return {
      title: change.added.length === 1 ? labels.newArticle : labels.changedArticle,
      body: first.title,
      open: { target: 'article', id: first.id },
    };
  }
  const more = items.length > LISTED ? ' …' : '';
  return {
    title: labels.articlesUpdated(items.length),
    body:
      items
        .slice(0, LISTED)
        .map((i) => i.title)
        .join(' · ') + more,
    open: { target: 'whats-new' },
  };
}

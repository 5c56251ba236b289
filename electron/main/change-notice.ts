import type {
  ArticlesChanged,
  NoticesReceived,
  OpenRequest,
} from '../../shared/workstation/sync-state';
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

/**
 * OS notifications for notices that arrived or went live (issue 8 item 2). Urgent ones get one
 * each and are shown even when the agent turned notice notifications off: the lead asked for
 * attention now (R19). The others, as the setting allows, in one notification per batch.
 */
export function describeNotices(
  received: NoticesReceived,
  labels: NotificationLabels,
  noticesEnabled: boolean,
): OsNotice[] {
  const urgent = received.notices.filter((n) => n.priority === 'urgent');
  const others = noticesEnabled ? received.notices.filter((n) => n.priority !== 'urgent') : [];
  const out: OsNotice[] = urgent.map((n) => ({
    title: labels.urgentNotice,
    body: n.title,
    open: { target: 'notice', id: n.id },
  }));
  const [first] = others;
  if (first && others.length === 1) {
    out.push({
      title: first.priority === 'important' ? labels.importantNotice : labels.newNotice,
      body: first.title,
      open: { target: 'notice', id: first.id },
    });
  } else if (others.length > 1) {
    const more = others.length > LISTED ? ' …' : '';
    out.push({
      title: labels.noticesReceived(others.length),
      body:
        others
          .slice(0, LISTED)
          .map((n) => n.title)
          .join(' · ') + more,
      open: { target: 'notices' },
    });
  }
  return out;
}

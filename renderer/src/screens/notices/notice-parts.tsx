import { useTranslation } from 'react-i18next';
import type { NoticeView } from '../../../../shared/workstation/notices';
import { articleRoute, formatRoute, type Route } from '../../app/route';
import { onPlainClick } from '../../components/ArticleList';
import { Icon } from '../../components/Icon';
import { formatDateTime } from '../../lib/format-date';

/** Where one notice of the history opens. */
export function noticeRoute(id: string): Route {
  return { section: 'notices', notice: id };
}

/** How far the agent is with a notice: the one word the list and the notice view show. */
export function readingState(
  notice: NoticeView,
): 'acknowledged' | 'awaitingAck' | 'read' | 'unread' {
  if (notice.requiresAck) return notice.reading.acknowledgedAt ? 'acknowledged' : 'awaitingAck';
  return notice.reading.readAt ? 'read' : 'unread';
}

export function PriorityBadge({ notice }: { notice: NoticeView }) {
  const { t } = useTranslation();
  return (
    <span className={`badge notice-priority-${notice.priority}`} data-testid="notice-priority">
      {t(`notices.priority.${notice.priority}`)}
    </span>
  );
}

/** Priority, status (when not simply active) and the agent's reading, as badges. */
export function NoticeBadges({ notice }: { notice: NoticeView }) {
  const { t } = useTranslation();
  const reading = readingState(notice);
  return (
    <span className="notice-badges">
      <PriorityBadge notice={notice} />
      {notice.status !== 'active' && (
        <span
          className={`badge notice-status-${notice.status}`}
          data-testid="notice-status"
          data-status={notice.status}
        >
          {t(`notices.status.${notice.status}`)}
        </span>
      )}
      <span
        className={`badge notice-reading-${reading}`}
        data-testid="notice-reading"
        data-reading={reading}
      >
        {t(`notices.reading.${reading}`)}
      </span>
    </span>
  );
}

/** When it was published and when it expires (or expired). */
export function NoticeDates({ notice }: { notice: NoticeView }) {
  const { t, i18n } = useTranslation();
  const date = (iso: string) => formatDateTime(iso, i18n.language);
  return (
    <p className="notice-dates muted">
      <Icon name="clock" size={14} />
      <span>{t('notices.published', { date: date(notice.publishAt) })}</span>
      {notice.expiresAt && (
        <span>
          {notice.status === 'expired'
            ? t('notices.expiredOn', { date: date(notice.expiresAt) })
            : t('notices.expires', { date: date(notice.expiresAt) })}
        </span>
      )}
    </p>
  );
}

/** The articles the lead linked, opening in the Search section's article view. */
export function LinkedArticles(props: {
  notice: NoticeView;
  navigate: (route: Route) => void;
  headingId: string;
}) {
  const { t } = useTranslation();
  const { notice } = props;
  if (notice.linkedArticles.length === 0) return null;
  return (
    <section className="notice-links" aria-labelledby={props.headingId}>
      <h3 id={props.headingId}>{t('notices.linkedArticles')}</h3>
      <ul data-testid="notice-linked-articles">
        {notice.linkedArticles.map((a) => {
          const route = articleRoute({ id: a.id });
          return (
            <li key={a.id}>
              <Icon name="link" size={14} />
              <a
                href={formatRoute(route)}
                data-article-id={a.id}
                onClick={onPlainClick(() => props.navigate(route))}
              >
                {a.title}
              </a>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatRoute, type Route } from '../../app/route';
import { onPlainClick } from '../../components/ArticleList';
import { Icon } from '../../components/Icon';
import { usePendingNoticesStore, useStores } from '../../stores/stores-context';
import { NoticeDates, noticeRoute, readingState } from '../notices/notice-parts';

/** Important notices pinned at the top of Home until the agent opens them (issue 8). */
export function PinnedNotices({ navigate }: { navigate: (route: Route) => void }) {
  const { t } = useTranslation();
  const { pendingNotices: store } = useStores();
  const pinned = usePendingNoticesStore((s) => s.pinned);
  const id = useId();

  // The shell follows the events; this only makes sure Home is current when it opens.
  useEffect(() => {
    void store.getState().load();
  }, [store]);

  if (pinned.length === 0) return null;
  return (
    <section className="card pinned-notices" aria-labelledby={id} data-testid="pinned-notices">
      <h2 id={id}>
        <Icon name="notices" size={18} />
        {t('home.pinnedNotices')}
      </h2>
      <ul>
        {pinned.map((notice) => {
          const route = noticeRoute(notice.id);
          return (
            <li key={notice.id} data-testid="pinned-notice" data-notice-id={notice.id}>
              <a
                className="pinned-notice-title"
                href={formatRoute(route)}
                lang={notice.lang}
                onClick={onPlainClick(() => navigate(route))}
              >
                {notice.title}
              </a>
              {readingState(notice) === 'awaitingAck' && (
                <span className="badge notice-reading-awaitingAck">
                  {t('notices.reading.awaitingAck')}
                </span>
              )}
              <NoticeDates notice={notice} />
            </li>
          );
        })}
      </ul>
      <p className="muted pinned-notices-hint">{t('home.pinnedHint')}</p>
    </section>
  );
}

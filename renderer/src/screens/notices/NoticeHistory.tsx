import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoticeView } from '../../../../shared/workstation/notices';
import { formatRoute, type Route } from '../../app/route';
import { onPlainClick } from '../../components/ArticleList';
import { EmptyState } from '../../components/EmptyState';
import { Icon } from '../../components/Icon';
import { ScreenTitle } from '../../components/ScreenTitle';
import { useNoticeHistoryStore, useSessionStore, useStores } from '../../stores/stores-context';
import { NoticeBadges, NoticeDates, noticeRoute } from './notice-parts';

/** Leads (and authors and admins, who may send notices too) get compose and follow-up. */
export function useCanLeadNotices(): boolean {
  return useSessionStore(
    (s) =>
      s.session?.status === 'signed-in' &&
      s.session.capabilities.some((c) => c === 'lead' || c === 'author' || c === 'admin'),
  );
}

function NoticeListItem(props: { notice: NoticeView; navigate: (route: Route) => void }) {
  const { notice } = props;
  const route = noticeRoute(notice.id);
  return (
    <li
      className={`notice-list-item notice-${notice.priority} status-${notice.status}`}
      data-testid="notice-list-item"
      data-notice-id={notice.id}
      data-status={notice.status}
      onClick={(e) => {
        if (e.target instanceof Element && e.target.closest('a')) return;
        props.navigate(route);
      }}
    >
      <div className="notice-list-head">
        <a
          className="notice-list-title"
          href={formatRoute(route)}
          lang={notice.lang}
          onClick={onPlainClick(() => props.navigate(route))}
        >
          {notice.title}
        </a>
        <NoticeBadges notice={notice} />
      </div>
      <NoticeDates notice={notice} />
    </li>
  );
}

/** The Notices section's start: every notice meant for the agent, newest first, searchable. */
export function NoticeHistory({ navigate }: { navigate: (route: Route) => void }) {
  const { t } = useTranslation();
  const { noticeHistory: store } = useStores();
  const status = useNoticeHistoryStore((s) => s.status);
  const items = useNoticeHistoryStore((s) => s.items);
  const error = useNoticeHistoryStore((s) => s.error);
  const text = useNoticeHistoryStore((s) => s.text);
  const shownText = useNoticeHistoryStore((s) => s.shownText);
  const canLead = useCanLeadNotices();
  const searchId = useId();

  useEffect(() => {
    void store.getState().load();
    return store.getState().follow();
  }, [store]);

  const searching = shownText !== '';
  let body;
  if (status === 'failed' && items.length === 0) {
    body = (
      <div className="notice-box error" role="alert">
        <p>
          <strong>{t('notices.loadFailed', { message: error ?? '' })}</strong>
        </p>
        <button type="button" className="button" onClick={() => void store.getState().load()}>
          {t('notices.retry')}
        </button>
      </div>
    );
  } else if (status !== 'ready' && items.length === 0) {
    body = (
      <p className="muted" role="status">
        {t('notices.loading')}
      </p>
    );
  } else if (items.length === 0 && !searching) {
    body = (
      <EmptyState icon="notices" title={t('notices.emptyTitle')}>
        {t('notices.emptyBody')}
      </EmptyState>
    );
  } else if (items.length === 0) {
    body = (
      <p className="notice-box" data-testid="notice-no-match">
        {t('notices.noMatch', { text: shownText })}
      </p>
    );
  } else {
    body = (
      <ul className="notice-list" data-testid="notice-list" aria-label={t('notices.listLabel')}>
        {items.map((notice) => (
          <NoticeListItem key={notice.id} notice={notice} navigate={navigate} />
        ))}
      </ul>
    );
  }

  return (
    <div className="screen notices-screen">
      <div className="notices-head">
        <ScreenTitle>{t('notices.title')}</ScreenTitle>
        {canLead && (
          <div className="notices-lead-actions">
            <button
              type="button"
              className="button primary"
              data-testid="notices-new"
              onClick={() => navigate({ section: 'notices', compose: 'new' })}
            >
              <Icon name="notices" size={16} />
              {t('notices.newNotice')}
            </button>
            <button
              type="button"
              className="button"
              data-testid="notices-follow-up"
              onClick={() => navigate({ section: 'notices', followUp: '*' })}
            >
              {t('notices.followUp')}
            </button>
          </div>
        )}
      </div>
      <p className="lead muted">{t('notices.intro')}</p>
      <div className="search-box notices-search">
        <Icon name="search" />
        <label htmlFor={searchId} className="visually-hidden">
          {t('notices.searchLabel')}
        </label>
        <input
          id={searchId}
          type="search"
          data-testid="notice-search"
          placeholder={t('notices.searchPlaceholder')}
          autoComplete="off"
          value={text}
          onChange={(e) => store.getState().setText(e.target.value)}
        />
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {searching ? t('search.resultCount', { count: items.length }) : ''}
      </p>
      {body}
    </div>
  );
}

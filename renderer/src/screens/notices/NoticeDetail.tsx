import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatRoute, type Route } from '../../app/route';
import { onPlainClick } from '../../components/ArticleList';
import { Icon } from '../../components/Icon';
import { ScreenTitle } from '../../components/ScreenTitle';
import { formatDateTime } from '../../lib/format-date';
import { useNoticeStore, useStores } from '../../stores/stores-context';
import { ArticleBody } from '../search/ArticleBody';
import { LinkedArticles, NoticeBadges, NoticeDates } from './notice-parts';

const HISTORY_ROUTE: Route = { section: 'notices' };

/** One notice: its text, linked articles and, if asked for, "Read and understood". Opening it marks it read. */
export function NoticeDetail({ id, navigate }: { id: string; navigate: (route: Route) => void }) {
  const { t, i18n } = useTranslation();
  const { notice: store } = useStores();
  const status = useNoticeStore((s) => s.status);
  const notice = useNoticeStore((s) => (s.id === id ? s.notice : null));
  const error = useNoticeStore((s) => s.error);
  const acknowledging = useNoticeStore((s) => s.acknowledging);
  const acknowledgeError = useNoticeStore((s) => s.acknowledgeError);
  const linksId = useId();

  useEffect(() => {
    void store.getState().open(id);
    return store.getState().follow();
  }, [store, id]);

  const back = (
    <a
      className="button ghost notice-back"
      href={formatRoute(HISTORY_ROUTE)}
      data-testid="notice-back"
      onClick={onPlainClick(() => navigate(HISTORY_ROUTE))}
    >
      <Icon name="back" size={16} />
      {t('notices.back')}
    </a>
  );

  if (!notice) {
    let text = t('notices.loading');
    if (status === 'missing') text = t('notices.notFound');
    else if (status === 'failed') text = t('notices.loadFailed', { message: error ?? '' });
    return (
      <div className="screen notices-screen">
        {back}
        <ScreenTitle>{t('notices.title')}</ScreenTitle>
        <p
          className={status === 'failed' ? 'notice-box error' : 'notice-box'}
          role={status === 'loading' ? 'status' : 'alert'}
          data-testid="notice-missing"
        >
          {text}
        </p>
      </div>
    );
  }

  const mustAcknowledge = notice.requiresAck && !notice.reading.acknowledgedAt;
  return (
    <div className="screen notices-screen">
      {back}
      <article
        className={`notice-view notice-${notice.priority}`}
        data-testid="notice-view"
        data-notice-id={notice.id}
        lang={notice.lang}
      >
        <ScreenTitle>{notice.title}</ScreenTitle>
        <NoticeBadges notice={notice} />
        <NoticeDates notice={notice} />
        {notice.remindedAt && (
          <p className="notice-box notice-reminded">
            {t('notices.reminded', { date: formatDateTime(notice.remindedAt, i18n.language) })}
          </p>
        )}
        <ArticleBody html={notice.bodyHtml} label={t('notices.bodyLabel')} />
        <LinkedArticles notice={notice} navigate={navigate} headingId={linksId} />
      </article>
      {notice.requiresAck && (
        <div className="notice-ack" data-testid="notice-ack">
          {mustAcknowledge ? (
            <button
              type="button"
              className="button primary"
              data-testid="notice-acknowledge"
              disabled={acknowledging}
              onClick={() => void store.getState().acknowledge()}
            >
              {acknowledging ? t('notices.acknowledging') : t('notices.acknowledge')}
            </button>
          ) : (
            <p className="notice-acknowledged" data-testid="notice-acknowledged">
              <Icon name="info" size={16} />
              {t('notices.acknowledgedOn', {
                date: formatDateTime(notice.reading.acknowledgedAt ?? '', i18n.language),
              })}
            </p>
          )}
          {acknowledgeError && (
            <p className="notice-box error" role="alert">
              {t('notices.acknowledgeFailed', { message: acknowledgeError })}
            </p>
          )}
        </div>
      )}
    </div>
  );
}

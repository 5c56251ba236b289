import { useEffect, useId, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ArticleBody } from '../screens/search/ArticleBody';
import { LinkedArticles, NoticeDates } from '../screens/notices/notice-parts';
import { usePendingNoticesStore, useQuickSearchStore, useStores } from '../stores/stores-context';
import { Icon } from '../components/Icon';
import type { Route } from './route';

/** The performance mark set each time an urgent notice is shown (the e2e delay measurement reads it). */
export const URGENT_NOTICE_SHOWN_MARK = 'cuecard:urgent-notice-shown';

/**
 * Urgent notices awaiting "read and understood", one at a time, oldest first (R19). A modal
 * dialog in the top layer: the rest of the app is inert, and neither Esc nor a click outside
 * closes it — only the acknowledgement does. It stays above the quick-search overlay, which is
 * a modal dialog too. `data-shown-at` holds the epoch milliseconds it appeared.
 */
export function UrgentNoticeModal({ navigate }: { navigate: (route: Route) => void }) {
  const { t } = useTranslation();
  const { pendingNotices: store } = useStores();
  const queue = usePendingNoticesStore((s) => s.mustAcknowledge);
  const acknowledging = usePendingNoticesStore((s) => s.acknowledging);
  const error = usePendingNoticesStore((s) => s.acknowledgeError);
  const quickSearchOpen = useQuickSearchStore((s) => s.open);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  /** While true, any way the dialog got closed (Chromium closes on a second Esc) reopens it. */
  const mustShow = useRef(false);
  const titleId = useId();
  const bodyId = useId();
  const linksId = useId();
  const notice = queue[0] ?? null;
  const noticeId = notice?.id ?? null;

  useEffect(() => {
    void store.getState().load();
    return store.getState().follow();
  }, [store]);

  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    mustShow.current = noticeId !== null;
    if (noticeId === null) {
      if (dialog.open) dialog.close();
      return;
    }
    if (!dialog.open) dialog.showModal();
    titleRef.current?.focus();
    const at = Date.now();
    dialog.dataset.shownAt = String(at);
    performance.mark(URGENT_NOTICE_SHOWN_MARK, { detail: { id: noticeId, at } });
  }, [noticeId]);

  // The quick search opened after it: showing it again puts it back on top of the top layer.
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!quickSearchOpen || !dialog?.open) return;
    dialog.close();
    dialog.showModal();
    titleRef.current?.focus();
  }, [quickSearchOpen]);

  return (
    <dialog
      ref={dialogRef}
      className="urgent-notice"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      data-testid="urgent-notice"
      data-notice-id={noticeId ?? undefined}
      onCancel={(e) => e.preventDefault()}
      onKeyDown={(e) => {
        if (e.key === 'Escape') e.preventDefault();
      }}
      onClose={() => {
        const dialog = dialogRef.current;
        if (mustShow.current && dialog && !dialog.open) {
          dialog.showModal();
          titleRef.current?.focus();
        }
      }}
    >
      {notice && (
        <div className="urgent-notice-content" lang={notice.lang}>
          <p className="urgent-notice-kicker">
            <Icon name="warning" size={18} />
            <span>{t('notices.modalKicker')}</span>
            {queue.length > 1 && (
              <span className="urgent-notice-count" data-testid="urgent-notice-count">
                {t('notices.modalCount', { index: 1, total: queue.length })}
              </span>
            )}
          </p>
          <h2 id={titleId} ref={titleRef} tabIndex={-1} className="urgent-notice-title">
            {notice.title}
          </h2>
          <NoticeDates notice={notice} />
          <div id={bodyId} className="urgent-notice-body">
            <ArticleBody html={notice.bodyHtml} label={t('notices.bodyLabel')} />
            <LinkedArticles notice={notice} navigate={navigate} headingId={linksId} />
          </div>
          <div className="urgent-notice-actions">
            {error && (
              <p className="notice-box error" role="alert">
                {t('notices.acknowledgeFailed', { message: error })}
              </p>
            )}
            <p className="muted urgent-notice-hint">{t('notices.modalHint')}</p>
            <button
              type="button"
              className="button primary"
              data-testid="urgent-notice-acknowledge"
              disabled={acknowledging === notice.id}
              onClick={() => void store.getState().acknowledge(notice.id)}
            >
              {acknowledging === notice.id ? t('notices.acknowledging') : t('notices.acknowledge')}
            </button>
          </div>
        </div>
      )}
    </dialog>
  );
}

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SentNoticeSummary } from '../../../../shared/workstation/notices';
import { Icon } from '../../components/Icon';
import { formatDateTime } from '../../lib/format-date';
import { sentStatus } from './follow-up';

/** A sent notice's priority, status and acknowledgement badges and its dates (list and follow-up). */
export function SentNoticeFacts({
  notice,
  children,
}: {
  notice: SentNoticeSummary;
  /** More facts on the dates line (the audience size in the list). */
  children?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const status = sentStatus(notice, new Date());
  const date = (iso: string) => formatDateTime(iso, i18n.language);
  return (
    <>
      <span className="notice-badges">
        <span className={`badge notice-priority-${notice.priority}`}>
          {t(`notices.priority.${notice.priority}`)}
        </span>
        {status !== 'active' && (
          <span className={`badge notice-status-${status}`}>{t(`notices.status.${status}`)}</span>
        )}
        {notice.requiresAck && <span className="badge">{t('noticeLead.ackBadge')}</span>}
      </span>
      <p className="notice-dates muted">
        <Icon name="clock" size={14} />
        <span>{t('notices.published', { date: date(notice.publishAt) })}</span>
        {notice.expiresAt && (
          <span>
            {status === 'expired'
              ? t('notices.expiredOn', { date: date(notice.expiresAt) })
              : t('notices.expires', { date: date(notice.expiresAt) })}
          </span>
        )}
        {children}
      </p>
    </>
  );
}

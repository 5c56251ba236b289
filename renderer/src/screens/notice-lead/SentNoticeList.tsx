import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { pickText } from '../../../../shared/localized-text';
import type { SentNoticeSummary } from '../../../../shared/workstation/notices';
import { formatRoute, type Route } from '../../app/route';
import { onPlainClick } from '../../components/ArticleList';
import { Icon } from '../../components/Icon';
import { ScreenTitle } from '../../components/ScreenTitle';
import { useNoticeLeadStore, useStores } from '../../stores/stores-context';
import { sentStatus } from './follow-up';
import { LeadProblemNotice } from './LeadProblemNotice';
import { useLeadLanguages } from './lead-languages';
import { ProgressBar } from './ProgressBar';
import { SentNoticeFacts } from './SentNoticeFacts';

const HISTORY: Route = { section: 'notices' };

/** Notices the lead may follow up, newest first, with read and acknowledged counts. */
export function SentNoticeList({ navigate }: { navigate: (route: Route) => void }) {
  const { t } = useTranslation();
  const { noticeLead } = useStores();
  const sent = useNoticeLeadStore((s) => s.sent);

  useEffect(() => {
    void noticeLead.getState().loadSent();
  }, [noticeLead]);

  return (
    <div className="screen notice-lead sent-notices" data-testid="notice-sent-list">
      <a
        className="button ghost notice-back"
        href={formatRoute(HISTORY)}
        onClick={onPlainClick(() => navigate(HISTORY))}
      >
        <Icon name="back" size={16} />
        {t('notices.back')}
      </a>
      <div className="notices-head">
        <ScreenTitle>{t('noticeLead.followUpTitle')}</ScreenTitle>
        <button
          type="button"
          className="button primary"
          data-testid="notice-lead-new"
          onClick={() => navigate({ section: 'notices', compose: 'new' })}
        >
          {t('notices.newNotice')}
        </button>
      </div>
      <p className="muted lead">{t('noticeLead.sentIntro')}</p>
      {sent.status === 'failed' && (
        <LeadProblemNotice
          problem={sent.problem}
          message={sent.message}
          context="load"
          navigate={navigate}
          onRetry={() => void noticeLead.getState().loadSent()}
        />
      )}
      {(sent.status === 'idle' || sent.status === 'loading') && (
        <p className="muted">{t('noticeLead.loading')}</p>
      )}
      {sent.status === 'ready' && sent.notices.length === 0 && (
        <p className="muted">{t('noticeLead.sentEmpty')}</p>
      )}
      {sent.status === 'ready' && sent.notices.length > 0 && (
        <ul className="notice-list" aria-label={t('noticeLead.sentListLabel')}>
          {sent.notices.map((n) => (
            <SentNoticeItem key={n.id} notice={n} navigate={navigate} />
          ))}
        </ul>
      )}
    </div>
  );
}

function SentNoticeItem(props: { notice: SentNoticeSummary; navigate: (route: Route) => void }) {
  const { t } = useTranslation();
  const langs = useLeadLanguages();
  const { notice } = props;
  const route: Route = { section: 'notices', followUp: notice.id };
  const status = sentStatus(notice, new Date());
  return (
    <li
      className={`notice-list-item sent-notice notice-${notice.priority} status-${status}`}
      data-testid="notice-sent-item"
      data-notice-id={notice.id}
    >
      <a
        className="sent-notice-title"
        href={formatRoute(route)}
        onClick={onPlainClick(() => props.navigate(route))}
      >
        {pickText(notice.title, langs) || notice.id}
      </a>
      <SentNoticeFacts notice={notice}>
        <span>{t('noticeLead.audienceSize', { count: notice.audienceSize })}</span>
      </SentNoticeFacts>
      <ProgressBar {...notice} />
    </li>
  );
}

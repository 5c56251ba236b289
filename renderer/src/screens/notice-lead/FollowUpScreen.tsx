import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { pickText } from '../../../../shared/localized-text';
import type { NoticeFollowUp } from '../../../../shared/workstation/notices';
import { formatRoute, type Route } from '../../app/route';
import { onPlainClick } from '../../components/ArticleList';
import { Icon } from '../../components/Icon';
import { ScreenTitle } from '../../components/ScreenTitle';
import { formatDateTime } from '../../lib/format-date';
import { useNoticeLeadStore, useStores } from '../../stores/stores-context';
import { LeadProblemNotice } from './LeadProblemNotice';
import { useLeadLanguages } from './lead-languages';
import { ProgressBar } from './ProgressBar';
import { RecipientTable } from './RecipientTable';
import { ReminderPanel } from './ReminderPanel';
import { SentNoticeFacts } from './SentNoticeFacts';
import { TeamOverview } from './TeamOverview';

/** Reads and acknowledgements arrive as agents open the notice: poll while the lead watches. */
export const FOLLOW_UP_REFRESH_MS = 5_000;

const SENT_ROUTE: Route = { section: 'notices', followUp: '*' };

/** One notice's follow-up: who has read, acknowledged, or not yet; per team; reminders. */
export function FollowUpScreen({ id, navigate }: { id: string; navigate: (route: Route) => void }) {
  const { t } = useTranslation();
  const { noticeLead } = useStores();
  const state = useNoticeLeadStore((s) => s.followUp);

  useEffect(() => {
    const store = noticeLead.getState();
    void store.loadFollowUp(id);
    void store.loadOrg();
    const timer = setInterval(() => {
      // A hidden window does not need fresh numbers; the next visible tick catches up.
      if (document.visibilityState !== 'hidden')
        void noticeLead.getState().loadFollowUp(id, { silent: true });
    }, FOLLOW_UP_REFRESH_MS);
    return () => clearInterval(timer);
  }, [noticeLead, id]);

  const back = (
    <a
      className="button ghost notice-back"
      href={formatRoute(SENT_ROUTE)}
      onClick={onPlainClick(() => navigate(SENT_ROUTE))}
    >
      <Icon name="back" size={16} />
      {t('noticeLead.allSent')}
    </a>
  );

  if (state.status === 'ready' && state.id === id) {
    return (
      <div className="screen notice-lead follow-up" data-testid="notice-follow-up">
        {back}
        <FollowUpView
          followUp={state.followUp}
          refreshedAt={state.refreshedAt}
          refreshFailure={state.refreshFailure}
          navigate={navigate}
          onRefresh={() => void noticeLead.getState().loadFollowUp(id, { silent: true })}
        />
      </div>
    );
  }
  return (
    <div className="screen notice-lead follow-up" data-testid="notice-follow-up-loading">
      {back}
      <ScreenTitle>{t('noticeLead.followUpTitle')}</ScreenTitle>
      {state.status === 'failed' ? (
        <LeadProblemNotice
          problem={state.problem}
          message={state.message}
          context="load"
          navigate={navigate}
          onRetry={() => void noticeLead.getState().loadFollowUp(id)}
        />
      ) : (
        <p className="muted">{t('noticeLead.loading')}</p>
      )}
    </div>
  );
}

function FollowUpView(props: {
  followUp: NoticeFollowUp;
  refreshedAt: string;
  refreshFailure: { problem: string; message: string } | null;
  navigate: (route: Route) => void;
  onRefresh: () => void;
}) {
  const { t, i18n } = useTranslation();
  const langs = useLeadLanguages();
  const org = useNoticeLeadStore((s) => s.org);
  const { followUp, navigate } = props;
  const { notice } = followUp;
  const date = (iso: string) => formatDateTime(iso, i18n.language);

  const unitName = (kind: 'businessLines' | 'positions', unitId: string): string => {
    const units = org.status === 'ready' ? org.org[kind] : [];
    const unit = units.find((u) => u.id === unitId);
    return unit ? pickText(unit.names, langs) || unitId : unitId;
  };
  const { businessLines, positions } = notice.audience;
  const audience =
    businessLines.length === 0 && positions.length === 0
      ? t('noticeLead.audience.everyone')
      : [
          ...businessLines.map((b) => unitName('businessLines', b)),
          ...positions.map((p) => unitName('positions', p)),
        ].join(', ');

  return (
    <>
      <div className="notices-head">
        <ScreenTitle>{pickText(notice.title, langs) || notice.id}</ScreenTitle>
        <div className="notices-lead-actions">
          <button
            type="button"
            className="button"
            data-testid="notice-follow-up-refresh"
            onClick={props.onRefresh}
          >
            <Icon name="sync" size={16} />
            {t('noticeLead.refresh')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => navigate({ section: 'notices', compose: notice.id })}
          >
            {t('noticeLead.change')}
          </button>
        </div>
      </div>
      <SentNoticeFacts notice={notice} />
      <p className="follow-up-audience" data-testid="notice-follow-up-audience">
        <strong>{t('noticeLead.audience.label')}:</strong> {audience} ·{' '}
        {t('noticeLead.audienceSize', { count: notice.audienceSize })}
      </p>
      <div className="follow-up-summary card">
        <ProgressBar {...notice} />
        <p className="muted follow-up-refreshed" role="status">
          {props.refreshFailure
            ? t('noticeLead.refreshFailed', { date: date(props.refreshedAt) })
            : t('noticeLead.refreshedAt', { date: date(props.refreshedAt) })}
          {followUp.remindedAt &&
            ` · ${t('noticeLead.lastReminder', { date: date(followUp.remindedAt) })}`}
        </p>
      </div>
      <ReminderPanel followUp={followUp} navigate={navigate} />
      <TeamOverview followUp={followUp} />
      <RecipientTable followUp={followUp} />
    </>
  );
}

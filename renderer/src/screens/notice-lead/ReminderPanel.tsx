import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoticeFollowUp } from '../../../../shared/workstation/notices';
import type { Route } from '../../app/route';
import { useNoticeLeadStore, useStores } from '../../stores/stores-context';
import { awaitingRecipients } from './follow-up';
import { LeadProblemNotice } from './LeadProblemNotice';

/** "Send reminder" to those still missing, after saying how many that is. */
export function ReminderPanel(props: {
  followUp: NoticeFollowUp;
  navigate: (route: Route) => void;
}) {
  const { t } = useTranslation();
  const { noticeLead } = useStores();
  const remind = useNoticeLeadStore((s) => s.remind);
  const [confirming, setConfirming] = useState(false);
  const missing = awaitingRecipients(props.followUp).length;
  const what = props.followUp.notice.requiresAck ? 'ack' : 'read';

  return (
    <section className="reminder" data-testid="notice-reminder">
      {!confirming && (
        <button
          type="button"
          className="button"
          disabled={missing === 0 || remind.status === 'busy'}
          data-testid="notice-remind"
          onClick={() => {
            noticeLead.getState().resetRemind();
            setConfirming(true);
          }}
        >
          {t('noticeLead.remind.button')}
        </button>
      )}
      {missing === 0 && !confirming && (
        <span className="muted"> {t(`noticeLead.remind.nobody-${what}`)}</span>
      )}
      {confirming && (
        <div className="notice-box reminder-confirm" role="alertdialog" aria-live="polite">
          <p data-testid="notice-remind-question" data-count={missing}>
            {t(`noticeLead.remind.confirm-${what}`, { count: missing })}
          </p>
          <div className="lead-problem-actions">
            <button
              type="button"
              className="button primary"
              data-testid="notice-remind-confirm"
              onClick={() => {
                setConfirming(false);
                void noticeLead.getState().remindMissing();
              }}
            >
              {t('noticeLead.remind.send', { count: missing })}
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              {t('noticeLead.remind.cancel')}
            </button>
          </div>
        </div>
      )}
      {remind.status === 'busy' && <p className="muted">{t('noticeLead.remind.sending')}</p>}
      {remind.status === 'done' && (
        <p
          className="notice-box"
          role="status"
          data-testid="notice-remind-result"
          data-count={remind.reminded}
        >
          {t('noticeLead.remind.done', { count: remind.reminded })}
        </p>
      )}
      {remind.status === 'failed' && (
        <LeadProblemNotice
          problem={remind.problem}
          message={remind.message}
          context="remind"
          title={t('noticeLead.remind.failed')}
          navigate={props.navigate}
          onRetry={() => void noticeLead.getState().remindMissing()}
        />
      )}
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import type { Route } from '../../app/route';
import type { LeadProblem } from '../../stores/notice-lead-store';

/**
 * What the failed call was: sending (the draft is kept), loading, reminding, or the screen's gate.
 * Guidance differs: "forbidden" on send names the business lines a lead may address.
 */
export type ProblemContext = 'send' | 'load' | 'remind' | 'gate';

/** Why a leads' call failed, in words, with the one action that helps. */
export function LeadProblemNotice(props: {
  problem: LeadProblem;
  message: string;
  context: ProblemContext;
  navigate: (route: Route) => void;
  onRetry?: () => void;
  title?: string;
}) {
  const { t } = useTranslation();
  const { problem, context } = props;
  const text =
    problem === 'call-failed'
      ? t('noticeLead.problem.call-failed', { message: props.message })
      : problem === 'forbidden'
        ? t(`noticeLead.problem.forbidden.${context}`)
        : problem === 'offline' && context === 'send'
          ? t('noticeLead.problem.offlineSend')
          : t(`noticeLead.problem.${problem}`);
  // The server's own words help with "invalid" (which field it refused).
  const detail = problem === 'invalid' && props.message ? props.message : null;
  return (
    <div className="notice-box error lead-problem" role="alert" data-testid="notice-lead-problem">
      <p data-problem={problem}>
        {props.title && <strong>{props.title} </strong>}
        {text}
      </p>
      {detail && <p className="muted">{detail}</p>}
      <div className="lead-problem-actions">
        {problem === 'signed-out' && (
          <button
            type="button"
            className="button primary"
            onClick={() => props.navigate({ section: 'settings' })}
          >
            {t('noticeLead.openSettings')}
          </button>
        )}
        {problem === 'not-found' && (
          <button
            type="button"
            className="button"
            onClick={() => props.navigate({ section: 'notices', followUp: '*' })}
          >
            {t('noticeLead.allSent')}
          </button>
        )}
        {(problem === 'offline' || problem === 'call-failed') && props.onRetry && (
          <button
            type="button"
            className="button"
            onClick={props.onRetry}
            data-testid="notice-lead-retry"
          >
            {t('noticeLead.retry')}
          </button>
        )}
      </div>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import type { DiffMode } from './DiffView';
import type { HistoryProblem } from './history-store';

/** Side by side or inline (R14): the reviewer's choice, one click. */
export function DiffModeToggle(props: { mode: DiffMode; onChange: (mode: DiffMode) => void }) {
  const { t } = useTranslation();
  return (
    <div className="segmented" role="group" aria-label={t('knowledge.history.modeLabel')}>
      {(['side', 'inline'] as const).map((mode) => (
        <button
          key={mode}
          type="button"
          className="button"
          aria-pressed={props.mode === mode}
          data-testid={`diff-mode-${mode}`}
          onClick={() => props.onChange(mode)}
        >
          {t(`knowledge.history.mode.${mode}`)}
        </button>
      ))}
    </div>
  );
}

/** A failed call in the user's language, with the server's words as detail. */
export function ProblemText(props: {
  problem: HistoryProblem;
  message: string;
  onRetry?: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div
      className="notice-box error"
      role="alert"
      data-testid="history-problem"
      data-problem={props.problem}
    >
      <p>{t(`knowledge.workflow.problem.${props.problem}`)}</p>
      {props.message && (
        <p className="muted">{t('knowledge.workflow.problemDetail', { message: props.message })}</p>
      )}
      {props.onRetry && (
        <button type="button" className="button" onClick={props.onRetry}>
          {t('knowledge.history.retry')}
        </button>
      )}
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import type { Route } from '../../../app/route';
import type { ArticleProblem as Problem } from './article-store';

/** Why an authoring call failed, in the author's language, with the server's words as detail. */
export function ArticleProblem(props: {
  problem: Problem;
  message: string;
  navigate: (route: Route) => void;
  /** What did not happen ("Not saved."), before why. */
  title?: string;
  onRetry?: () => void;
}) {
  const { t } = useTranslation();
  const { problem, message } = props;
  return (
    <div className="notice-box article-problem" role="alert" data-testid="article-problem">
      <p data-problem={problem}>
        {props.title && <strong>{props.title} </strong>}
        {t(`knowledge.editor.problem.${problem}`)}
      </p>
      {message && problem !== 'call-failed' && (
        <p className="muted article-problem-detail">
          {t('knowledge.editor.problem.detail', { message })}
        </p>
      )}
      {problem === 'call-failed' && <p className="muted article-problem-detail">{message}</p>}
      {problem === 'signed-out' && (
        <button
          type="button"
          className="button primary"
          onClick={() => props.navigate({ section: 'settings' })}
        >
          {t('knowledge.editor.openSettings')}
        </button>
      )}
      {(problem === 'offline' || problem === 'call-failed') && props.onRetry && (
        <button type="button" className="button" onClick={props.onRetry}>
          {t('knowledge.editor.retry')}
        </button>
      )}
    </div>
  );
}

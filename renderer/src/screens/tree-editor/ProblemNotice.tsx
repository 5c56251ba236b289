import { useTranslation } from 'react-i18next';
import type { Route } from '../../app/route';
import type { EditorProblem } from '../../stores/tree-editor-store';
import { editorProblemText } from './problem-text';

/** Why an authoring call failed, with the one action that helps. */
export function ProblemNotice(props: {
  problem: EditorProblem;
  message: string;
  navigate: (route: Route) => void;
  onRetry?: () => void;
  /** What did not happen ("Not saved."), before why. */
  title?: string;
}) {
  const { t } = useTranslation();
  const { problem } = props;
  return (
    <div className="notice-box tree-editor-problem" role="alert" data-testid="tree-editor-problem">
      <p data-problem={problem}>
        {props.title && <strong>{props.title} </strong>}
        {editorProblemText(problem, props.message, t)}
      </p>
      {problem === 'signed-out' && (
        <button
          type="button"
          className="button primary"
          onClick={() => props.navigate({ section: 'settings' })}
        >
          {t('treeEditor.openSettings')}
        </button>
      )}
      {problem === 'not-found' && (
        <button
          type="button"
          className="button"
          onClick={() => props.navigate({ section: 'troubleshoot', edit: '*' })}
        >
          {t('treeEditor.allTrees')}
        </button>
      )}
      {(problem === 'offline' || problem === 'call-failed') && props.onRetry && (
        <button type="button" className="button" onClick={props.onRetry}>
          {t('treeEditor.retry')}
        </button>
      )}
    </div>
  );
}

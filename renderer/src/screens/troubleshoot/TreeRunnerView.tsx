import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContentLanguage } from '../../../../shared/languages';
import { isTerminal, type Tree } from '../../../../shared/trees/model';
import {
  answer,
  back,
  currentNode,
  done,
  input,
  localize,
  progress,
  TreeRunError,
  type TreeProgress,
  type TreeSession,
} from '../../../../shared/trees/runner';
import { Icon } from '../../components/Icon';
import { TreeOutcome } from './TreeOutcome';
import { TreePath, TreeVariables } from './TreePath';
import { useRunnerKeys, type RunnerKeyActions } from './use-runner-keys';

/**
 * One tree run, step by step (issue 7 item 2): the agents' runner and the editor's preview.
 * Presentational: the parent owns the session and persists / reports it.
 */
export interface TreeRunnerViewProps {
  tree: Tree;
  lang: ContentLanguage;
  session: TreeSession;
  /** Every step (answer, input, done, back) hands over the next session. */
  onChange: (next: TreeSession) => void;
  /** Restart from the first node (the parent reports the abandoned run first). */
  onRestart: () => void;
  /** A resolution's article; absent in the editor preview (links shown as plain text). */
  onOpenArticle?: (articleId: string) => void;
  /** A link node's tree; absent in the editor preview. */
  onOpenTree?: (treeId: string) => void;
  /**
   * Keys 1–9, Enter and Back anywhere on the page (the agents' screen). Otherwise only while focus
   * is inside the runner, so an editor's form next to a preview keeps its digits.
   */
  globalKeys?: boolean;
  /** Move focus to the question when the runner first shows (later steps always move it). */
  autoFocus?: boolean;
  /** The title of a linked tree, when the parent knows it. */
  treeTitle?: (treeId: string) => string | undefined;
  /** Milliseconds since the epoch (tests pass a fake clock). */
  now?: () => number;
  /** Copies the transcript; the system clipboard by default. */
  copyText?: (text: string) => Promise<void>;
}

/** Progress, or a plain count of answers when the path crosses a node the tree no longer has. */
function safeProgress(tree: Tree, session: TreeSession): TreeProgress {
  try {
    return progress(tree, session);
  } catch (e) {
    if (!(e instanceof TreeRunError)) throw e;
    const answered = session.path.filter((v) => v.answer && v.answer.kind !== 'branch').length;
    return { answered, remaining: 0, fraction: 0 };
  }
}

/** Where the runner stands: the same node at the same depth is the same step. */
const stepKey = (session: TreeSession): string =>
  `${session.path.length}:${session.path.at(-1)?.nodeId ?? ''}`;

function InputStep(props: { labelledBy: string; onSubmit: (value: string) => void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    if (value.trim() === '') setMissing(true);
    else props.onSubmit(value);
  };
  return (
    <form className="runner-input-form" onSubmit={submit} noValidate>
      <input
        type="text"
        className="runner-input"
        data-testid="tree-input"
        aria-labelledby={props.labelledBy}
        aria-invalid={missing}
        aria-describedby={missing ? 'tree-input-missing' : undefined}
        placeholder={t('troubleshoot.inputPlaceholder')}
        autoComplete="off"
        spellCheck={false}
        value={value}
        onChange={(e) => {
          setValue(e.target.value);
          setMissing(false);
        }}
      />
      <button type="submit" className="button primary runner-big" data-testid="tree-input-submit">
        {t('troubleshoot.continue')}
      </button>
      {missing && (
        <p id="tree-input-missing" className="field-error" role="alert">
          {t('troubleshoot.inputRequired')}
        </p>
      )}
    </form>
  );
}

export function TreeRunnerView(props: TreeRunnerViewProps) {
  const { t } = useTranslation();
  const { tree, lang, session, onChange } = props;
  const now = props.now ?? Date.now;
  const [error, setError] = useState<{ key: string; message: string } | null>(null);
  const rootRef = useRef<HTMLElement>(null);
  const focusRef = useRef<HTMLElement>(null);
  const key = stepKey(session);
  // The step focus was last moved to; a preview starts "there" so its first render leaves focus be.
  const focusedKey = useRef<string | null>(props.autoFocus ? null : key);

  let current: ReturnType<typeof currentNode> | null = null;
  let missingNode: string | null = null;
  try {
    current = currentNode(tree, session);
  } catch (e) {
    if (!(e instanceof TreeRunError)) throw e;
    missingNode = e.message;
  }
  const node = current?.node ?? null;
  const vars = session.variables;
  const steps = safeProgress(tree, session);
  const canGoBack = steps.answered > 0;
  const terminal = node !== null && isTerminal(node);

  // A new step: focus goes to its question (or its field), so keyboard and screen-reader users
  // continue there. The first render moves it only when asked: a preview must not steal focus.
  useEffect(() => {
    if (focusedKey.current === key) return;
    focusedKey.current = key;
    focusRef.current?.focus({ preventScroll: false });
  }, [key]);

  const apply = (next: () => TreeSession): void => {
    try {
      const s = next();
      setError(null);
      onChange(s);
    } catch (e) {
      if (!(e instanceof TreeRunError)) throw e;
      setError({ key, message: e.message });
    }
  };
  const goBack = (steps = 1): void =>
    apply(() => {
      let s = session;
      for (let i = 0; i < steps; i++) s = back(tree, s, now());
      return s;
    });
  const choose = (index: number): void => apply(() => answer(tree, session, index, now()));
  const confirm = (): void => apply(() => done(tree, session, now()));

  const actions: RunnerKeyActions = {
    choices: node?.kind === 'question' ? node.choices.length : 0,
    choose,
    confirm: node?.kind === 'step' ? confirm : null,
    back: canGoBack ? () => goBack() : null,
  };
  useRunnerKeys(rootRef, actions, props.globalKeys ?? false);

  const headingId = `tree-q-${tree.id}`;
  const shownError = missingNode ?? (error?.key === key ? error.message : null);
  const total = steps.answered + steps.remaining;

  return (
    <section
      ref={rootRef}
      className="runner"
      data-testid="tree-runner"
      data-node={current?.id}
      data-kind={node?.kind}
      aria-labelledby={headingId}
    >
      <div className="runner-bar">
        <div className="runner-progress">
          <progress
            data-testid="tree-progress"
            value={steps.answered}
            max={Math.max(total, 1)}
            aria-label={t('troubleshoot.progressLabel')}
          />
          <span className="muted" data-testid="tree-progress-text">
            {terminal
              ? t('troubleshoot.finished', { count: steps.answered })
              : t('troubleshoot.progress', { step: steps.answered + 1, total })}
          </span>
        </div>
        <div className="runner-controls">
          <button
            type="button"
            className="button"
            data-testid="tree-back"
            disabled={!canGoBack}
            onClick={() => goBack()}
          >
            <Icon name="back" size={16} />
            {t('troubleshoot.back')}
          </button>
          <button
            type="button"
            className="button"
            data-testid="tree-restart"
            disabled={!canGoBack}
            onClick={props.onRestart}
          >
            <Icon name="sync" size={16} />
            {t('troubleshoot.restart')}
          </button>
        </div>
      </div>

      <TreePath tree={tree} lang={lang} session={session} onGoBack={goBack} />

      <div className="runner-body">
        <div className={`runner-step runner-step-${node?.kind ?? 'missing'}`}>
          {node && !terminal && (
            <h2
              id={headingId}
              ref={node.kind === 'input' ? undefined : (el) => void (focusRef.current = el)}
              tabIndex={-1}
              className="runner-question"
              data-testid="tree-question"
              lang={lang}
            >
              {'text' in node ? localize(node.text, lang, vars) : current?.id}
            </h2>
          )}
          {node?.kind === 'question' && (
            <ol className="runner-choices" aria-labelledby={headingId}>
              {node.choices.map((choice, i) => (
                <li key={`${key}:${i}`}>
                  <button
                    type="button"
                    className="runner-choice"
                    data-testid="tree-choice"
                    data-key={i < 9 ? i + 1 : undefined}
                    onClick={() => choose(i)}
                  >
                    {i < 9 && <kbd aria-hidden="true">{i + 1}</kbd>}
                    <span lang={lang}>{localize(choice.label, lang, vars)}</span>
                  </button>
                </li>
              ))}
            </ol>
          )}
          {node?.kind === 'input' && (
            <div ref={(el) => void (focusRef.current = el?.querySelector('input') ?? null)}>
              <InputStep
                key={key}
                labelledBy={headingId}
                onSubmit={(value) => apply(() => input(tree, session, value, now()))}
              />
            </div>
          )}
          {node?.kind === 'step' && (
            <div className="runner-step-actions">
              <p className="muted">{t('troubleshoot.stepHint')}</p>
              <button
                type="button"
                className="button primary runner-big"
                data-testid="tree-done"
                onClick={confirm}
              >
                {t('troubleshoot.done')}
                <kbd aria-hidden="true">Enter</kbd>
              </button>
            </div>
          )}
          {node && terminal && (
            <TreeOutcome
              tree={tree}
              lang={lang}
              session={session}
              headingId={headingId}
              onHeading={(el) => void (focusRef.current = el)}
              onOpenArticle={props.onOpenArticle}
              onOpenTree={props.onOpenTree}
              treeTitle={props.treeTitle}
              copyText={props.copyText}
            />
          )}
          {shownError && (
            <div className="notice-box error" role="alert" data-testid="tree-run-error">
              <p>{t('troubleshoot.runError', { message: shownError })}</p>
            </div>
          )}
        </div>
        <TreeVariables variables={vars} />
      </div>

      {!terminal && <p className="runner-keys muted">{t('troubleshoot.keys')}</p>}
      <p className="visually-hidden" role="status" aria-live="polite">
        {terminal
          ? t('troubleshoot.finished', { count: steps.answered })
          : t('troubleshoot.progress', { step: steps.answered + 1, total })}
      </p>
    </section>
  );
}

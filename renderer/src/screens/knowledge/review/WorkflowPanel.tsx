import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuthoringArticle, WorkflowAction } from '../../../../../shared/workstation/authoring';
import { formatDateTime } from '../../../lib/format-date';
import { useApi, useSessionStore } from '../../../stores/stores-context';
import '../../../styles/knowledge-review.css';
import { myWorkStoreFor } from '../audit/my-work-store';
import { WorkflowHistory, lastSendBack } from './WorkflowHistory';
import {
  CONFIRMED_ACTIONS,
  allowedActions,
  runWorkflow,
  type Actor,
  type WorkflowOutcome,
} from './workflow-actions';

const MAX_COMMENT = 2000;

/** Now as a `datetime-local` value, so the picker starts at the earliest allowed minute. */
function localNow(): string {
  const now = new Date();
  now.setMinutes(now.getMinutes() - now.getTimezoneOffset());
  return now.toISOString().slice(0, 16);
}

function useActor(): Actor | null {
  const session = useSessionStore((s) => s.session);
  return useMemo(
    () =>
      session?.status === 'signed-in'
        ? { username: session.user.username, capabilities: session.capabilities }
        : null,
    [session],
  );
}

/** The form of one chosen action: comment, when to publish (approve), confirmation (archive). */
function ActionForm(props: {
  action: WorkflowAction;
  onRun: (comment: string, publishAtLocal: string) => Promise<WorkflowOutcome>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const { action } = props;
  const [comment, setComment] = useState('');
  const [when, setWhen] = useState<'now' | 'later'>('now');
  const [at, setAt] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ problem: string; message: string } | null>(null);
  const required = action === 'send-back';

  const submit = (e: FormEvent): void => {
    e.preventDefault();
    setBusy(true);
    setFailure(null);
    void props.onRun(comment, when === 'later' ? at || 'missing' : '').then((outcome) => {
      if (outcome.ok) return;
      setBusy(false);
      setFailure({ problem: outcome.problem, message: outcome.message });
    });
  };

  return (
    <form className="workflow-form" onSubmit={submit} noValidate data-testid="workflow-form">
      {CONFIRMED_ACTIONS.includes(action) && (
        <p className="notice-box" role="note">
          {t(`knowledge.workflow.confirm.${action as 'archive' | 'unarchive'}`)}
        </p>
      )}
      {action === 'approve' && (
        <fieldset className="workflow-when">
          <legend>{t('knowledge.workflow.when')}</legend>
          <label>
            <input
              type="radio"
              name={`${id}-when`}
              checked={when === 'now'}
              onChange={() => setWhen('now')}
            />{' '}
            {t('knowledge.workflow.publishNow')}
          </label>
          <label>
            <input
              type="radio"
              name={`${id}-when`}
              checked={when === 'later'}
              data-testid="workflow-when-later"
              onChange={() => setWhen('later')}
            />{' '}
            {t('knowledge.workflow.publishLater')}
          </label>
          {when === 'later' && (
            <input
              type="datetime-local"
              aria-label={t('knowledge.workflow.publishAtLabel')}
              value={at}
              min={localNow()}
              data-testid="workflow-publish-at"
              onChange={(e) => setAt(e.target.value)}
            />
          )}
        </fieldset>
      )}
      <div className={`field${failure?.problem === 'comment-required' ? ' has-error' : ''}`}>
        <label htmlFor={`${id}-comment`}>
          {t(`knowledge.workflow.commentLabel.${action}`)}
          {!required && <span className="muted"> {t('knowledge.workflow.optional')}</span>}
        </label>
        <textarea
          id={`${id}-comment`}
          rows={3}
          maxLength={MAX_COMMENT}
          value={comment}
          autoFocus
          aria-required={required}
          aria-invalid={failure?.problem === 'comment-required'}
          data-testid="workflow-comment-input"
          onChange={(e) => setComment(e.target.value)}
          onKeyDown={(e) => e.key === 'Escape' && props.onCancel()}
        />
      </div>
      {failure && (
        <div
          className="field-error"
          role="alert"
          data-testid="workflow-problem"
          data-problem={failure.problem}
        >
          <p>{t(`knowledge.workflow.problem.${failure.problem as 'invalid'}`)}</p>
          {failure.message && (
            <p className="muted">
              {t('knowledge.workflow.problemDetail', { message: failure.message })}
            </p>
          )}
        </div>
      )}
      <div className="form-row">
        <button type="submit" className="button primary" disabled={busy} data-testid="workflow-run">
          {t(`knowledge.workflow.run.${action}`)}
        </button>
        <button type="button" className="button" onClick={props.onCancel} disabled={busy}>
          {t('knowledge.workflow.cancel')}
        </button>
      </div>
    </form>
  );
}

/**
 * The article's place in the review workflow (R15, R16): its status, the history with comments,
 * and the actions the signed-in user may take now. Edits must be saved first: an approval
 * publishes the saved revisions, not what is on screen.
 */
export function WorkflowPanel(props: {
  article: AuthoringArticle;
  dirty: boolean;
  onChanged: (article: AuthoringArticle) => void;
}) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const actor = useActor();
  const { article, dirty } = props;
  const [chosen, setChosen] = useState<WorkflowAction | null>(null);
  const [done, setDone] = useState<WorkflowAction | null>(null);
  const actions = actor ? allowedActions(article, actor) : [];
  const sentBack = lastSendBack(article.status, article.workflow);
  const when = (iso: string) => formatDateTime(iso, i18n.language);

  const run = async (action: WorkflowAction, comment: string, publishAtLocal: string) => {
    const outcome = await runWorkflow(api, article.id, { action, comment, publishAtLocal });
    if (outcome.ok) {
      setChosen(null);
      setDone(action);
      props.onChanged(outcome.article);
      // The Review tab's badge and the sent-back count change with every action.
      void myWorkStoreFor(api).getState().refresh();
    }
    return outcome;
  };

  return (
    <section className="workflow-panel" data-testid="workflow-panel" data-status={article.status}>
      <h3>{t('knowledge.workflow.title')}</h3>
      <p className="workflow-status">
        <span className={`badge status-${article.status}`} data-testid="workflow-status">
          {t(`knowledge.workflow.status.${article.status}`)}
        </span>
        {article.status === 'scheduled' && article.publishAt && (
          <span data-testid="workflow-publish-at-shown">
            {' '}
            {t('knowledge.workflow.publishesAt', { time: when(article.publishAt) })}
          </span>
        )}
      </p>
      {article.reviewDueAt && (
        <p className="muted workflow-due" data-testid="workflow-review-due">
          {t('knowledge.workflow.reviewDue', { date: when(article.reviewDueAt) })}
        </p>
      )}
      {sentBack && (
        <div className="notice-box workflow-sent-back" data-testid="workflow-sent-back">
          <p>
            <strong>
              {t('knowledge.workflow.sentBackBy', {
                name: sentBack.by?.displayName ?? t('knowledge.workflow.bySystem'),
              })}
            </strong>
          </p>
          <p>{sentBack.comment}</p>
        </div>
      )}
      <p className="workflow-done" role="status" data-testid="workflow-done">
        {done && t(`knowledge.workflow.done.${done}`)}
      </p>
      {actions.length > 0 && dirty && (
        <p className="notice-box" data-testid="workflow-save-first">
          {t('knowledge.workflow.saveFirst')}
        </p>
      )}
      {actions.length > 0 && chosen === null && (
        <div className="workflow-actions">
          {actions.map((action) => (
            <button
              key={action}
              type="button"
              className={`button${action === 'approve' || action === 'submit' ? ' primary' : ''}`}
              disabled={dirty}
              data-testid={`workflow-action-${action}`}
              onClick={() => {
                setDone(null);
                setChosen(action);
              }}
            >
              {t(`knowledge.workflow.action.${action}`)}
            </button>
          ))}
        </div>
      )}
      {chosen && !dirty && (
        <ActionForm
          key={chosen}
          action={chosen}
          onRun={(comment, at) => run(chosen, comment, at)}
          onCancel={() => setChosen(null)}
        />
      )}
      <WorkflowHistory entries={article.workflow} />
    </section>
  );
}

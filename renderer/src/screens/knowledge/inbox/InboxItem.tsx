import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeedbackItem, FeedbackResolution } from '../../../../../shared/workstation/authoring';
import { articleRoute, formatRoute, type Route } from '../../../app/route';
import { Icon, type IconName } from '../../../components/Icon';
import { formatDateTime } from '../../../lib/format-date';
import { feedbackKindLabel } from './feedback-label';
import type { ResolveOutcome } from './inbox-store';

const KIND_ICON: Record<FeedbackItem['kind'], IconName> = {
  flag: 'flag',
  'not-helpful': 'thumbDown',
  question: 'search',
  suggestion: 'knowledge',
};

const MAX_REPLY = 2000;

/** What the owner answers: the text box opens under the item with the chosen resolution. */
function ResolveForm(props: {
  resolution: FeedbackResolution;
  onResolve: (reply: string) => Promise<ResolveOutcome>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [reply, setReply] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const required = props.resolution !== 'fixed';

  const submit = (e: FormEvent): void => {
    e.preventDefault();
    setBusy(true);
    setProblem(null);
    void props.onResolve(reply).then((outcome) => {
      if (outcome.ok) return;
      setBusy(false);
      setProblem(
        outcome.problem === 'reply-required'
          ? t('knowledge.inbox.replyRequired')
          : t('knowledge.inbox.resolveFailed', { message: outcome.message }),
      );
    });
  };

  return (
    <form className="inbox-resolve" onSubmit={submit} noValidate data-testid="inbox-resolve-form">
      <div className={`field${problem ? ' has-error' : ''}`}>
        <label htmlFor={`${id}-reply`}>
          {t(`knowledge.inbox.replyLabel.${props.resolution}`)}
          {!required && <span className="muted"> {t('knowledge.inbox.optional')}</span>}
        </label>
        <textarea
          id={`${id}-reply`}
          rows={3}
          maxLength={MAX_REPLY}
          value={reply}
          autoFocus
          aria-required={required}
          aria-invalid={problem !== null}
          aria-describedby={`${id}-hint`}
          data-testid="inbox-reply"
          onChange={(e) => setReply(e.target.value)}
          onKeyDown={(e) => e.key === 'Escape' && props.onCancel()}
        />
        <p id={`${id}-hint`} className="field-hint">
          {t('knowledge.inbox.replyHint')}
        </p>
        {problem && (
          <p className="field-error" role="alert" data-testid="inbox-resolve-problem">
            {problem}
          </p>
        )}
      </div>
      <div className="form-row">
        <button
          type="submit"
          className="button primary"
          disabled={busy}
          data-testid="inbox-resolve-send"
        >
          {t(`knowledge.inbox.send.${props.resolution}`)}
        </button>
        <button type="button" className="button" onClick={props.onCancel}>
          {t('knowledge.inbox.cancel')}
        </button>
      </div>
    </form>
  );
}

/** One agent's flag, vote, question or suggestion, and what the owner can do about it (R17). */
export function InboxItem(props: {
  item: FeedbackItem;
  navigate: (route: Route) => void;
  onResolve: (resolution: FeedbackResolution, reply: string) => Promise<ResolveOutcome>;
}) {
  const { t, i18n } = useTranslation();
  const { item, navigate } = props;
  const [answering, setAnswering] = useState<FeedbackResolution | null>(null);
  const actions = useRef<HTMLDivElement>(null);
  const editorRoute: Route | null = item.articleId
    ? { section: 'knowledge', doc: item.articleId }
    : null;
  const agentRoute: Route | null = item.articleId
    ? articleRoute({ id: item.articleId, ...(item.lang ? { lang: item.lang } : {}) })
    : null;
  // A suggestion is a draft revision: the owner compares it on the history screen.
  const reviewRoute: Route | null =
    item.kind === 'suggestion' && item.articleId && item.lang
      ? { section: 'knowledge', doc: item.articleId, history: item.lang }
      : null;
  const go = (route: Route) => (e: React.MouseEvent) => {
    if (e.ctrlKey || e.metaKey || e.shiftKey) return;
    e.preventDefault();
    navigate(route);
  };
  const closeForm = (): void => {
    setAnswering(null);
    actions.current?.querySelector('button')?.focus();
  };

  return (
    <li className={`inbox-item inbox-${item.kind}`} data-testid="inbox-item" data-id={item.id}>
      <div className="inbox-item-head">
        <span className={`badge inbox-kind inbox-kind-${item.kind}`}>
          <Icon name={KIND_ICON[item.kind]} size={14} />
          {feedbackKindLabel(item, t)}
        </span>
        {item.status !== 'open' && (
          <span className={`badge feedback-status-${item.status}`}>
            {t(`home.myFeedback.status.${item.status}`)}
          </span>
        )}
        <h3 className="inbox-item-title">
          {agentRoute && editorRoute ? (
            <a
              href={formatRoute(agentRoute)}
              onClick={go(agentRoute)}
              lang={item.lang ?? undefined}
              data-testid="inbox-article"
            >
              {item.articleTitle ?? item.articleId}
            </a>
          ) : (
            <span data-testid="inbox-query">
              {t('knowledge.inbox.reportedQuery', { query: item.query ?? '' })}
            </span>
          )}
        </h3>
      </div>
      {item.comment && (
        <blockquote className="inbox-comment" data-testid="inbox-comment">
          {item.comment}
        </blockquote>
      )}
      <p className="inbox-facts muted">
        {t('knowledge.inbox.from', {
          name: item.from?.displayName ?? t('knowledge.inbox.someone'),
          when: formatDateTime(item.createdAt, i18n.language),
        })}
        {item.lang && <> · {t(`contentLanguage.${item.lang}`)}</>}
        {item.revision !== null && <> · {t('knowledge.inbox.revision', { n: item.revision })}</>}
      </p>
      {item.status !== 'open' && (
        <p className="inbox-answer" data-testid="inbox-answer">
          {t('knowledge.inbox.answeredBy', {
            name: item.resolvedBy?.displayName ?? '',
            when: item.resolvedAt ? formatDateTime(item.resolvedAt, i18n.language) : '',
          })}
          {item.reply && <span className="inbox-reply-text"> {item.reply}</span>}
        </p>
      )}
      <div className="form-row inbox-actions" ref={actions}>
        {reviewRoute && (
          <button
            type="button"
            className="button primary"
            data-testid="inbox-review-suggestion"
            onClick={() => navigate(reviewRoute)}
          >
            {t('knowledge.inbox.reviewSuggestion')}
          </button>
        )}
        {item.kind === 'question' && (
          <button
            type="button"
            className="button"
            data-testid="inbox-write-article"
            onClick={() => navigate({ section: 'knowledge', doc: 'new' })}
          >
            {t('knowledge.inbox.writeArticle')}
          </button>
        )}
        {editorRoute && (
          <a className="button" href={formatRoute(editorRoute)} onClick={go(editorRoute)}>
            {t('knowledge.inbox.openEditor')}
          </a>
        )}
        {item.status === 'open' &&
          (['fixed', 'replied', 'rejected'] as const).map((resolution) => (
            <button
              key={resolution}
              type="button"
              className="button"
              aria-expanded={answering === resolution}
              data-testid={`inbox-${resolution}`}
              onClick={() => setAnswering((a) => (a === resolution ? null : resolution))}
            >
              {t(`knowledge.inbox.action.${resolution}`)}
            </button>
          ))}
      </div>
      {answering && (
        <ResolveForm
          key={answering}
          resolution={answering}
          onResolve={(reply) => props.onResolve(answering, reply)}
          onCancel={closeForm}
        />
      )}
    </li>
  );
}

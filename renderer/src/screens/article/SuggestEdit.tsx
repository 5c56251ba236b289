import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../../../../shared/article';
import { useApi, useSessionStore } from '../../stores/stores-context';
import { bodyToText, sendSuggestion } from './suggest-edit';
import '../../styles/my-feedback.css';

const MAX_COMMENT = 2000;

function SuggestForm(props: { article: Article; onDone: (sent: boolean) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const api = useApi();
  const { article } = props;
  const [title, setTitle] = useState(article.title);
  const [text, setText] = useState(() => bodyToText(article.bodyHtml));
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (e: FormEvent): void => {
    e.preventDefault();
    setBusy(true);
    setProblem(null);
    void sendSuggestion(api, article, { title, text, comment }).then((outcome) => {
      if (outcome.ok) return props.onDone(true);
      setBusy(false);
      setProblem(
        outcome.problem === 'failed'
          ? t('article.suggest.failed', { message: outcome.message })
          : t(`article.suggest.problem.${outcome.problem}`),
      );
    });
  };

  return (
    <form className="suggest-form" onSubmit={submit} noValidate data-testid="suggest-form">
      <p className="field-hint">{t('article.suggest.intro')}</p>
      <div className="field">
        <label htmlFor={`${id}-title`}>{t('article.suggest.titleLabel')}</label>
        <input
          id={`${id}-title`}
          type="text"
          lang={article.lang}
          maxLength={500}
          value={title}
          autoFocus
          data-testid="suggest-title"
          onChange={(e) => setTitle(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-text`}>{t('article.suggest.textLabel')}</label>
        <textarea
          id={`${id}-text`}
          lang={article.lang}
          rows={12}
          value={text}
          aria-describedby={`${id}-text-hint`}
          data-testid="suggest-text"
          onChange={(e) => setText(e.target.value)}
        />
        <p id={`${id}-text-hint`} className="field-hint">
          {t('article.suggest.textHint')}
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-comment`}>{t('article.suggest.comment')}</label>
        <textarea
          id={`${id}-comment`}
          rows={2}
          maxLength={MAX_COMMENT}
          value={comment}
          data-testid="suggest-comment"
          onChange={(e) => setComment(e.target.value)}
        />
      </div>
      {problem && (
        <p className="field-error" role="alert" data-testid="suggest-problem">
          {problem}
        </p>
      )}
      <div className="form-row">
        <button type="submit" className="button primary" disabled={busy} data-testid="suggest-send">
          {busy ? t('article.suggest.sending') : t('article.suggest.send')}
        </button>
        <button type="button" className="button" onClick={() => props.onDone(false)}>
          {t('article.suggest.cancel')}
        </button>
      </div>
    </form>
  );
}

/** "Suggest an edit" (R17): an agent proposes wording; the owner gets a draft revision to review. */
export function SuggestEdit({ article }: { article: Article }) {
  const { t } = useTranslation();
  const id = useId();
  const signedIn = useSessionStore((s) => s.session?.status === 'signed-in');
  const offline = useSessionStore((s) => s.sync?.status === 'offline');
  const [open, setOpen] = useState(false);
  const [sent, setSent] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const why = !signedIn
    ? t('article.suggest.signInFirst')
    : offline
      ? t('article.suggest.offline')
      : null;

  return (
    <section className="suggest-edit no-print" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="visually-hidden">
        {t('article.suggest.button')}
      </h3>
      <button
        ref={button}
        type="button"
        className="button ghost"
        aria-expanded={open}
        disabled={why !== null}
        aria-describedby={why ? `${id}-why` : undefined}
        data-testid="suggest-edit"
        onClick={() => {
          setSent(false);
          setOpen((o) => !o);
        }}
      >
        {t('article.suggest.button')}
      </button>
      {why && (
        <p id={`${id}-why`} className="muted" data-testid="suggest-unavailable">
          {why}
        </p>
      )}
      {open && why === null && (
        <SuggestForm
          article={article}
          onDone={(didSend) => {
            setOpen(false);
            setSent(didSend);
            button.current?.focus();
          }}
        />
      )}
      <p className="feedback-thanks" role="status" data-testid="suggest-status">
        {sent && t('article.suggest.sent')}
      </p>
    </section>
  );
}

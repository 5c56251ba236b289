import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FlagReason } from '../../../../shared/workstation/desk';
import { quotedMessage } from '../../bridge/call-failure';
import { Icon } from '../../components/Icon';
import type { Vote } from '../../stores/article-store';
import { useArticleStore, useSignedIn } from '../../stores/stores-context';

// Not desk.ts's FLAG_REASONS: importing a value from there would pull zod into the renderer bundle.
const REASONS = ['wrong', 'outdated', 'unclear'] as const satisfies readonly FlagReason[];
type _AllReasons = Exclude<FlagReason, (typeof REASONS)[number]> extends never ? true : never;
const _allReasons: _AllReasons = true;

const MAX_COMMENT = 2000;

type Sent = { kind: 'vote' } | { kind: 'flag' } | { kind: 'failed'; message: string } | null;

function FlagForm(props: { onDone: (sent: boolean) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const flag = useArticleStore((s) => s.flag);
  const [reason, setReason] = useState<FlagReason | null>(null);
  const [comment, setComment] = useState('');
  const [checked, setChecked] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const firstRef = useRef<HTMLInputElement>(null);

  const submit = (e: FormEvent): void => {
    e.preventDefault();
    setChecked(true);
    if (!reason) {
      firstRef.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    flag(reason, comment).then(
      () => props.onDone(true),
      (err: unknown) => {
        setBusy(false);
        setError(quotedMessage(err));
      },
    );
  };

  return (
    <form className="flag-form" onSubmit={submit} noValidate data-testid="feedback-flag-form">
      <fieldset className={`field${checked && !reason ? ' has-error' : ''}`}>
        <legend>{t('article.feedback.reasonLegend')}</legend>
        {REASONS.map((r, i) => (
          <label key={r} className="check">
            <input
              ref={i === 0 ? firstRef : undefined}
              type="radio"
              name={`${id}-reason`}
              value={r}
              checked={reason === r}
              // The agent opened the form to report: start at the first choice.
              autoFocus={i === 0}
              data-testid="feedback-flag-reason"
              onChange={() => setReason(r)}
            />
            <span>{t(`article.feedback.reason.${r}`)}</span>
          </label>
        ))}
        {checked && !reason && (
          <p className="field-error" role="alert">
            {t('article.feedback.reasonRequired')}
          </p>
        )}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-comment`}>{t('article.feedback.comment')}</label>
        <textarea
          id={`${id}-comment`}
          rows={3}
          maxLength={MAX_COMMENT}
          value={comment}
          aria-describedby={`${id}-comment-hint`}
          data-testid="feedback-flag-comment"
          onChange={(e) => setComment(e.target.value)}
        />
        <p id={`${id}-comment-hint`} className="field-hint">
          {t('article.feedback.commentHint')}
        </p>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {t('article.feedback.failed', { message: error })}
        </p>
      )}
      <div className="form-row">
        <button
          type="submit"
          className="button primary"
          disabled={busy}
          data-testid="feedback-flag-send"
        >
          {busy ? t('article.feedback.sending') : t('article.feedback.send')}
        </button>
        <button type="button" className="button" onClick={() => props.onDone(false)}>
          {t('article.feedback.cancel')}
        </button>
      </div>
    </form>
  );
}

/** Helpful / not helpful and "Report a problem" (R17): to the owner through the outbox. */
export function ArticleFeedback(props: { vote: Vote | null }) {
  const { t } = useTranslation();
  const id = useId();
  const vote = useArticleStore((s) => s.vote);
  const signedIn = useSignedIn();
  const [flagging, setFlagging] = useState(false);
  const [sent, setSent] = useState<Sent>(null);
  // Until the details load, the vote this view sent is the one to show.
  const [localVote, setLocalVote] = useState<Vote | null>(null);
  const flagButton = useRef<HTMLButtonElement>(null);
  const current = props.vote ?? localVote;

  const send = (v: Vote): void => {
    setSent(null);
    setLocalVote(v);
    vote(v).then(
      () => setSent({ kind: 'vote' }),
      (err: unknown) => {
        setLocalVote(null);
        setSent({ kind: 'failed', message: quotedMessage(err) });
      },
    );
  };

  return (
    <section className="article-feedback no-print" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('article.feedback.title')}</h3>
      {!signedIn && (
        <p className="muted" id={`${id}-sign-in`} data-testid="feedback-sign-in">
          {t('article.feedback.signInFirst')}
        </p>
      )}
      <div className="form-row">
        <button
          type="button"
          className={`button${current === 'helpful' ? ' is-on' : ''}`}
          aria-pressed={current === 'helpful'}
          disabled={!signedIn}
          aria-describedby={signedIn ? undefined : `${id}-sign-in`}
          data-testid="feedback-helpful"
          onClick={() => send('helpful')}
        >
          <Icon name="thumbUp" size={16} />
          {t('article.feedback.helpful')}
        </button>
        <button
          type="button"
          className={`button${current === 'not-helpful' ? ' is-on' : ''}`}
          aria-pressed={current === 'not-helpful'}
          disabled={!signedIn}
          aria-describedby={signedIn ? undefined : `${id}-sign-in`}
          data-testid="feedback-not-helpful"
          onClick={() => send('not-helpful')}
        >
          <Icon name="thumbDown" size={16} />
          {t('article.feedback.notHelpful')}
        </button>
        <button
          ref={flagButton}
          type="button"
          className="button ghost"
          aria-expanded={flagging}
          disabled={!signedIn}
          aria-describedby={signedIn ? undefined : `${id}-sign-in`}
          data-testid="feedback-flag"
          onClick={() => {
            setSent(null);
            setFlagging((f) => !f);
          }}
        >
          <Icon name="flag" size={16} />
          {t('article.feedback.flag')}
        </button>
      </div>
      {flagging && signedIn && (
        <FlagForm
          onDone={(didSend) => {
            setFlagging(false);
            if (didSend) setSent({ kind: 'flag' });
            flagButton.current?.focus();
          }}
        />
      )}
      <p
        className={sent?.kind === 'failed' ? 'field-error' : 'feedback-thanks'}
        role="status"
        data-testid="feedback-status"
      >
        {sent?.kind === 'vote' && t('article.feedback.thanksVote')}
        {sent?.kind === 'flag' && t('article.feedback.thanksFlag')}
        {sent?.kind === 'failed' && t('article.feedback.failed', { message: sent.message })}
      </p>
    </section>
  );
}

import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeedbackItem } from '../../../../shared/workstation/authoring';
import { HOME_PARTS } from '../../app/reveal';
import { articleRoute, formatRoute, type Route } from '../../app/route';
import { errorMessage } from '../../bridge/call-failure';
import { formatDateTime } from '../../lib/format-date';
import { feedbackKindLabel } from '../knowledge/inbox/feedback-label';
import { useApi, useSignedIn } from '../../stores/stores-context';
import '../../styles/my-feedback.css';

/** Enough to see the latest answers; the rest is a click away. */
const FIRST_SHOWN = 5;

type Load =
  | { status: 'loading' }
  | { status: 'ready'; items: FeedbackItem[] }
  | { status: 'failed'; offline: boolean; message: string };

function FeedbackEntry({ item, navigate }: { item: FeedbackItem; navigate: (r: Route) => void }) {
  const { t, i18n } = useTranslation();
  const route = item.articleId
    ? articleRoute({ id: item.articleId, ...(item.lang ? { lang: item.lang } : {}) })
    : null;
  const kind = feedbackKindLabel(item, t);
  return (
    <li className="my-feedback-item" data-testid="my-feedback-item" data-status={item.status}>
      <div className="my-feedback-head">
        <span className={`badge feedback-status-${item.status}`} data-testid="my-feedback-status">
          {t(`home.myFeedback.status.${item.status}`)}
        </span>
        <span className="muted">{kind}</span>
        {route ? (
          <a
            href={formatRoute(route)}
            lang={item.lang ?? undefined}
            onClick={(e) => {
              if (e.ctrlKey || e.metaKey || e.shiftKey) return;
              e.preventDefault();
              navigate(route);
            }}
          >
            {item.articleTitle ?? item.articleId}
          </a>
        ) : (
          <span>{t('knowledge.inbox.reportedQuery', { query: item.query ?? '' })}</span>
        )}
        <span className="muted my-feedback-when">
          {formatDateTime(item.createdAt, i18n.language)}
        </span>
      </div>
      {item.comment && <p className="my-feedback-comment">{item.comment}</p>}
      {item.status !== 'open' && (
        <p className="my-feedback-reply" data-testid="my-feedback-reply">
          <strong>
            {t('home.myFeedback.answer', { name: item.resolvedBy?.displayName ?? '' })}
          </strong>{' '}
          {item.reply || t(`home.myFeedback.noReply.${item.status}`)}
        </p>
      )}
    </li>
  );
}

/** The agent's own feedback and what the owners answered (R17); online only. */
export function MyFeedback({ navigate }: { navigate: (route: Route) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const signedIn = useSignedIn();
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [all, setAll] = useState(false);

  const reload = useCallback(() => {
    api.listMyFeedback().then(
      (outcome) =>
        setLoad(
          outcome.ok
            ? {
                status: 'ready',
                items: [...outcome.items].sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
              }
            : {
                status: 'failed',
                offline: outcome.problem === 'offline',
                message: outcome.message,
              },
        ),
      (err: unknown) => setLoad({ status: 'failed', offline: false, message: errorMessage(err) }),
    );
  }, [api]);

  useEffect(() => {
    if (!signedIn) return;
    reload();
    // An owner answered: show it without a reload of the page.
    return api.on('feedbackAnswered', reload);
  }, [api, signedIn, reload]);

  if (!signedIn) return null;
  // Nothing sent yet: no empty card on everybody's Home.
  if (load.status === 'ready' && load.items.length === 0) return null;
  const items =
    load.status === 'ready' ? (all ? load.items : load.items.slice(0, FIRST_SHOWN)) : [];

  return (
    <section
      className="card my-feedback"
      id={HOME_PARTS['my-feedback']}
      tabIndex={-1}
      aria-labelledby="home-my-feedback-title"
      data-testid="my-feedback"
    >
      <h2 id="home-my-feedback-title">{t('home.myFeedback.title')}</h2>
      {load.status === 'loading' && <p className="muted">{t('home.myFeedback.loading')}</p>}
      {load.status === 'failed' && (
        <p className="muted" data-testid="my-feedback-failed">
          {load.offline
            ? t('home.myFeedback.offline')
            : t('home.myFeedback.failed', { message: load.message })}{' '}
          <button type="button" className="button ghost" onClick={reload}>
            {t('home.myFeedback.retry')}
          </button>
        </p>
      )}
      {items.length > 0 && (
        <ul className="my-feedback-list">
          {items.map((item) => (
            <FeedbackEntry key={item.id} item={item} navigate={navigate} />
          ))}
        </ul>
      )}
      {load.status === 'ready' && load.items.length > FIRST_SHOWN && (
        <button type="button" className="button ghost" onClick={() => setAll((a) => !a)}>
          {all
            ? t('home.myFeedback.showFewer')
            : t('home.myFeedback.showAll', { count: load.items.length })}
        </button>
      )}
    </section>
  );
}

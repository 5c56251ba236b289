import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { formatRoute, type Route } from '../../../app/route';
import { formatDateTime } from '../../../lib/format-date';
import { useApi, useSessionStore } from '../../../stores/stores-context';
import '../../../styles/knowledge-review.css';
import { ProblemText } from '../history/DiffControls';
import type { KnowledgeTabProps } from '../tab-props';
import { createReviewQueueStore, type QueueItem } from './review-store';
import { ReviewView } from './ReviewView';

function titleOf(item: QueueItem, lang: string): string {
  const titles = item.summary.title;
  return titles[lang as keyof typeof titles] ?? Object.values(titles)[0] ?? item.summary.id;
}

function QueueList(props: {
  items: QueueItem[];
  testId: string;
  empty: string;
  open: (item: QueueItem) => Route;
  openLabel: string;
  navigate: (route: Route) => void;
  detail: (item: QueueItem) => string;
}) {
  const { i18n } = useTranslation();
  if (props.items.length === 0) return <p className="muted">{props.empty}</p>;
  return (
    <ol className="review-list" data-testid={props.testId}>
      {props.items.map((item) => {
        const route = props.open(item);
        return (
          <li
            key={item.summary.id}
            className="review-item"
            data-testid="review-item"
            data-article={item.summary.id}
          >
            <div className="review-item-head">
              <strong>{titleOf(item, i18n.language)}</strong>
              <span className="muted">
                {item.summary.variants.map((v) => v.lang.toUpperCase()).join(' · ')}
              </span>
            </div>
            <p className="muted">{props.detail(item)}</p>
            {item.entry?.comment && (
              <q className="workflow-entry-comment" data-testid="review-item-comment">
                {item.entry.comment}
              </q>
            )}
            <p>
              <a
                className="button"
                href={formatRoute(route)}
                data-testid="review-open"
                onClick={(e) => {
                  e.preventDefault();
                  props.navigate(route);
                }}
              >
                {props.openLabel}
              </a>
            </p>
          </li>
        );
      })}
    </ol>
  );
}

/** The review tab (R15): articles waiting for review, scheduled ones, and those sent back to me. */
export function ReviewQueue({ route, navigate }: KnowledgeTabProps) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const username = useSessionStore((s) =>
    s.session?.status === 'signed-in' ? s.session.user.username : '',
  );
  const store = useMemo(() => createReviewQueueStore(api, username), [api, username]);
  const { inReview, scheduled, sentBack, load } = useStore(store);
  const doc = route.doc;
  useEffect(() => {
    if (!doc) void store.getState().reload();
  }, [store, doc]);

  if (doc) {
    return <ReviewView key={doc} id={doc} navigate={navigate} />;
  }
  const when = (iso: string) => formatDateTime(iso, i18n.language);
  const by = (item: QueueItem) => item.entry?.by?.displayName ?? t('knowledge.review.someone');
  const review = (item: QueueItem): Route => ({
    section: 'knowledge',
    tab: 'review',
    doc: item.summary.id,
  });
  const edit = (item: QueueItem): Route => ({
    section: 'knowledge',
    tab: 'articles',
    doc: item.summary.id,
  });

  return (
    <div className="review-queue" data-testid="review-queue">
      {load.status === 'loading' && <p className="muted">{t('knowledge.loading')}</p>}
      {load.status === 'failed' && (
        <ProblemText
          problem={load.problem}
          message={load.message}
          onRetry={() => void store.getState().reload()}
        />
      )}
      <section aria-labelledby="review-waiting">
        <h2 id="review-waiting">{t('knowledge.review.waiting', { count: inReview.length })}</h2>
        <QueueList
          items={inReview}
          testId="review-in-review"
          empty={t('knowledge.review.noneWaiting')}
          open={review}
          openLabel={t('knowledge.review.open')}
          navigate={navigate}
          detail={(item) =>
            t('knowledge.review.submittedBy', {
              name: by(item),
              time: when(item.entry?.at ?? item.summary.updatedAt),
            })
          }
        />
      </section>
      <section aria-labelledby="review-scheduled">
        <h2 id="review-scheduled">
          {t('knowledge.review.scheduled', { count: scheduled.length })}
        </h2>
        <QueueList
          items={scheduled}
          testId="review-scheduled"
          empty={t('knowledge.review.noneScheduled')}
          open={review}
          openLabel={t('knowledge.review.view')}
          navigate={navigate}
          detail={(item) =>
            t('knowledge.review.publishesAt', {
              time: item.publishAt ? when(item.publishAt) : '—',
              name: by(item),
            })
          }
        />
      </section>
      <section aria-labelledby="review-sent-back">
        <h2 id="review-sent-back">{t('knowledge.review.sentBack', { count: sentBack.length })}</h2>
        <QueueList
          items={sentBack}
          testId="review-sent-back"
          empty={t('knowledge.review.noneSentBack')}
          open={edit}
          openLabel={t('knowledge.review.edit')}
          navigate={navigate}
          detail={(item) =>
            t('knowledge.review.sentBackBy', {
              name: by(item),
              time: when(item.entry?.at ?? item.summary.updatedAt),
            })
          }
        />
      </section>
    </div>
  );
}

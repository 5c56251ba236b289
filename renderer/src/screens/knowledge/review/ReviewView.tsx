import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatRoute, type Route } from '../../../app/route';
import { useApi } from '../../../stores/stores-context';
import { DiffModeToggle, ProblemText } from '../history/DiffControls';
import { DiffView, type DiffMode } from '../history/DiffView';
import { loadReview, type ReviewLoad } from './review-store';
import { WorkflowPanel } from './WorkflowPanel';

/** One article under review (R15): per language, what agents have against what would go out. */
export function ReviewView({ id, navigate }: { id: string; navigate: (route: Route) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [state, setState] = useState<ReviewLoad | null>(null);
  const [mode, setMode] = useState<DiffMode>('side');
  // After a workflow action the view stays (with the panel's "done" line) while it reloads.
  const refresh = useCallback(() => void loadReview(api, id).then(setState), [api, id]);
  const reload = useCallback(() => {
    setState(null);
    refresh();
  }, [refresh]);
  // State starts empty; ReviewQueue keys this view by id, so another article mounts afresh.
  useEffect(refresh, [refresh]);
  const back: Route = { section: 'knowledge', tab: 'review' };
  const editor: Route = { section: 'knowledge', tab: 'articles', doc: id };
  const link = (route: Route, label: string, testId: string) => (
    <a
      href={formatRoute(route)}
      data-testid={testId}
      onClick={(e) => {
        e.preventDefault();
        navigate(route);
      }}
    >
      {label}
    </a>
  );

  return (
    <div className="review-view" data-testid="review-view">
      <p className="review-links">
        {link(back, t('knowledge.review.back'), 'review-back')} ·{' '}
        {link(editor, t('knowledge.review.edit'), 'review-edit')}
      </p>
      {state === null && <p className="muted">{t('knowledge.loading')}</p>}
      {state && !state.ok && (
        <ProblemText problem={state.problem} message={state.message} onRetry={reload} />
      )}
      {state?.ok && (
        <div className="review-layout">
          <div className="review-diffs">
            <DiffModeToggle mode={mode} onChange={setMode} />
            {state.variants.map(({ before, after }) => (
              <section
                key={after.lang}
                className="review-variant"
                data-testid="review-variant"
                data-lang={after.lang}
              >
                <h2>
                  {after.title}{' '}
                  <span className="muted">({t(`contentLanguage.${after.lang}`)})</span>
                </h2>
                <p className="muted" data-testid="review-variant-kind">
                  {before === null
                    ? t('knowledge.review.newArticle')
                    : before.revision === after.revision
                      ? t('knowledge.review.noChange', { n: after.revision })
                      : t('knowledge.review.comparing', {
                          from: before.revision,
                          to: after.revision,
                        })}
                </p>
                <DiffView before={before} after={after} mode={mode} />
              </section>
            ))}
          </div>
          <aside className="review-side">
            <WorkflowPanel article={state.article} dirty={false} onChanged={refresh} />
          </aside>
        </div>
      )}
    </div>
  );
}

import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { Route } from '../../app/route';
import { mayOpen } from '../../app/route';
import { ScreenTitle } from '../../components/ScreenTitle';
import { useSessionStore } from '../../stores/stores-context';

// Only authors, reviewers and owners open it: the rich-text editor, the diff and the category
// tree load with it, not with the agents' app.
const KnowledgeRoutes = lazy(() => import('./KnowledgeRoutes'));

/** The Knowledge section (issue 9): writing, reviewing and looking after the knowledge base. */
export function KnowledgeScreen({
  route,
  navigate,
}: {
  route: Route;
  navigate: (route: Route) => void;
}) {
  const { t } = useTranslation();
  const session = useSessionStore((s) => s.session);
  const gate =
    session === null
      ? 'loading'
      : session.status === 'signed-out'
        ? 'signed-out'
        : mayOpen('knowledge', session.capabilities)
          ? 'open'
          : 'forbidden';

  if (gate !== 'open') {
    return (
      <div className="screen knowledge-gate" data-testid="knowledge-gate" data-gate={gate}>
        <ScreenTitle>{t('knowledge.title')}</ScreenTitle>
        <p className="muted">{t(`knowledge.gate.${gate}`)}</p>
        {gate === 'signed-out' && (
          <button
            type="button"
            className="button"
            onClick={() => navigate({ section: 'settings' })}
          >
            {t('knowledge.gate.toSettings')}
          </button>
        )}
      </div>
    );
  }
  return (
    <Suspense fallback={<p className="muted">{t('knowledge.loading')}</p>}>
      <KnowledgeRoutes route={route} navigate={navigate} />
    </Suspense>
  );
}

import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserCapability } from '../../../../shared/api';
import type { Route } from '../../app/route';
import { ScreenTitle } from '../../components/ScreenTitle';
import { useSessionStore } from '../../stores/stores-context';
import { ProblemNotice } from './ProblemNotice';

// Only authors open the editor: the diagram library (React Flow, dagre) loads with it, not with
// the agents' app.
const TreeEditorRoutes = lazy(() => import('./TreeEditorRoutes'));

/** Authors write trees; reviewers (and administrators) may open them to publish. */
const MAY_OPEN: readonly UserCapability[] = ['author', 'reviewer', 'admin'];

/**
 * The tree editor (authors, online; issue 7 item 4). `treeId` is the route's `edit` value:
 * "*" for the authors' list, "new" for a new tree, else the id of the tree to edit.
 */
export function TreeEditorScreen({
  treeId,
  navigate,
}: {
  treeId: string;
  navigate: (route: Route) => void;
}) {
  const { t } = useTranslation();
  const session = useSessionStore((s) => s.session);
  const gate =
    session === null
      ? 'loading'
      : session.status === 'signed-out'
        ? 'signed-out'
        : session.capabilities.some((c) => MAY_OPEN.includes(c))
          ? 'open'
          : 'forbidden';

  if (gate !== 'open') {
    return (
      <div className="screen tree-editor-gate">
        <ScreenTitle>{t('treeEditor.listTitle')}</ScreenTitle>
        {gate === 'loading' ? (
          <p className="muted">{t('treeEditor.loading')}</p>
        ) : (
          <ProblemNotice problem={gate} message="" navigate={navigate} />
        )}
      </div>
    );
  }
  return (
    <Suspense fallback={<p className="muted">{t('treeEditor.loading')}</p>}>
      <TreeEditorRoutes treeId={treeId} navigate={navigate} />
    </Suspense>
  );
}

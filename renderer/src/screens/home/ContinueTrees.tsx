import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Route } from '../../app/route';
import { savedRuns } from '../../stores/tree-list-store';
import { useStores, useTreeListStore } from '../../stores/stores-context';
import { TreeListItem } from '../troubleshoot/TreeListScreen';

/** Interrupted troubleshooting runs on this workstation, to pick up again (R6). */
export function ContinueTrees({ navigate }: { navigate: (route: Route) => void }) {
  const { t } = useTranslation();
  const { trees: store } = useStores();
  const trees = useTreeListStore((s) => s.trees);
  const id = useId();

  useEffect(() => {
    void store.getState().load();
  }, [store]);

  const runs = savedRuns(trees);
  if (runs.length === 0) return null;
  return (
    <section className="card continue-trees" aria-labelledby={id} data-testid="continue-trees">
      <h2 id={id}>{t('troubleshoot.continueTitle')}</h2>
      <ul className="trees-list compact">
        {runs.map((tree) => (
          <TreeListItem key={tree.id} tree={tree} navigate={navigate} />
        ))}
      </ul>
    </section>
  );
}

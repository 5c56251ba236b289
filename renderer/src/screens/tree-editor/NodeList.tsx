import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Tree, TreeNodeKind } from '../../../../shared/trees/model';
import type { TreeProblem } from '../../../../shared/trees/validate';
import { useStores } from '../../stores/stores-context';
import { addNode, NODE_KINDS, nodeOrder } from './edit-ops';

/** Every node with its kind and problem count; choosing one opens its form. */
export function NodeList(props: {
  tree: Tree;
  selected: string | null;
  problems: ReadonlyMap<string | null, TreeProblem[]>;
}) {
  const { t } = useTranslation();
  const { treeEditor } = useStores();
  const [kind, setKind] = useState<TreeNodeKind>('question');
  const { tree } = props;

  const add = (): void => {
    let id = '';
    treeEditor.getState().edit((tr) => {
      const added = addNode(tr, kind);
      id = added.id;
      return added.tree;
    });
    treeEditor.getState().select(id);
  };

  return (
    <section className="card tree-node-list" aria-labelledby="tree-node-list-title">
      <div className="tree-node-list-head">
        <h2 id="tree-node-list-title">{t('treeEditor.nodes')}</h2>
        <div className="tree-add-node">
          <label htmlFor="tree-new-node-kind" className="visually-hidden">
            {t('treeEditor.newNodeKind')}
          </label>
          <select
            id="tree-new-node-kind"
            value={kind}
            data-testid="tree-new-node-kind"
            onChange={(e) => setKind(e.target.value as TreeNodeKind)}
          >
            {NODE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`treeEditor.kind.${k}`)}
              </option>
            ))}
          </select>
          <button type="button" className="button" onClick={add} data-testid="tree-add-node">
            {t('treeEditor.addNode')}
          </button>
        </div>
      </div>
      <ul className="tree-node-chips">
        {nodeOrder(tree).map((id) => {
          const node = tree.nodes[id];
          if (!node) return null;
          const count = props.problems.get(id)?.length ?? 0;
          return (
            <li key={id}>
              <button
                type="button"
                className={`tree-node-chip kind-${node.kind}`}
                aria-pressed={props.selected === id}
                onClick={() => treeEditor.getState().select(id)}
                data-testid="tree-node-chip"
                data-node={id}
              >
                <span className={`kind-dot kind-${node.kind}`} aria-hidden="true" />
                <span className="tree-node-chip-id">{id}</span>
                {tree.start === id && <span className="badge">{t('treeEditor.isStart')}</span>}
                {count > 0 && (
                  <span className="badge problem" title={t('treeEditor.problemCount', { count })}>
                    <span aria-hidden="true">!</span>
                    <span className="visually-hidden">
                      {t('treeEditor.problemCount', { count })}
                    </span>
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

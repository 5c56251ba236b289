import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContentLanguage } from '../../../../shared/languages';
import type { Tree, TreeNode, TreeNodeKind } from '../../../../shared/trees/model';
import type { TreeProblem } from '../../../../shared/trees/validate';
import { useStores } from '../../stores/stores-context';
import {
  addBranch,
  addChoice,
  changeKind,
  NODE_KINDS,
  patchAt,
  removeBranch,
  removeChoice,
  removeNode,
  setStart,
  updateNode,
} from './edit-ops';
import { LocalizedFields, NodeSelect, PlainField } from './fields';
import { treeProblemText } from './problem-text';

export interface NodeFormProps {
  tree: Tree;
  nodeId: string;
  problems: readonly TreeProblem[];
  languages: readonly ContentLanguage[];
  required: readonly ContentLanguage[];
}

/** The form of one node: id, kind, texts per language and the kind's own fields. */
export function NodeForm(props: NodeFormProps) {
  const { t } = useTranslation();
  const { treeEditor } = useStores();
  const { tree, nodeId } = props;
  const node = tree.nodes[nodeId];
  if (!node) return null;
  const edit = treeEditor.getState().edit;
  const put = (next: TreeNode): void => edit((tr) => updateNode(tr, nodeId, next));
  const isStart = tree.start === nodeId;

  return (
    <section
      className="card tree-node-form"
      aria-labelledby="tree-node-form-title"
      data-testid="tree-node-form"
      data-node={nodeId}
    >
      <div className="tree-node-form-head">
        <h2 id="tree-node-form-title">
          <span className={`kind-dot kind-${node.kind}`} aria-hidden="true" />
          {nodeId}
        </h2>
        {isStart ? (
          <span className="badge">{t('treeEditor.isStart')}</span>
        ) : (
          <button
            type="button"
            className="button"
            onClick={() => edit((tr) => setStart(tr, nodeId))}
            data-testid="tree-node-make-start"
          >
            {t('treeEditor.makeStart')}
          </button>
        )}
        <button
          type="button"
          className="button danger"
          onClick={() => {
            edit((tr) => removeNode(tr, nodeId));
            treeEditor.getState().select(null);
          }}
          data-testid="tree-node-delete"
        >
          {t('treeEditor.deleteNode')}
        </button>
      </div>

      {props.problems.length > 0 && (
        <ul className="tree-problems" data-testid="tree-node-problems">
          {props.problems.map((p, i) => (
            <li key={`${p.code}-${i}`} data-code={p.code}>
              {treeProblemText(p, t)}
            </li>
          ))}
        </ul>
      )}

      <div className="tree-node-form-row">
        <NodeIdField key={nodeId} nodeId={nodeId} />
        <div className="tree-field">
          <label htmlFor="tree-node-kind">{t('treeEditor.kindLabel')}</label>
          <select
            id="tree-node-kind"
            value={node.kind}
            data-testid="tree-node-kind"
            onChange={(e) => put(changeKind(node, e.target.value as TreeNodeKind))}
          >
            {NODE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`treeEditor.kind.${kind}`)}
              </option>
            ))}
          </select>
        </div>
      </div>

      {node.kind !== 'condition' && (
        <LocalizedFields
          label={t('treeEditor.text')}
          value={node.text}
          languages={props.languages}
          required={props.required}
          multiline
          onChange={(text) => put({ ...node, text })}
          testId="tree-node-text"
        />
      )}
      <KindFields {...props} node={node} put={put} />
    </section>
  );
}

/** The id, committed when the field is left (a half-typed id must not relink the tree). */
function NodeIdField({ nodeId }: { nodeId: string }) {
  const { t } = useTranslation();
  const { treeEditor } = useStores();
  const [value, setValue] = useState(nodeId);
  const [error, setError] = useState<string | undefined>();
  const commit = (): void => {
    const result = treeEditor.getState().rename(nodeId, value.trim());
    setError(
      result.ok
        ? undefined
        : t(result.reason === 'taken' ? 'treeEditor.renameTaken' : 'treeEditor.renameInvalid'),
    );
  };
  return (
    <PlainField
      label={t('treeEditor.nodeId')}
      value={value}
      error={error}
      onChange={(v) => {
        setValue(v);
        setError(undefined);
      }}
      onBlur={commit}
      testId="tree-node-id"
    />
  );
}

function KindFields(props: NodeFormProps & { node: TreeNode; put: (node: TreeNode) => void }) {
  const { t } = useTranslation();
  const { treeEditor } = useStores();
  const { node, put, tree, nodeId } = props;
  const edit = treeEditor.getState().edit;
  switch (node.kind) {
    case 'question':
      return (
        <fieldset className="tree-field tree-choices">
          <legend>{t('treeEditor.choices')}</legend>
          {node.choices.map((choice, i) => (
            <div key={i} className="tree-choice" data-testid="tree-edit-choice">
              <LocalizedFields
                label={t('treeEditor.choice', { number: i + 1 })}
                value={choice.label}
                languages={props.languages}
                required={props.required}
                onChange={(label) => put({ ...node, choices: patchAt(node.choices, i, { label }) })}
              />
              <div className="tree-choice-foot">
                <NodeSelect
                  label={t('treeEditor.next')}
                  value={choice.next}
                  tree={tree}
                  testId="tree-choice-next"
                  onChange={(next) =>
                    put({ ...node, choices: patchAt(node.choices, i, { next: next ?? '' }) })
                  }
                />
                <button
                  type="button"
                  className="button ghost"
                  onClick={() => edit((tr) => removeChoice(tr, nodeId, i))}
                >
                  {t('treeEditor.remove')}
                </button>
              </div>
            </div>
          ))}
          <button
            type="button"
            className="button"
            onClick={() => edit((tr) => addChoice(tr, nodeId))}
            data-testid="tree-add-choice"
          >
            {t('treeEditor.addChoice')}
          </button>
        </fieldset>
      );
    case 'input':
      return (
        <>
          <PlainField
            label={t('treeEditor.variable')}
            value={node.variable}
            hint={t('treeEditor.variableHint', { example: `{{${node.variable || 'code'}}}` })}
            onChange={(variable) => put({ ...node, variable })}
            testId="tree-node-variable"
          />
          <NodeSelect
            label={t('treeEditor.next')}
            value={node.next}
            tree={tree}
            optional
            testId="tree-node-next"
            onChange={(next) => put(withNext(node, next))}
          />
        </>
      );
    case 'step':
      return (
        <NodeSelect
          label={t('treeEditor.next')}
          value={node.next}
          tree={tree}
          optional
          testId="tree-node-next"
          onChange={(next) => put(withNext(node, next))}
        />
      );
    case 'condition':
      return <ConditionFields {...props} node={node} />;
    case 'resolution':
      return (
        <div className="tree-node-form-row">
          <PlainField
            label={t('treeEditor.articleId')}
            value={node.articleId ?? ''}
            hint={t('treeEditor.optional')}
            onChange={(articleId) => put({ ...node, articleId })}
            testId="tree-node-article"
          />
          <PlainField
            label={t('treeEditor.cannedId')}
            value={node.cannedId ?? ''}
            hint={t('treeEditor.optional')}
            onChange={(cannedId) => put({ ...node, cannedId })}
            testId="tree-node-canned"
          />
        </div>
      );
    case 'escalation':
      return (
        <PlainField
          label={t('treeEditor.queue')}
          value={node.queue}
          onChange={(queue) => put({ ...node, queue })}
          testId="tree-node-queue"
        />
      );
    case 'link':
      return (
        <PlainField
          label={t('treeEditor.linkTree')}
          value={node.treeId}
          onChange={(treeId) => put({ ...node, treeId })}
          testId="tree-node-link"
        />
      );
  }
}

function withNext<N extends { next?: string }>(node: N, next: string | undefined): N {
  const { next: _old, ...rest } = node;
  return (next === undefined ? rest : { ...rest, next }) as N;
}

function ConditionFields(
  props: NodeFormProps & {
    node: Extract<TreeNode, { kind: 'condition' }>;
    put: (node: TreeNode) => void;
  },
) {
  const { t } = useTranslation();
  const { treeEditor } = useStores();
  const { node, put, tree, nodeId } = props;
  const edit = treeEditor.getState().edit;
  const variables = [
    ...new Set(
      Object.values(tree.nodes).flatMap((n) =>
        n.kind === 'input' && n.variable ? [n.variable] : [],
      ),
    ),
  ];
  const listId = `tree-variables-${nodeId}`;
  return (
    <>
      <PlainField
        label={t('treeEditor.variable')}
        value={node.variable}
        hint={t('treeEditor.conditionVariableHint')}
        list={listId}
        onChange={(variable) => put({ ...node, variable })}
        testId="tree-node-variable"
      />
      <datalist id={listId}>
        {variables.map((v) => (
          <option key={v} value={v} />
        ))}
      </datalist>
      <fieldset className="tree-field tree-branches">
        <legend>{t('treeEditor.branches')}</legend>
        {node.branches.map((branch, i) => (
          <div key={i} className="tree-branch" data-testid="tree-branch">
            <PlainField
              label={t('treeEditor.equals')}
              value={branch.equals}
              onChange={(equals) =>
                put({ ...node, branches: patchAt(node.branches, i, { equals }) })
              }
            />
            <NodeSelect
              label={t('treeEditor.next')}
              value={branch.next}
              tree={tree}
              onChange={(next) =>
                put({ ...node, branches: patchAt(node.branches, i, { next: next ?? '' }) })
              }
            />
            <button
              type="button"
              className="button ghost"
              onClick={() => edit((tr) => removeBranch(tr, nodeId, i))}
            >
              {t('treeEditor.remove')}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button"
          onClick={() => edit((tr) => addBranch(tr, nodeId))}
        >
          {t('treeEditor.addBranch')}
        </button>
      </fieldset>
      <NodeSelect
        label={t('treeEditor.otherwise')}
        value={node.otherwise}
        tree={tree}
        optional
        testId="tree-node-otherwise"
        onChange={(otherwise) => {
          const { otherwise: _old, ...rest } = node;
          put(otherwise === undefined ? rest : { ...rest, otherwise });
        }}
      />
    </>
  );
}

import { useTranslation } from 'react-i18next';
import type { ContentLanguage } from '../../../../shared/languages';
import type { TreeProblem } from '../../../../shared/trees/validate';
import { useStores } from '../../stores/stores-context';
import type { EditorDraft } from '../../stores/tree-editor-store';
import { isValidTreeId, setStart } from './edit-ops';
import { LocalizedFields, NodeSelect, PlainField } from './fields';
import { treeProblemText } from './problem-text';

/** The tree itself: its id (new trees only), title per language and start node. */
export function TreeSettings(props: {
  draft: EditorDraft;
  languages: readonly ContentLanguage[];
  required: readonly ContentLanguage[];
  problems: readonly TreeProblem[];
}) {
  const { t } = useTranslation();
  const { treeEditor } = useStores();
  const { draft } = props;
  const store = treeEditor.getState();
  const idError = draft.isNew && draft.id !== '' && !isValidTreeId(draft.id);

  return (
    <section className="card tree-settings" aria-labelledby="tree-settings-title">
      <h2 id="tree-settings-title">{t('treeEditor.treeSection')}</h2>
      {draft.isNew && (
        <PlainField
          label={t('treeEditor.treeId')}
          value={draft.id}
          hint={t('treeEditor.treeIdHint')}
          error={idError ? t('treeEditor.treeIdInvalid') : undefined}
          onChange={(id) => store.setId(id)}
          testId="tree-id"
        />
      )}
      <LocalizedFields
        label={t('treeEditor.titleLabel')}
        value={draft.tree.title}
        languages={props.languages}
        required={props.required}
        onChange={(title) => store.edit((tr) => ({ ...tr, title }))}
        testId="tree-edit-title"
      />
      <p className="field-hint">{t('treeEditor.titleHint')}</p>
      <NodeSelect
        label={t('treeEditor.startNode')}
        value={draft.tree.start}
        tree={draft.tree}
        testId="tree-start"
        onChange={(start) => {
          if (start !== undefined) store.edit((tr) => setStart(tr, start));
        }}
      />
      {props.problems.length > 0 && (
        <ul className="tree-problems" aria-label={t('treeEditor.treeProblems')}>
          {props.problems.map((p, i) => (
            <li key={`${p.code}-${i}`} data-code={p.code}>
              {treeProblemText(p, t)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

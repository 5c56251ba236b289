import type { TFunction } from 'i18next';
import type { TreeProblem } from '../../../../shared/trees/validate';
import type { EditorProblem } from '../../stores/tree-editor-store';
import type { SaveBlocker } from './edit-ops';

/** One validation problem in the author's language, naming the node. */
export function treeProblemText(problem: TreeProblem, t: TFunction): string {
  const node = problem.nodeId ?? '';
  switch (problem.code) {
    case 'missing-translation': {
      const language = problem.lang ? t(`contentLanguage.${problem.lang}`) : '';
      if (problem.nodeId === null)
        return t('treeEditor.problemCode.titleTranslation', { language });
      if (problem.choice !== undefined) {
        return t('treeEditor.problemCode.choiceTranslation', {
          node,
          language,
          number: problem.choice,
        });
      }
      return t('treeEditor.problemCode.missing-translation', { node, language });
    }
    case 'missing-start':
    case 'dangling-link':
    case 'unreachable':
    case 'no-way-out':
    case 'cycle-without-exit':
    case 'variable-maybe-unset':
      return t(`treeEditor.problemCode.${problem.code}`, { node });
  }
}

/** Why an authoring call failed, and what to do about it. */
export function editorProblemText(problem: EditorProblem, message: string, t: TFunction): string {
  return problem === 'call-failed'
    ? t('treeEditor.problem.call-failed', { message })
    : t(`treeEditor.problem.${problem}`);
}

export function blockerText(blocker: SaveBlocker, t: TFunction): string {
  return blocker.field === 'id'
    ? t('treeEditor.blocker.id')
    : t(`treeEditor.blocker.${blocker.field}`, { node: blocker.nodeId ?? '' });
}

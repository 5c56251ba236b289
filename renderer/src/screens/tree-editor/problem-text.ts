import type { TFunction } from 'i18next';
import { CONTENT_LANGUAGES, type ContentLanguage } from '../../../../shared/languages';
import type { TreeProblem } from '../../../../shared/trees/validate';
import type { EditorProblem } from '../../stores/tree-editor-store';
import type { SaveBlocker } from './edit-ops';

/**
 * The validator's `message` is English; its language and place are read back from it so the
 * author gets them in theirs ("Node "x" has no hu choice 2.", shared/trees/validate.ts).
 */
export function missingTranslationDetail(
  message: string,
): { lang: ContentLanguage; choice: number | null } | null {
  const match = /has no (\S+) (?:choice (\d+)|text|title)/.exec(message);
  const lang = CONTENT_LANGUAGES.find((l) => l === match?.[1]);
  if (!match || !lang) return null;
  return { lang, choice: match[2] === undefined ? null : Number(match[2]) };
}

/** One validation problem in the author's language, naming the node. */
export function treeProblemText(problem: TreeProblem, t: TFunction): string {
  const node = problem.nodeId ?? '';
  switch (problem.code) {
    case 'missing-translation': {
      const detail = missingTranslationDetail(problem.message);
      const language = detail ? t(`contentLanguage.${detail.lang}`) : '';
      if (problem.nodeId === null)
        return t('treeEditor.problemCode.titleTranslation', { language });
      if (detail?.choice != null) {
        return t('treeEditor.problemCode.choiceTranslation', {
          node,
          language,
          number: detail.choice,
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

import { describe, expect, it } from 'vitest';
import { validateTree } from '../../../../shared/trees/validate';
import type { Tree } from '../../../../shared/trees/model';
import { createI18n } from '../../i18n/create-i18n';
import { treeProblems } from './edit-ops';
import { blockerText, editorProblemText, treeProblemText } from './problem-text';

// Issue 7 item 4: every validator problem and authoring failure in the author's language.

const tree: Tree = {
  id: 't',
  title: { en: 'Router', hu: 'Router' },
  start: 'ask',
  nodes: {
    ask: {
      kind: 'question',
      text: { en: 'Lights?', hu: 'Világít?' },
      choices: [
        { label: { en: 'Yes' }, next: 'gone' },
        { label: { en: 'No', hu: 'Nem' }, next: 'loop' },
      ],
    },
    loop: { kind: 'step', text: { en: 'Again', hu: 'Újra' }, next: 'loop' },
    lost: { kind: 'step', text: { en: 'Never', hu: 'Soha' } },
    check: { kind: 'condition', variable: 'code', branches: [], otherwise: 'loop' },
  },
};

describe('tree problem texts', () => {
  it('names the node in every problem, in English and Hungarian', () => {
    const problems = treeProblems(tree);
    expect(new Set(problems.map((p) => p.code))).toEqual(
      new Set([
        'dangling-link',
        'no-way-out',
        'unreachable',
        'cycle-without-exit',
        'missing-translation',
      ]),
    );
    for (const lang of ['en', 'hu'] as const) {
      const { t } = createI18n(lang);
      for (const p of problems) {
        const text = treeProblemText(p, t);
        expect(text, p.message).toContain(`${p.nodeId}`);
        expect(text).not.toMatch(/treeEditor\.|\{\{/);
      }
    }
    const { t } = createI18n('hu');
    const choice = problems.find((p) => p.code === 'missing-translation');
    expect(choice && treeProblemText(choice, t)).toBe(
      '„ask” 1. lehetőségének felirata hiányzik ezen a nyelven: Magyar.',
    );
  });

  it('explains a missing start, a title translation and a variable that may be unset', () => {
    const { t } = createI18n('en');
    const broken: Tree = { ...tree, start: 'nope', title: { en: 'Router', id: '' } };
    const [missingStart] = validateTree(broken);
    expect(missingStart && treeProblemText(missingStart, t)).toBe(
      'The start node “nope” does not exist. Choose a start node.',
    );
    const title = validateTree(tree, { publishedLanguages: ['id'] }).find((p) => p.nodeId === null);
    expect(title && treeProblemText(title, t)).toBe('The title has no Indonesian text.');
    const unset = validateTree({ ...tree, start: 'check' }).find(
      (p) => p.code === 'variable-maybe-unset',
    );
    expect(unset && treeProblemText(unset, t)).toContain('Condition “check” reads a variable');
  });

  it('tells the author what to do about each authoring failure', () => {
    const { t } = createI18n('zh-CN');
    expect(editorProblemText('signed-out', '', t)).toContain('设置');
    expect(editorProblemText('call-failed', 'socket closed', t)).toContain('socket closed');
    const { t: en } = createI18n('en');
    for (const problem of ['offline', 'forbidden', 'not-found', 'invalid', 'conflict'] as const) {
      expect(editorProblemText(problem, '', en)).toMatch(/\.$/);
    }
    expect(blockerText({ nodeId: 'up', field: 'queue' }, en)).toBe(
      '“up”: fill in the queue or level.',
    );
  });
});

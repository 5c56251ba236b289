import { describe, expect, it } from 'vitest';
import type { Tree, TreeNode } from './model';
import { validateTree, type TreeProblemCode } from './validate';

const en = (text: string) => ({ en: text, hu: `${text} (hu)` });

function tree(nodes: Record<string, TreeNode>, start = 'q'): Tree {
  return { id: 'tree-test', title: en('Test'), start, nodes };
}

const ok: Record<string, TreeNode> = {
  q: {
    kind: 'question',
    text: en('Is it on?'),
    choices: [
      { label: en('Yes'), next: 'done' },
      { label: en('No'), next: 'esc' },
    ],
  },
  done: { kind: 'resolution', text: en('Fixed.'), articleId: 'a' },
  esc: { kind: 'escalation', text: en('Escalate.'), queue: 'second line' },
};

function codes(t: Tree, langs: ('en' | 'hu' | 'id')[] = []): [TreeProblemCode, string | null][] {
  return validateTree(t, { publishedLanguages: langs }).map((p) => [p.code, p.nodeId]);
}

describe('validateTree', () => {
  it('accepts a small sound tree', () => {
    expect(validateTree(tree(ok), { publishedLanguages: ['en', 'hu'] })).toEqual([]);
  });

  it('reports a missing start node', () => {
    const problems = validateTree(tree(ok, 'nowhere'));
    expect(problems.map((p) => p.code)).toContain('missing-start');
    expect(problems.find((p) => p.code === 'missing-start')?.message).toContain('"nowhere"');
  });

  it('reports dangling links from choices, next and condition branches', () => {
    const t = tree({
      q: {
        kind: 'question',
        text: en('?'),
        choices: [
          { label: en('A'), next: 'gone-a' },
          { label: en('B'), next: 's' },
        ],
      },
      s: { kind: 'step', text: en('Do it'), next: 'gone-s' },
    });
    const c = tree({
      q: { kind: 'input', text: en('Code?'), variable: 'code', next: 'c' },
      c: {
        kind: 'condition',
        variable: 'code',
        branches: [{ equals: '1', next: 'gone-c' }],
        otherwise: 'r',
      },
      r: { kind: 'resolution', text: en('Done') },
    });
    expect(codes(t).filter(([code]) => code === 'dangling-link')).toEqual([
      ['dangling-link', 'q'],
      ['dangling-link', 's'],
    ]);
    const problem = validateTree(c).find((p) => p.code === 'dangling-link');
    expect(problem?.nodeId).toBe('c');
    expect(problem?.message).toBe('Node "c" leads to "gone-c", which does not exist.');
  });

  it('reports unreachable nodes', () => {
    const t = tree({ ...ok, orphan: { kind: 'resolution', text: en('Never seen') } });
    const problems = validateTree(t);
    expect(problems.map((p) => [p.code, p.nodeId])).toEqual([['unreachable', 'orphan']]);
    expect(problems[0]?.message).toContain('"orphan"');
  });

  it('reports nodes with no way out', () => {
    const t = tree({
      q: {
        kind: 'question',
        text: en('?'),
        choices: [
          { label: en('A'), next: 's' },
          { label: en('B'), next: 'c' },
          { label: en('C'), next: 'empty' },
        ],
      },
      s: { kind: 'step', text: en('Do it') },
      c: { kind: 'condition', variable: 'x', branches: [{ equals: '1', next: 's' }] },
      empty: { kind: 'question', text: en('?'), choices: [] },
    });
    const stuck = validateTree(t).filter((p) => p.code === 'no-way-out');
    expect(stuck.map((p) => p.nodeId)).toEqual(['s', 'c', 'empty']);
    expect(stuck[0]?.message).toContain('"s"');
    expect(stuck[1]?.message).toContain('"otherwise"');
  });

  it('reports a loop with no exit but accepts a loop with one', () => {
    const trap = tree({
      q: {
        kind: 'question',
        text: en('?'),
        choices: [
          { label: en('A'), next: 'r' },
          { label: en('B'), next: 'loop-a' },
        ],
      },
      r: { kind: 'resolution', text: en('Done') },
      'loop-a': { kind: 'step', text: en('Restart the router'), next: 'loop-b' },
      'loop-b': { kind: 'step', text: en('Wait'), next: 'loop-a' },
    });
    const problems = validateTree(trap);
    expect(problems.map((p) => [p.code, p.nodeId])).toEqual([['cycle-without-exit', 'loop-a']]);
    expect(problems[0]?.message).toContain('"loop-a", "loop-b"');

    const retry = tree({
      q: {
        kind: 'question',
        text: en('Working now?'),
        choices: [
          { label: en('Yes'), next: 'r' },
          { label: en('No'), next: 's' },
        ],
      },
      r: { kind: 'resolution', text: en('Done') },
      s: { kind: 'step', text: en('Restart it'), next: 'q' },
    });
    expect(validateTree(retry)).toEqual([]);
  });

  it('reports a node looping on itself', () => {
    const t = tree({
      q: {
        kind: 'question',
        text: en('?'),
        choices: [
          { label: en('A'), next: 'r' },
          { label: en('B'), next: 'self' },
        ],
      },
      r: { kind: 'resolution', text: en('Done') },
      self: { kind: 'step', text: en('Again'), next: 'self' },
    });
    expect(codes(t)).toEqual([['cycle-without-exit', 'self']]);
  });

  it('reports missing translations in published languages only', () => {
    const t = tree({
      ...ok,
      q: {
        kind: 'question',
        text: { en: 'Is it on?', hu: 'Be van kapcsolva?' },
        choices: [
          { label: { en: 'Yes', hu: ' ' }, next: 'done' },
          { label: en('No'), next: 'esc' },
        ],
      },
    });
    expect(validateTree(t, { publishedLanguages: ['en'] })).toEqual([]);
    const problems = validateTree(t, { publishedLanguages: ['hu'] });
    expect(problems).toEqual([
      {
        code: 'missing-translation',
        nodeId: 'q',
        message: 'Node "q" has no hu choice 1.',
        lang: 'hu',
        choice: 1,
      },
    ]);
    expect(codes(t, ['id']).length).toBe(1 + 1 + 2 + 1 + 1); // title, q text, 2 labels, done, esc
    expect(codes(t, ['id'])[0]).toEqual(['missing-translation', null]);
  });

  // R4: a condition must not read a variable some paths never set (it would silently take "otherwise").
  describe('conditions read variables set on every path', () => {
    const ask = (next: string): TreeNode => ({
      kind: 'input',
      text: en('Decline code?'),
      variable: 'code',
      next,
    });
    const check: TreeNode = {
      kind: 'condition',
      variable: 'code',
      branches: [{ equals: '51', next: 'done' }],
      otherwise: 'esc',
    };

    it('accepts a variable set before the condition on the only path', () => {
      expect(codes(tree({ ...ok, q: ask('c'), c: check }))).toEqual([]);
    });

    it('reports a variable set on one branch only, naming the condition', () => {
      const t = tree({
        ...ok,
        q: {
          kind: 'question',
          text: en('Is there a code?'),
          choices: [
            { label: en('Yes'), next: 'ask' },
            { label: en('No'), next: 'c' },
          ],
        },
        ask: ask('c'),
        c: check,
      });
      const problems = validateTree(t);
      expect(problems.map((p) => [p.code, p.nodeId])).toEqual([['variable-maybe-unset', 'c']]);
      expect(problems[0]?.message).toContain('"code"');
    });

    it('accepts a variable set on both branches, and through a loop that sets it first', () => {
      const both = tree({
        ...ok,
        q: {
          kind: 'question',
          text: en('Which card?'),
          choices: [
            { label: en('Debit'), next: 'a1' },
            { label: en('Credit'), next: 'a2' },
          ],
        },
        a1: ask('c'),
        a2: ask('c'),
        c: check,
      });
      expect(codes(both)).toEqual([]);
      const loop = tree({
        ...ok,
        q: ask('c'),
        c: { ...check, otherwise: 'retry' },
        retry: {
          kind: 'question',
          text: en('Try again?'),
          choices: [
            { label: en('Yes'), next: 'q' },
            { label: en('No'), next: 'esc' },
          ],
        },
      });
      expect(codes(loop)).toEqual([]);
    });

    it('reports a loop that jumps back past the input to the condition', () => {
      const t = tree(
        {
          ...ok,
          start: {
            kind: 'question',
            text: en('Card?'),
            choices: [
              { label: en('Yes'), next: 'q' },
              { label: en('Skip'), next: 'c' },
            ],
          },
          q: ask('c'),
          c: check,
        },
        'start',
      );
      expect(codes(t)).toEqual([['variable-maybe-unset', 'c']]);
    });
  });
});

// Issue 7 item 6: any path through a valid tree ends at a resolution, escalation or link.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { treesSchema, type Tree, type TreeNode } from './model';
import { answer, currentNode, done, input, outcome, startSession } from './runner';
import { validateTree } from './validate';

const file = fileURLToPath(new URL('../../server/demo/trees.json', import.meta.url));
const demo = treesSchema.parse(JSON.parse(readFileSync(file, 'utf8')));

const VARIABLES = ['v0', 'v1'];
const VALUES = ['a', 'b', 'c'];

/** Values an agent might type: every code some condition tests for, and one no condition knows. */
function inputValues(tree: Tree): string[] {
  const codes = Object.values(tree.nodes).flatMap((n) =>
    n.kind === 'condition' ? n.branches.map((b) => b.equals) : [],
  );
  return [...new Set([...codes, 'unknown-value'])];
}

/** Follows `moves` (one number per answer) and returns how many answers it took to finish. */
function walk(tree: Tree, moves: readonly number[], limit: number): number {
  const values = inputValues(tree);
  let s = startSession(tree, 0);
  for (let step = 0; step <= limit; step++) {
    if (outcome(tree, s)) return step;
    const move = moves[step % moves.length] ?? 0;
    const { node } = currentNode(tree, s);
    if (node.kind === 'question') s = answer(tree, s, move % node.choices.length, step + 1);
    else if (node.kind === 'input')
      s = input(tree, s, values[move % values.length] ?? '', step + 1);
    else s = done(tree, s, step + 1);
  }
  throw new Error(`No outcome after ${limit} answers in ${tree.id}`);
}

const nodeSpec = fc.record({
  kind: fc.constantFrom(
    'question',
    'input',
    'step',
    'condition',
    'resolution',
    'escalation',
    'link',
  ),
  targets: fc.array(fc.nat(), { minLength: 2, maxLength: 4 }),
  variable: fc.constantFrom(...VARIABLES),
  equals: fc.array(fc.constantFrom(...VALUES), { minLength: 1, maxLength: 3 }),
});

/**
 * Random acyclic trees: node i only leads to nodes after it and the last node is terminal, so
 * every node has a way out; nodes the start cannot reach are dropped so the tree is valid. The
 * run opens by asking for every variable, so each condition reads a variable set on every path
 * (inputs further on may set them again).
 */
const validTree = fc.array(nodeSpec, { minLength: 1, maxLength: 15 }).map((specs): Tree => {
  const n = specs.length;
  const id = (i: number) => `n${i}`;
  const nodes: Record<string, TreeNode> = {};
  specs.forEach((spec, i) => {
    const text = { en: `Node ${i}` };
    const after = n - 1 - i;
    const kind =
      after === 0 && !['resolution', 'escalation', 'link'].includes(spec.kind)
        ? 'resolution'
        : spec.kind;
    const to = (k: number) => id(i + 1 + ((spec.targets[k] ?? 0) % after));
    switch (kind) {
      case 'question':
        nodes[id(i)] = {
          kind,
          text,
          choices: spec.targets.map((_, k) => ({ label: { en: `Choice ${k}` }, next: to(k) })),
        };
        break;
      case 'input':
        nodes[id(i)] = { kind, text, variable: spec.variable, next: to(0) };
        break;
      case 'step':
        nodes[id(i)] = { kind, text, next: to(0) };
        break;
      case 'condition':
        nodes[id(i)] = {
          kind,
          variable: spec.variable,
          branches: spec.equals.map((equals, k) => ({ equals, next: to(k) })),
          otherwise: to(spec.targets.length - 1),
        };
        break;
      case 'resolution':
        nodes[id(i)] = { kind, text, articleId: 'article' };
        break;
      case 'escalation':
        nodes[id(i)] = { kind, text, queue: 'second line' };
        break;
      case 'link':
        nodes[id(i)] = { kind, text, treeId: 'tree-other' };
        break;
    }
  });
  VARIABLES.forEach((variable, k) => {
    const next = VARIABLES[k + 1] === undefined ? id(0) : `ask-${VARIABLES[k + 1]}`;
    nodes[`ask-${variable}`] = { kind: 'input', text: { en: variable }, variable, next };
  });
  const start = `ask-${VARIABLES[0]}`;
  const tree: Tree = { id: 'tree-random', title: { en: 'Random' }, start, nodes };
  const unreachable = new Set(
    validateTree(tree)
      .filter((p) => p.code === 'unreachable')
      .map((p) => p.nodeId),
  );
  return {
    ...tree,
    nodes: Object.fromEntries(Object.entries(nodes).filter(([k]) => !unreachable.has(k))),
  };
});

const moves = fc.array(fc.nat(), { minLength: 1, maxLength: 30 });

describe('every path ends at an outcome', () => {
  it.each(demo.map((t) => [t.id, t] as const))('in the demo tree %s', (_, tree) => {
    const limit = Object.keys(tree.nodes).length;
    fc.assert(
      fc.property(moves, (m) => {
        expect(walk(tree, m, limit)).toBeLessThanOrEqual(limit);
      }),
    );
  });

  it('in random valid trees', () => {
    fc.assert(
      fc.property(validTree, moves, (tree, m) => {
        expect(validateTree(tree, { publishedLanguages: ['en'] })).toEqual([]);
        const limit = Object.keys(tree.nodes).length;
        expect(walk(tree, m, limit)).toBeLessThanOrEqual(limit);
      }),
      { numRuns: 300 },
    );
  });
});

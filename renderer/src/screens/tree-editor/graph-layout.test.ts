import { describe, expect, it } from 'vitest';
import type { Tree } from '../../../../shared/trees/model';
import { treeProblems } from './edit-ops';
import { NODE_HEIGHT, NODE_WIDTH, treeDiagram } from './graph-layout';

// Issue 7 item 4: the live diagram, laid out top to bottom by dagre.

const tree: Tree = {
  id: 'card',
  title: { en: 'Card declined', hu: 'Elutasított kártya' },
  start: 'ask',
  nodes: {
    ask: {
      kind: 'question',
      text: { en: 'Is there an attempt?', hu: 'Van kísérlet?' },
      choices: [
        { label: { en: 'Yes', hu: 'Igen' }, next: 'code' },
        { label: { en: 'No', hu: 'Nem' }, next: 'merchant' },
      ],
    },
    code: {
      kind: 'input',
      text: { en: 'Type the code', hu: 'Írja be a kódot' },
      variable: 'declineCode',
      next: 'by-code',
    },
    'by-code': {
      kind: 'condition',
      variable: 'declineCode',
      branches: [{ equals: '51', next: 'funds' }],
      otherwise: 'up',
    },
    funds: { kind: 'resolution', text: { en: 'No funds', hu: 'Nincs fedezet' } },
    merchant: { kind: 'resolution', text: { en: 'Merchant', hu: 'Kereskedő' } },
    up: { kind: 'escalation', text: { en: 'Second line', hu: 'Második szint' }, queue: 'l2' },
  },
};

describe('tree diagram', () => {
  it('has a node per tree node and a labelled edge per link', () => {
    const d = treeDiagram(tree, 'hu', []);
    expect(d.nodes.map((n) => n.id)).toEqual(Object.keys(tree.nodes));
    expect(d.nodes.find((n) => n.id === 'ask')).toMatchObject({
      kind: 'question',
      text: 'Van kísérlet?',
      isStart: true,
      problems: [],
    });
    expect(d.nodes.find((n) => n.id === 'by-code')?.text).toBe('declineCode');
    expect(d.edges.map((e) => [e.source, e.target, e.label])).toEqual([
      ['ask', 'code', { kind: 'choice', text: 'Igen' }],
      ['ask', 'merchant', { kind: 'choice', text: 'Nem' }],
      ['code', 'by-code', { kind: 'next' }],
      ['by-code', 'funds', { kind: 'branch', equals: '51' }],
      ['by-code', 'up', { kind: 'otherwise' }],
    ]);
    expect(new Set(d.edges.map((e) => e.id)).size).toBe(d.edges.length);
  });

  it('lays the graph out top to bottom without overlaps', () => {
    const d = treeDiagram(tree, 'en', []);
    const at = new Map(d.nodes.map((n) => [n.id, n.position]));
    for (const e of d.edges) {
      expect(at.get(e.target)?.y ?? 0).toBeGreaterThan(at.get(e.source)?.y ?? 0);
    }
    for (const a of d.nodes) {
      for (const b of d.nodes) {
        if (a === b) continue;
        const apart =
          Math.abs(a.position.x - b.position.x) >= NODE_WIDTH ||
          Math.abs(a.position.y - b.position.y) >= NODE_HEIGHT;
        expect(apart, `${a.id} overlaps ${b.id}`).toBe(true);
      }
    }
  });

  it('marks problems on their nodes and draws no edge into nowhere', () => {
    const broken: Tree = {
      ...tree,
      nodes: {
        ...tree.nodes,
        ask: {
          kind: 'question',
          text: { en: 'Is there an attempt?' },
          choices: [
            { label: { en: 'Yes', hu: 'Igen' }, next: 'code' },
            { label: { en: 'No', hu: 'Nem' }, next: 'nowhere' },
          ],
        },
      },
    };
    const d = treeDiagram(broken, 'en', treeProblems(broken));
    expect(d.nodes.find((n) => n.id === 'ask')?.problems).toEqual([
      'dangling-link',
      'missing-translation',
    ]);
    expect(d.nodes.find((n) => n.id === 'merchant')?.problems).toEqual(['unreachable']);
    expect(d.edges.some((e) => e.target === 'nowhere')).toBe(false);
  });

  it('copes with loops and repeated targets', () => {
    const loop: Tree = {
      ...tree,
      nodes: {
        ...tree.nodes,
        ask: {
          kind: 'question',
          text: { en: 'Again?' },
          choices: [
            { label: { en: 'Again' }, next: 'ask' },
            { label: { en: 'Yes' }, next: 'merchant' },
            { label: { en: 'Also yes' }, next: 'merchant' },
          ],
        },
      },
    };
    const d = treeDiagram(loop, 'en', []);
    expect(d.edges.filter((e) => e.source === 'ask')).toHaveLength(3);
    expect(
      d.nodes.every((n) => Number.isFinite(n.position.x) && Number.isFinite(n.position.y)),
    ).toBe(true);
  });
});

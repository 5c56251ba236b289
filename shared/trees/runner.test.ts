import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { treesSchema, type Tree } from './model';
import {
  answer,
  back,
  breadcrumb,
  currentNode,
  done,
  input,
  interpolate,
  outcome,
  progress,
  restart,
  resumeSession,
  startSession,
  transcript,
  TreeRunError,
} from './runner';

const file = fileURLToPath(new URL('../../server/demo/trees.json', import.meta.url));
const demo = treesSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
const cardDeclined = demo.find((t) => t.id === 'tree-card-declined') ?? demo[0];
if (!cardDeclined) throw new Error('The demo has no trees.');

const small: Tree = {
  id: 'tree-small',
  title: { en: 'Router check', hu: 'Router ellenőrzés' },
  start: 'model',
  nodes: {
    model: {
      kind: 'input',
      text: { en: 'Router model?', hu: 'Router típusa?' },
      variable: 'model',
      next: 'restart',
    },
    restart: {
      kind: 'step',
      text: { en: 'Restart the {{model}} router.', hu: 'Indítsa újra a(z) {{model}} routert.' },
      next: 'works',
    },
    works: {
      kind: 'question',
      text: { en: 'Does the {{model}} work now?' },
      choices: [
        { label: { en: 'Yes', hu: 'Igen' }, next: 'fixed' },
        { label: { en: 'No', hu: 'Nem' }, next: 'other' },
      ],
    },
    fixed: { kind: 'resolution', text: { en: 'Fixed.' }, articleId: 'router-restart' },
    other: { kind: 'link', text: { en: 'Continue with the line check.' }, treeId: 'tree-line' },
  },
};

describe('the tree runner', () => {
  it('walks the card-declined tree through an input and a condition', () => {
    let s = startSession(cardDeclined, 1000);
    expect(currentNode(cardDeclined, s).id).toBe('attempt');
    expect(outcome(cardDeclined, s)).toBeNull();
    s = answer(cardDeclined, s, 0, 2000);
    expect(currentNode(cardDeclined, s).id).toBe('code');
    s = input(cardDeclined, s, ' 55 ', 3000);
    // The condition "by-code" is taken automatically.
    expect(currentNode(cardDeclined, s).id).toBe('pin-known');
    expect(s.variables).toEqual({ declineCode: '55' });
    s = answer(cardDeclined, s, 0, 5000);
    expect(currentNode(cardDeclined, s).id).toBe('res-unblock');
    expect(outcome(cardDeclined, s)).toEqual({
      kind: 'resolved',
      articleId: 'card-blocked-wrong-pin',
    });
    expect(progress(cardDeclined, s)).toEqual({ answered: 3, remaining: 0, fraction: 1 });
  });

  it('falls through to "otherwise" for an unknown code and escalates', () => {
    let s = startSession(cardDeclined, 0);
    s = input(cardDeclined, answer(cardDeclined, s, 0, 1), '99', 2);
    expect(outcome(cardDeclined, s)).toEqual({ kind: 'escalated', queue: 'second-line cards' });
  });

  it('rejects actions that do not fit the current node', () => {
    const s = startSession(cardDeclined, 0);
    expect(() => done(cardDeclined, s, 1)).toThrow(TreeRunError);
    expect(() => input(cardDeclined, s, '51', 1)).toThrow(TreeRunError);
    expect(() => answer(cardDeclined, s, 5, 1)).toThrow(TreeRunError);
    const atInput = answer(cardDeclined, s, 0, 1);
    expect(() => input(cardDeclined, atInput, '  ', 2)).toThrow(TreeRunError);
  });

  it('goes back over conditions and forgets the undone input; restart starts over', () => {
    let s = startSession(cardDeclined, 0);
    s = answer(cardDeclined, s, 0, 10);
    s = input(cardDeclined, s, '55', 20);
    s = back(cardDeclined, s, 30);
    expect(currentNode(cardDeclined, s).id).toBe('code');
    expect(s.variables).toEqual({});
    expect(s.path.at(-1)).toEqual({ nodeId: 'code', enteredAt: 30 });
    s = back(cardDeclined, s, 40);
    expect(currentNode(cardDeclined, s).id).toBe('attempt');
    expect(back(cardDeclined, s, 50)).toBe(s);
    s = input(cardDeclined, answer(cardDeclined, s, 0, 60), '61', 70);
    expect(s.variables).toEqual({ declineCode: '61' });
    const again = restart(cardDeclined, 80);
    expect(currentNode(cardDeclined, again).id).toBe('attempt');
    expect(again.variables).toEqual({});
    expect(again.path).toEqual([{ nodeId: 'attempt', enteredAt: 80 }]);
  });

  it('keeps a breadcrumb with the time spent on each step, conditions left out', () => {
    let s = startSession(cardDeclined, 1000);
    s = answer(cardDeclined, s, 0, 4000);
    s = input(cardDeclined, s, '57', 9000);
    expect(breadcrumb(cardDeclined, s)).toEqual([
      {
        nodeId: 'attempt',
        kind: 'question',
        enteredAt: 1000,
        durationMs: 3000,
        answer: { kind: 'choice', index: 0 },
      },
      {
        nodeId: 'code',
        kind: 'input',
        enteredAt: 4000,
        durationMs: 5000,
        answer: { kind: 'input', value: '57' },
      },
      { nodeId: 'step-enable', kind: 'step', enteredAt: 9000 },
    ]);
    const p = progress(cardDeclined, s);
    expect(p).toEqual({ answered: 2, remaining: 1, fraction: 2 / 3 });
  });

  it('interpolates variables into texts and leaves unknown names visible', () => {
    expect(interpolate('Restart the {{ model }}; code {{code}}', { model: 'X1' })).toBe(
      'Restart the X1; code {{code}}',
    );
  });

  it('writes a transcript with answers, variables and outcome, in the chosen language', () => {
    let s = startSession(small, 0);
    s = input(small, s, 'Fritz 7590', 1);
    s = done(small, s, 2);
    expect(transcript(small, s, 'hu')).toBe(
      [
        'Router ellenőrzés',
        '1. Router típusa?',
        '   → Fritz 7590',
        '2. Indítsa újra a(z) Fritz 7590 routert.',
        '   → Done',
        'Variables: model = Fritz 7590',
        'Outcome: Not finished',
      ].join('\n'),
    );
    const resolved = answer(small, s, 0, 3);
    expect(transcript(small, resolved, 'en').split('\n').slice(-4)).toEqual([
      '3. Does the Fritz 7590 work now?',
      '   → Yes',
      'Variables: model = Fritz 7590',
      'Outcome: Resolved (article router-restart) — Fixed.',
    ]);
    const linked = answer(small, s, 1, 3);
    expect(outcome(small, linked)).toEqual({ kind: 'linked', treeId: 'tree-line' });
    expect(transcript(small, linked, 'en')).toContain(
      'Outcome: Continued in tree tree-line — Continue with the line check.',
    );
  });

  it('resumes an interrupted session from JSON, and refuses one that no longer fits', () => {
    let s = startSession(cardDeclined, 0);
    s = input(cardDeclined, answer(cardDeclined, s, 0, 1), '59', 2);
    const saved: unknown = JSON.parse(JSON.stringify(s));
    const resumed = resumeSession(cardDeclined, saved);
    expect(resumed).toEqual(s);
    if (resumed) expect(currentNode(cardDeclined, resumed).id).toBe('fraud-confirm');
    expect(resumeSession(small, saved)).toBeNull();
    const tampered = { ...s, variables: { declineCode: '51' } };
    expect(resumeSession(cardDeclined, tampered)?.variables).toEqual({ declineCode: '59' });
    expect(resumeSession(cardDeclined, { nonsense: true })).toBeNull();
    const edited: Tree = {
      ...cardDeclined,
      nodes: {
        ...cardDeclined.nodes,
        'by-code': {
          kind: 'condition',
          variable: 'declineCode',
          branches: [],
          otherwise: 'res-funds',
        },
      },
    };
    expect(resumeSession(edited, saved)).toBeNull();
  });
});

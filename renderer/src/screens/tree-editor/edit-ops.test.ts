import { describe, expect, it } from 'vitest';
import type { Tree } from '../../../../shared/trees/model';
import {
  addBranch,
  addChoice,
  addNode,
  changeKind,
  isDraftAhead,
  isValidTreeId,
  nodeOrder,
  languageOrder,
  mergeProblems,
  newTree,
  problemsByNode,
  removeChoice,
  removeNode,
  renameNode,
  setStart,
  titleLanguages,
  toSaveInput,
  treeProblems,
  uniqueNodeId,
  patchAt,
} from './edit-ops';

// Issue 7 item 4: the editor's edits, each returning a new tree the validator then judges.

function small(): Tree {
  return {
    id: 'wifi',
    title: { en: 'Wi-Fi', hu: 'Wi-Fi hiba' },
    start: 'ask',
    nodes: {
      ask: {
        kind: 'question',
        text: { en: 'Does the router blink?', hu: 'Villog a router?' },
        choices: [
          { label: { en: 'Yes', hu: 'Igen' }, next: 'done' },
          { label: { en: 'No', hu: 'Nem' }, next: 'up' },
        ],
      },
      done: { kind: 'resolution', text: { en: 'Fine.', hu: 'Rendben.' }, articleId: 'kb-1' },
      up: { kind: 'escalation', text: { en: 'Send up.', hu: 'Tovább.' }, queue: 'network-2' },
    },
  };
}

describe('tree edit operations', () => {
  it('a small complete tree has no problems in the languages of its title', () => {
    expect(titleLanguages(small())).toEqual(['en', 'hu']);
    expect(treeProblems(small())).toEqual([]);
  });

  it('a new tree starts with one empty question, which the validator flags', () => {
    const tree = newTree();
    expect(tree.nodes[tree.start]?.kind).toBe('question');
    expect(treeProblems(tree).map((p) => [p.code, p.nodeId])).toEqual([['no-way-out', 'start']]);
  });

  it('adds nodes under fresh ids', () => {
    const first = addNode(small(), 'step');
    expect(first.id).toBe('step');
    const second = addNode(first.tree, 'step');
    expect(second.id).toBe('step-2');
    expect(uniqueNodeId(second.tree, 'step')).toBe('step-3');
    expect(second.tree.nodes['step-2']).toEqual({ kind: 'step', text: {} });
  });

  it('removing a node leaves the links to it for the validator to point at', () => {
    const tree = removeNode(small(), 'up');
    expect(Object.keys(tree.nodes)).toEqual(['ask', 'done']);
    expect(treeProblems(tree)).toContainEqual(
      expect.objectContaining({ code: 'dangling-link', nodeId: 'ask' }),
    );
    expect(Object.keys(small().nodes)).toHaveLength(3);
  });

  it('renames a node in place and every link to it, start included', () => {
    const result = renameNode(small(), 'ask', 'blink');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.tree.start).toBe('blink');
    expect(Object.keys(result.tree.nodes)).toEqual(['blink', 'done', 'up']);
    const again = renameNode(result.tree, 'up', 'second-line');
    expect(again.ok && again.tree.nodes.blink).toMatchObject({
      choices: [{ next: 'done' }, { next: 'second-line' }],
    });
    expect(again.ok && treeProblems(again.tree)).toEqual([]);
  });

  it('refuses a rename to a taken or malformed id', () => {
    expect(renameNode(small(), 'ask', 'done')).toEqual({ ok: false, reason: 'taken' });
    expect(renameNode(small(), 'ask', 'has space')).toEqual({ ok: false, reason: 'invalid' });
    expect(renameNode(small(), 'ask', '')).toEqual({ ok: false, reason: 'invalid' });
  });

  it('changing the kind keeps the texts and the way on', () => {
    const step = { kind: 'step', text: { en: 'Restart it.' }, next: 'done' } as const;
    expect(changeKind(step, 'input')).toEqual({
      kind: 'input',
      text: { en: 'Restart it.' },
      variable: '',
      next: 'done',
    });
    expect(changeKind(step, 'condition')).toEqual({
      kind: 'condition',
      variable: '',
      branches: [],
      otherwise: 'done',
    });
    expect(changeKind(step, 'escalation')).toEqual({
      kind: 'escalation',
      text: { en: 'Restart it.' },
      queue: '',
    });
    expect(changeKind(step, 'step')).toBe(step);
  });

  it('a new choice leads nowhere until the author picks a node', () => {
    const tree = addChoice(small(), 'ask');
    expect(tree.nodes.ask).toMatchObject({ choices: [{}, {}, { next: '', label: {} }] });
    expect(treeProblems(tree).map((p) => [p.code, p.nodeId])).toContainEqual([
      'dangling-link',
      'ask',
    ]);
    expect(removeChoice(tree, 'ask', 2)).toEqual(small());
    expect(addChoice(small(), 'done')).toEqual(small());
  });

  it('adds condition branches', () => {
    const { tree, id } = addNode(small(), 'condition');
    expect(addBranch(tree, id).nodes[id]).toMatchObject({ branches: [{ equals: '', next: '' }] });
  });

  it('sets the start node', () => {
    expect(setStart(small(), 'done').start).toBe('done');
    expect(treeProblems(setStart(small(), 'gone'))[0]).toMatchObject({ code: 'missing-start' });
  });

  it('reports missing translations in every language the title has', () => {
    const tree = small();
    const withId = { ...tree, title: { ...tree.title, id: 'Wi-Fi mati' } };
    const problems = treeProblems(withId);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.code === 'missing-translation')).toBe(true);
  });

  it('groups problems by node, a missing start and the title under the tree', () => {
    const tree = setStart({ ...small(), title: { en: 'Wi-Fi', hu: '', id: 'x' } }, 'gone');
    const grouped = problemsByNode(tree, treeProblems(tree));
    expect(grouped.get(null)?.map((p) => p.code)).toContain('missing-start');
    expect(grouped.get('ask')?.map((p) => p.code)).toContain('missing-translation');
  });

  it('lists nodes in the order an agent meets them, unreachable ones last', () => {
    const tree = small();
    const { ask, done, up } = tree.nodes;
    if (!ask || !done || !up) throw new Error('fixture');
    const shuffled: Tree = { ...tree, nodes: { up, lost: { kind: 'step', text: {} }, done, ask } };
    expect(nodeOrder(shuffled)).toEqual(['ask', 'done', 'up', 'lost']);
    expect(nodeOrder(setStart(shuffled, 'gone'))).toEqual(['up', 'lost', 'done', 'ask']);
  });

  it('adds the server’s problems to the validator’s, each once', () => {
    const local = treeProblems(removeNode(small(), 'up'));
    const server = [
      ...local,
      { code: 'unreachable', nodeId: 'done', message: 'Node "done" cannot be reached.' },
    ] as const;
    expect(mergeProblems(local, server)).toEqual([...local, server[server.length - 1]]);
  });

  it('orders languages with the author’s first', () => {
    expect(languageOrder(['hu', 'en'])).toEqual(['hu', 'en', 'zh-Hans', 'zh-Hant', 'id']);
  });

  it('tells a draft ahead of the published version', () => {
    expect(isDraftAhead({ latestVersion: 3, publishedVersion: 2 })).toBe(true);
    expect(isDraftAhead({ latestVersion: 2, publishedVersion: 2 })).toBe(false);
    // Never published is shown as such, not as "ahead".
    expect(isDraftAhead({ latestVersion: 1, publishedVersion: null })).toBe(false);
  });

  it('checks tree ids the way the server does', () => {
    expect(isValidTreeId('tree-router-2')).toBe(true);
    expect(isValidTreeId('Tree')).toBe(false);
    expect(isValidTreeId('-x')).toBe(false);
    expect(isValidTreeId('')).toBe(false);
  });
});

describe('the document to save', () => {
  it('drops blank translations and empty optional links', () => {
    const tree = small();
    const draft: Tree = {
      ...tree,
      title: { en: ' Wi-Fi ', hu: 'Wi-Fi hiba', id: '  ' },
      nodes: {
        ...tree.nodes,
        done: {
          kind: 'resolution',
          text: { en: 'Fine.', hu: 'Rendben.' },
          articleId: ' ',
          cannedId: 'c-1',
        },
      },
    };
    const result = toSaveInput(draft, 'wifi');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.input.title).toEqual({ en: 'Wi-Fi', hu: 'Wi-Fi hiba' });
    expect(result.input.document.id).toBe('wifi');
    expect(result.input.document.nodes.done).toEqual({
      kind: 'resolution',
      text: { en: 'Fine.', hu: 'Rendben.' },
      cannedId: 'c-1',
    });
  });

  it('names what must be filled in before the server will take it', () => {
    let tree = addChoice(small(), 'ask');
    tree = addNode(tree, 'escalation').tree;
    expect(toSaveInput(tree, 'Bad Id')).toEqual({
      ok: false,
      blockers: [
        { nodeId: null, field: 'id' },
        { nodeId: 'ask', field: 'next' },
        { nodeId: 'escalation', field: 'queue' },
      ],
    });
  });
});

describe('patchAt', () => {
  it('changes only the item at the index, leaving the list and the others as they were', () => {
    const items = [
      { label: 'a', next: 'x' },
      { label: 'b', next: 'y' },
    ];
    expect(patchAt(items, 1, { next: 'z' })).toEqual([
      { label: 'a', next: 'x' },
      { label: 'b', next: 'z' },
    ]);
    expect(items[1]?.next).toBe('y');
  });
});

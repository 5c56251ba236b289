import { describe, expect, it } from 'vitest';
import {
  answer,
  back,
  done,
  input,
  startSession,
  type TreeSession,
} from '../../../shared/trees/runner';
import { MAX_REPORTED_STEPS } from '../../../shared/workstation/trees';
import { createFakeApi, sampleTree, treeForRun } from './fake-api';
import { outcomeReport } from './tree-report';
import { createTreeRunStore, type ReadyRun } from './tree-run-store';

// Issue 7 items 2 and 3: saving a run after every step, resuming it, and reporting its end once.

function setup() {
  const fake = createFakeApi();
  const tree = sampleTree();
  fake.state.treesForRun.set(tree.id, treeForRun(tree));
  let clock = 1_000;
  const store = createTreeRunStore(fake.api, { now: () => clock });
  const ready = (): ReadyRun => {
    const { state } = store.getState();
    if (state.status !== 'ready') throw new Error(`not ready: ${state.status}`);
    return state;
  };
  return {
    fake,
    tree,
    store,
    ready,
    tick: (ms: number) => (clock += ms),
    at: () => clock,
  };
}

describe('tree run store', () => {
  it('starts a fresh run at the first node, without saving anything yet', async () => {
    const { fake, store, ready } = setup();
    await store.getState().open('card-declined');
    expect(ready()).toMatchObject({ resumable: false, lang: 'en', reported: false });
    expect(ready().session.path).toEqual([{ nodeId: 'attempt', enteredAt: 1_000 }]);
    expect(fake.calls).toEqual([]);
  });

  it('says when the tree is not on the workstation, and when it cannot start', async () => {
    const { fake, store } = setup();
    await store.getState().open('nope');
    expect(store.getState().state).toEqual({ status: 'not-found', id: 'nope' });
    const broken = { ...sampleTree('broken'), start: 'missing' };
    fake.state.treesForRun.set('broken', treeForRun(broken));
    await store.getState().open('broken');
    expect(store.getState().state).toMatchObject({ status: 'broken', id: 'broken' });
  });

  it('reports a failed load with its message', async () => {
    const { fake, store } = setup();
    fake.api.getTree = () => Promise.reject(new Error('replica busy'));
    await store.getState().open('card-declined');
    expect(store.getState().state).toEqual({
      status: 'failed',
      id: 'card-declined',
      message: 'replica busy',
    });
  });

  it('saves after every step and reports the end once, with time per node', async () => {
    const { fake, tree, store, ready, tick, at } = setup();
    await store.getState().open('card-declined');
    tick(2_000);
    store.getState().step(answer(tree, ready().session, 0, at()));
    tick(5_000);
    store.getState().step(input(tree, ready().session, ' 61 ', at()));
    tick(3_000);
    store.getState().step(done(tree, ready().session, at()));
    await store.getState().flushed();
    expect(fake.calls).toEqual(['saveTreeSession', 'saveTreeSession', 'reportTreeOutcome']);
    expect(fake.sent.treeSessions.map((s) => s.session?.path.at(-1)?.nodeId)).toEqual([
      'code',
      'limit',
    ]);
    expect(fake.sent.treeOutcomes).toEqual([
      {
        treeId: 'card-declined',
        documentVersion: 3,
        lang: 'en',
        outcome: 'resolved',
        endNode: 'retry',
        queue: null,
        articleId: 'card-limits',
        path: [
          { node: 'attempt', ms: 2_000 },
          { node: 'code', ms: 5_000 },
          { node: 'by-code', ms: 0 },
          { node: 'limit', ms: 3_000 },
          { node: 'retry', ms: 0 },
        ],
        totalMs: 10_000,
      },
    ]);
    expect(ready().reported).toBe(true);

    // Back from the end and on to the same end again: the run still counts once.
    store.getState().step(back(tree, ready().session, at()));
    store.getState().step(done(tree, ready().session, at()));
    await store.getState().flushed();
    expect(fake.sent.treeOutcomes).toHaveLength(1);
    expect(fake.sent.treeSessions.at(-1)).toEqual({ treeId: 'card-declined', session: null });
  });

  it('reports an escalation with its queue, and a link with the next tree', async () => {
    const { fake, tree, store, ready, at } = setup();
    await store.getState().open('card-declined');
    store.getState().step(answer(tree, ready().session, 0, at()));
    store.getState().step(input(tree, ready().session, '99', at()));
    store.getState().restart();
    store.getState().step(answer(tree, ready().session, 2, at()));
    await store.getState().flushed();
    expect(fake.sent.treeOutcomes.map((r) => [r.outcome, r.endNode, r.queue])).toEqual([
      ['escalated', 'second-line', 'Cards second line'],
      ['linked', 'other', 'card-other'],
    ]);
  });

  it('reports a restarted run as abandoned where the agent was', async () => {
    const { fake, tree, store, ready, tick, at } = setup();
    await store.getState().open('card-declined');
    tick(1_000);
    store.getState().step(answer(tree, ready().session, 0, at()));
    tick(4_000);
    store.getState().restart();
    await store.getState().flushed();
    expect(fake.sent.treeOutcomes).toEqual([
      expect.objectContaining({
        outcome: 'abandoned',
        endNode: 'code',
        path: [
          { node: 'attempt', ms: 1_000 },
          { node: 'code', ms: 4_000 },
        ],
        totalMs: 5_000,
        queue: null,
        articleId: null,
      }),
    ]);
    expect(ready().session.path).toEqual([{ nodeId: 'attempt', enteredAt: at() }]);
    expect(ready().reported).toBe(false);
  });

  it('does not report a restart before any answer', async () => {
    const { fake, store } = setup();
    await store.getState().open('card-declined');
    store.getState().restart();
    await store.getState().flushed();
    expect(fake.sent.treeOutcomes).toEqual([]);
  });

  it('offers a saved run: resume keeps it, start over reports it abandoned', async () => {
    const { fake, tree, store, ready } = setup();
    const saved = answer(tree, startSession(tree, 500), 0, 800);
    fake.state.treesForRun.set(tree.id, treeForRun(tree, { session: saved }));
    await store.getState().open('card-declined');
    expect(ready()).toMatchObject({ resumable: true, session: saved });
    store.getState().resume();
    expect(ready()).toMatchObject({ resumable: false, session: saved });

    await store.getState().open('card-declined');
    store.getState().startOver();
    await store.getState().flushed();
    expect(ready().resumable).toBe(false);
    expect(ready().session.path).toHaveLength(1);
    expect(fake.sent.treeOutcomes).toEqual([
      expect.objectContaining({ outcome: 'abandoned', endNode: 'code' }),
    ]);
  });

  it('starts afresh when the saved run no longer fits the tree', async () => {
    const { fake, tree, store, ready } = setup();
    const stale = {
      treeId: tree.id,
      path: [
        { nodeId: 'attempt', enteredAt: 1, answer: { kind: 'choice' as const, index: 0 } },
        { nodeId: 'gone', enteredAt: 2 },
      ],
      variables: {},
    };
    fake.state.treesForRun.set(tree.id, treeForRun(tree, { session: stale }));
    await store.getState().open('card-declined');
    expect(ready().resumable).toBe(false);
    expect(ready().session.path).toEqual([{ nodeId: 'attempt', enteredAt: 1_000 }]);
  });

  it('keeps running when a save fails, and says so', async () => {
    const { fake, tree, store, ready, at } = setup();
    await store.getState().open('card-declined');
    fake.api.saveTreeSession = () => Promise.reject(new Error('disk full'));
    store.getState().step(answer(tree, ready().session, 0, at()));
    await store.getState().flushed();
    expect(store.getState().problem).toEqual({ kind: 'save', message: 'disk full' });
    expect(ready().session.path.at(-1)?.nodeId).toBe('code');
  });

  it('switches among the tree’s languages only', async () => {
    const { store, ready } = setup();
    await store.getState().open('card-declined');
    store.getState().setLang('hu');
    expect(ready().lang).toBe('hu');
    store.getState().setLang('zh-Hant');
    expect(ready().lang).toBe('hu');
  });

  it('keeps only the latest of two opens', async () => {
    const { fake, store, ready } = setup();
    fake.state.treesForRun.set('card-other', treeForRun(sampleTree('card-other')));
    const first = store.getState().open('card-declined');
    const second = store.getState().open('card-other');
    await Promise.all([first, second]);
    expect(ready().id).toBe('card-other');
  });
});

describe('outcome report', () => {
  it('keeps the first node and the latest ones of a very long run', () => {
    const tree = sampleTree();
    // A run that went back and forth 40 times: every visit stays on the path.
    const path: TreeSession['path'] = [];
    for (let i = 0; i < 40; i++) {
      path.push({ nodeId: 'attempt', enteredAt: i * 10, answer: { kind: 'choice', index: 0 } });
      path.push({ nodeId: 'code', enteredAt: i * 10 + 5, answer: { kind: 'input', value: '1' } });
    }
    path.push({ nodeId: 'attempt', enteredAt: 400 });
    const session: TreeSession = { treeId: tree.id, path, variables: {} };
    const report = outcomeReport({ tree, documentVersion: 1, lang: 'en' }, session, 1_000);
    expect(report.path).toHaveLength(MAX_REPORTED_STEPS);
    expect(report.path[0]).toEqual({ node: 'attempt', ms: 5 });
    expect(report.path.at(-1)).toEqual({ node: 'attempt', ms: 600 });
    expect(report).toMatchObject({ outcome: 'abandoned', endNode: 'attempt', totalMs: 1_000 });
  });
});

import { describe, expect, it } from 'vitest';
import type { Tree } from '../../../shared/trees/model';
import type { AuthoringTree } from '../../../shared/workstation/trees';
import { addChoice, addNode, setText, updateNode } from '../screens/tree-editor/edit-ops';
import { createFakeApi } from './fake-api';
import { createTreeEditorStore } from './tree-editor-store';

// Issue 7 item 4: authors list, edit, save and publish troubleshooting trees.

const document: Tree = {
  id: 'router',
  title: { en: 'Router' },
  start: 'ask',
  nodes: {
    ask: {
      kind: 'question',
      text: { en: 'Lights on?' },
      choices: [
        { label: { en: 'Yes' }, next: 'ok' },
        { label: { en: 'No' }, next: 'up' },
      ],
    },
    ok: { kind: 'resolution', text: { en: 'Fine.' } },
    up: { kind: 'escalation', text: { en: 'Send up.' }, queue: 'network' },
  },
};

const authoring: AuthoringTree = {
  id: 'router',
  version: 3,
  publishedVersion: 2,
  title: { en: 'Router' },
  document,
  audience: { businessLines: [], positions: [] },
  updatedAt: '2026-11-24T08:00:00.000Z',
};

function setup() {
  const fake = createFakeApi();
  fake.state.authoring.set('router', authoring);
  fake.state.authoringTrees = [
    { id: 'router', title: { en: 'Router' }, latestVersion: 3, publishedVersion: 2, updatedAt: '' },
  ];
  return { fake, store: createTreeEditorStore(fake.api) };
}

function ready(store: ReturnType<typeof setup>['store']) {
  const editor = store.getState().editor;
  if (editor.status !== 'ready') throw new Error(`editor is ${editor.status}`);
  return editor;
}

describe('tree editor store', () => {
  it('lists the trees with latest and published versions', async () => {
    const { store } = setup();
    await store.getState().loadList();
    expect(store.getState().list).toMatchObject({
      status: 'ready',
      trees: [{ id: 'router', latestVersion: 3, publishedVersion: 2 }],
    });
  });

  it('keeps the core’s reason when the list is refused', async () => {
    const { fake, store } = setup();
    fake.api.listAuthoringTrees = () =>
      Promise.resolve({ ok: false, problem: 'forbidden', message: 'Needs author.' });
    await store.getState().loadList();
    expect(store.getState().list).toEqual({
      status: 'failed',
      problem: 'forbidden',
      message: 'Needs author.',
    });
    fake.api.listAuthoringTrees = () => Promise.reject(new Error('socket closed'));
    await store.getState().loadList();
    expect(store.getState().list).toMatchObject({ status: 'failed', problem: 'call-failed' });
  });

  it('opens a tree with its versions, start node selected, no problems', async () => {
    const { store } = setup();
    await store.getState().open('router');
    expect(ready(store)).toMatchObject({
      key: 'router',
      isNew: false,
      id: 'router',
      savedVersion: 3,
      publishedVersion: 2,
      selected: 'ask',
      dirty: false,
      problems: [],
    });
  });

  it('reports a tree the server does not have', async () => {
    const { store } = setup();
    await store.getState().open('gone');
    expect(store.getState().editor).toMatchObject({ status: 'failed', problem: 'not-found' });
  });

  it('validates on every edit and keeps the draft when the same tree opens again', async () => {
    const { store } = setup();
    await store.getState().open('router');
    store.getState().edit((t) => addChoice(t, 'ask'));
    expect(ready(store).dirty).toBe(true);
    expect(ready(store).problems.map((p) => [p.code, p.nodeId])).toEqual([
      ['dangling-link', 'ask'],
      ['missing-translation', 'ask'],
    ]);
    await store.getState().open('router');
    expect(ready(store).dirty).toBe(true);
  });

  it('saves a new version and says which one agents still see', async () => {
    const { fake, store } = setup();
    await store.getState().open('router');
    store.getState().edit((t) => {
      const ok = t.nodes.ok;
      return ok?.kind === 'resolution'
        ? updateNode(t, 'ok', { ...ok, text: setText(ok.text, 'en', 'All fine.') })
        : t;
    });
    await store.getState().save();
    expect(ready(store)).toMatchObject({
      dirty: false,
      savedVersion: 4,
      publishedVersion: 2,
      save: { status: 'saved', version: 4, publishedVersion: 2 },
    });
    expect(fake.sent.authoringSaves[0]?.document.nodes.ok).toEqual({
      kind: 'resolution',
      text: { en: 'All fine.' },
    });
  });

  it('does not send a draft with required fields empty', async () => {
    const { fake, store } = setup();
    await store.getState().open('router');
    store.getState().edit((t) => addNode(t, 'escalation').tree);
    await store.getState().save();
    expect(ready(store).save).toEqual({
      status: 'blocked',
      blockers: [{ nodeId: 'escalation', field: 'queue' }],
    });
    expect(fake.sent.authoringSaves).toEqual([]);
  });

  it('a new tree takes its id on the first save and keeps it', async () => {
    const { fake, store } = setup();
    await store.getState().open('new');
    expect(ready(store)).toMatchObject({ isNew: true, key: 'new', savedVersion: null });
    store.getState().setId('wifi');
    store.getState().edit((t) => ({ ...t, title: { en: 'Wi-Fi' } }));
    store.getState().edit((t) => {
      const added = addNode(t, 'resolution');
      return {
        ...updateNode(added.tree, 'start', {
          kind: 'question',
          text: { en: 'Try again?' },
          choices: [{ label: { en: 'Done' }, next: added.id }],
        }),
      };
    });
    await store.getState().save();
    expect(fake.sent.authoringSaves[0]).toMatchObject({ id: 'wifi', document: { id: 'wifi' } });
    expect(ready(store)).toMatchObject({ key: 'wifi', isNew: false, savedVersion: 1 });
    store.getState().setId('other');
    expect(ready(store).id).toBe('wifi');
  });

  it('shows what the server refused a save for', async () => {
    const { fake, store } = setup();
    fake.api.saveAuthoringTree = () =>
      Promise.resolve({ ok: false, problem: 'conflict', message: 'Someone saved version 4.' });
    await store.getState().open('router');
    store.getState().edit((t) => ({ ...t, title: { en: 'Router!' } }));
    await store.getState().save();
    expect(ready(store)).toMatchObject({
      dirty: true,
      save: { status: 'failed', problem: 'conflict', problems: [] },
    });
  });

  it('publishes the saved version, and not while changes are unsaved or problems exist', async () => {
    const { fake, store } = setup();
    await store.getState().open('router');
    store.getState().edit((t) => ({ ...t, title: { en: 'Router 2' } }));
    await store.getState().publish();
    expect(fake.sent.authoringPublishes).toEqual([]);
    await store.getState().save();
    await store.getState().publish();
    expect(fake.sent.authoringPublishes).toEqual([{ id: 'router', version: 4 }]);
    expect(ready(store)).toMatchObject({
      publishedVersion: 4,
      publish: { status: 'published', version: 4 },
    });
    store.getState().edit((t) => addChoice(t, 'ask'));
    await store.getState().save();
    expect(ready(store).save.status).toBe('blocked');
    await store.getState().publish();
    expect(fake.sent.authoringPublishes).toHaveLength(1);
  });

  it('keeps the server’s problems from a refused publish, naming nodes', async () => {
    const { fake, store } = setup();
    const problems = [
      { code: 'unreachable', nodeId: 'up', message: 'Node "up" cannot be reached.' },
    ] as const;
    fake.api.publishAuthoringTree = () =>
      Promise.resolve({
        ok: false,
        problem: 'invalid',
        message: 'Invalid.',
        problems: [...problems],
      });
    await store.getState().open('router');
    await store.getState().publish();
    expect(ready(store).publish).toMatchObject({ status: 'failed', problem: 'invalid', problems });
    store.getState().edit((t) => ({ ...t, title: { en: 'Router 3' } }));
    expect(ready(store).publish).toEqual({ status: 'idle' });
  });

  it('renames a node, its links and the selection', async () => {
    const { store } = setup();
    await store.getState().open('router');
    store.getState().select('up');
    expect(store.getState().rename('up', 'second-line')).toMatchObject({ ok: true });
    expect(ready(store).selected).toBe('second-line');
    expect(ready(store).problems).toEqual([]);
    expect(store.getState().rename('ask', 'ok')).toEqual({ ok: false, reason: 'taken' });
  });

  it('close forgets the draft, and a late answer does not bring it back', async () => {
    const { store } = setup();
    const opening = store.getState().open('router');
    store.getState().close();
    await opening;
    expect(store.getState().editor).toEqual({ status: 'idle' });
  });
});

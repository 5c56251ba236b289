import { describe, expect, it } from 'vitest';
import { createFakeApi, treeSummary } from './fake-api';
import { createTreeListStore, filterTrees, savedRuns } from './tree-list-store';

describe('tree list store', () => {
  it('loads the trees, and keeps them on screen while reloading', async () => {
    const fake = createFakeApi();
    fake.state.trees = [treeSummary('a'), treeSummary('b')];
    const store = createTreeListStore(fake.api);
    const first = store.getState().load();
    expect(store.getState().status).toBe('loading');
    await first;
    expect(store.getState()).toMatchObject({ status: 'ready', error: null });
    expect(store.getState().trees.map((t) => t.id)).toEqual(['a', 'b']);
    const again = store.getState().load();
    expect(store.getState().status).toBe('ready');
    await again;
  });

  it('reports a failed load', async () => {
    const fake = createFakeApi();
    fake.api.listTrees = () => Promise.reject(new Error('replica busy'));
    const store = createTreeListStore(fake.api);
    await store.getState().load();
    expect(store.getState()).toMatchObject({ status: 'failed', error: 'replica busy' });
  });
});

describe('filterTrees', () => {
  const trees = [
    treeSummary('card', {
      title: 'Elutasított kártyás fizetés',
      firstStep: 'Nyissa meg a CardDesket',
    }),
    treeSummary('sim', { title: 'SIM 卡無法使用', firstStep: '客戶的手機顯示什麼？' }),
    treeSummary('net', { title: 'Home internet down', firstStep: 'Is the router light red?' }),
  ];
  const ids = (filter: string) => filterTrees(trees, filter).map((t) => t.id);

  it('matches every word in the title or the first step, ignoring case and accents', () => {
    expect(ids('')).toEqual(['card', 'sim', 'net']);
    expect(ids('kartyas')).toEqual(['card']);
    expect(ids('KÁRTYÁS carddesk')).toEqual(['card']);
    expect(ids('router internet')).toEqual(['net']);
    expect(ids('router kartya')).toEqual([]);
  });

  it('finds Chinese text inside words', () => {
    expect(ids('無法')).toEqual(['sim']);
    expect(ids('手機')).toEqual(['sim']);
  });
});

describe('savedRuns', () => {
  it('lists interrupted runs, the most recent first', () => {
    const runs = savedRuns([
      treeSummary('a', { savedSession: { updatedAt: '2025-03-01T10:00:00.000Z', steps: 2 } }),
      treeSummary('b'),
      treeSummary('c', { savedSession: { updatedAt: '2025-03-02T10:00:00.000Z', steps: 1 } }),
    ]);
    expect(runs.map((t) => t.id)).toEqual(['c', 'a']);
  });
});

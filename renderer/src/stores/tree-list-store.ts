import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AgentApi } from '../../../shared/api';
import type { TreeSummary } from '../../../shared/workstation/trees';
import { errorMessage } from '../bridge/call-failure';

export interface TreeListStoreState {
  status: 'idle' | 'loading' | 'ready' | 'failed';
  trees: TreeSummary[];
  error: string | null;
  filter: string;
  load(): Promise<void>;
  setFilter(filter: string): void;
}

export type TreeListStore = StoreApi<TreeListStoreState>;

/** Lower case without accents, so "kartya" finds "Kártya" (agents type fast, R3). */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/** Trees whose title or first step holds every word of `filter`, in the list's order. */
export function filterTrees(trees: readonly TreeSummary[], filter: string): TreeSummary[] {
  const words = fold(filter)
    .split(/\s+/)
    .filter((w) => w !== '');
  if (words.length === 0) return [...trees];
  return trees.filter((tree) => {
    const text = fold(`${tree.title} ${tree.firstStep}`);
    return words.every((w) => text.includes(w));
  });
}

/** Interrupted runs on this workstation, the most recent first (Home's "Continue troubleshooting"). */
export function savedRuns(trees: readonly TreeSummary[]): TreeSummary[] {
  return trees
    .filter((t) => t.savedSession !== null)
    .sort((a, b) =>
      (b.savedSession?.updatedAt ?? '').localeCompare(a.savedSession?.updatedAt ?? ''),
    );
}

/** The published trees in the replica (the Troubleshoot list and Home). The latest load wins. */
export function createTreeListStore(api: AgentApi): TreeListStore {
  let generation = 0;
  return createStore<TreeListStoreState>()((set) => ({
    status: 'idle',
    trees: [],
    error: null,
    filter: '',
    async load() {
      const mine = ++generation;
      // A reload keeps the list on screen; only the first load shows "loading".
      set((s) => ({ status: s.status === 'ready' ? 'ready' : 'loading' }));
      try {
        const trees = await api.listTrees();
        if (mine === generation) set({ status: 'ready', trees, error: null });
      } catch (err) {
        if (mine === generation) set({ status: 'failed', error: errorMessage(err) });
      }
    },
    setFilter(filter) {
      set({ filter });
    },
  }));
}

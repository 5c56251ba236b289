import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AgentApi, Unsubscribe } from '../../../shared/api';
import type { DeskLists } from '../../../shared/workstation/desk';
import { coalescedLoad } from './coalesced-load';

export interface DeskStoreState {
  /** 'idle' before the first load; the lists stay shown while a reload runs. */
  status: 'idle' | 'loading' | 'ready' | 'failed';
  lists: DeskLists;
  error: string | null;
  load(): Promise<void>;
  /** Reloads when articles change (titles, removals) while someone is looking. Returns the unsubscribe. */
  follow(): Unsubscribe;
}

export type DeskStore = StoreApi<DeskStoreState>;

const EMPTY: DeskLists = { recent: [], mostUsed: [], favourites: [] };

/**
 * Recently viewed, most used and favourite articles (Home, and the popup's empty state). Reloads
 * are coalesced like What's new: a burst of events costs at most one extra request.
 */
export function createDeskStore(api: AgentApi): DeskStore {
  return createStore<DeskStoreState>()((set, get) => {
    const load = coalescedLoad(set, get, async () => ({ lists: await api.getDeskLists() }));

    return {
      status: 'idle',
      lists: EMPTY,
      error: null,

      load,

      follow() {
        return api.on('articlesChanged', () => void get().load());
      },
    };
  });
}

import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AgentApi, Unsubscribe } from '../../../shared/api';
import type { DeskLists } from '../../../shared/workstation/desk';
import { errorMessage } from '../bridge/call-failure';

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
  let running: Promise<void> | null = null;
  let again = false;

  return createStore<DeskStoreState>()((set, get) => {
    async function fetchOnce(): Promise<void> {
      set({ status: get().status === 'ready' ? 'ready' : 'loading' });
      try {
        const lists = await api.getDeskLists();
        set({ status: 'ready', lists, error: null });
      } catch (err) {
        set({ status: 'failed', error: errorMessage(err) });
      }
    }

    return {
      status: 'idle',
      lists: EMPTY,
      error: null,

      load() {
        if (running) {
          again = true;
          return running;
        }
        running = (async () => {
          do {
            again = false;
            await fetchOnce();
          } while (again);
          running = null;
        })();
        return running;
      },

      follow() {
        return api.on('articlesChanged', () => void get().load());
      },
    };
  });
}

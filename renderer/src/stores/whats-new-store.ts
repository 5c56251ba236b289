import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AgentApi, Unsubscribe } from '../../../shared/api';
import type { ArticleChange } from '../../../shared/workstation/sync-state';
import { errorMessage } from '../bridge/call-failure';

export const WHATS_NEW_LIMIT = 20;

export interface WhatsNewStoreState {
  /** 'idle' before the first load; the list stays shown while a reload runs. */
  status: 'idle' | 'loading' | 'ready' | 'failed';
  items: ArticleChange[];
  error: string | null;
  load(): Promise<void>;
  /** Reloads on every articlesChanged while someone is looking. Returns the unsubscribe. */
  follow(): Unsubscribe;
}

export type WhatsNewStore = StoreApi<WhatsNewStoreState>;

/**
 * The newest added or changed articles. A first download sends one articlesChanged per page;
 * reloads are coalesced so a burst of events costs at most one extra request.
 */
export function createWhatsNewStore(api: AgentApi, limit = WHATS_NEW_LIMIT): WhatsNewStore {
  let running: Promise<void> | null = null;
  let again = false;

  return createStore<WhatsNewStoreState>()((set, get) => {
    async function fetchOnce(): Promise<void> {
      set({ status: get().status === 'ready' ? 'ready' : 'loading' });
      try {
        const items = await api.getWhatsNew({ limit });
        set({ status: 'ready', items, error: null });
      } catch (err) {
        set({ status: 'failed', error: errorMessage(err) });
      }
    }

    return {
      status: 'idle',
      items: [],
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

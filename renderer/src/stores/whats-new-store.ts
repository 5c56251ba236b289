import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AgentApi, Unsubscribe } from '../../../shared/api';
import type { ArticleChange } from '../../../shared/workstation/sync-state';
import { coalescedLoad } from './coalesced-load';

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
  return createStore<WhatsNewStoreState>()((set, get) => {
    const load = coalescedLoad(set, get, async () => ({ items: await api.getWhatsNew({ limit }) }));

    return {
      status: 'idle',
      items: [],
      error: null,

      load,

      follow() {
        return api.on('articlesChanged', () => void get().load());
      },
    };
  });
}

import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AgentApi, Unsubscribe } from '../../../shared/api';
import type { SearchResult } from '../../../shared/search';
import { errorMessage } from '../bridge/call-failure';
import type { AppStore, AppStoreState } from './app-store';

/** Measured feel: below ~100 ms results seem to follow the typing; 80 ms still coalesces fast bursts. */
export const SEARCH_DEBOUNCE_MS = 80;
export const SEARCH_LIMIT = 30;

export interface SearchStoreState {
  query: string;
  /** Results for `resultQuery`, which may lag `query` while a search runs. */
  result: SearchResult | null;
  resultQuery: string;
  loading: boolean;
  error: string | null;
  /** Index of the highlighted result for keyboard navigation, -1 for none. */
  activeIndex: number;
  setQuery(query: string): void;
  /** Runs the current query now (the retry button). */
  runNow(): void;
  moveActive(delta: 1 | -1): void;
  setActive(index: number): void;
}

export type SearchStore = StoreApi<SearchStoreState>;

export interface SearchStoreOptions {
  debounceMs?: number;
}

/** Search as you type: debounced, and a response to an older query never replaces a newer one. */
export function createSearchStore(api: AgentApi, options: SearchStoreOptions = {}): SearchStore {
  const debounceMs = options.debounceMs ?? SEARCH_DEBOUNCE_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Incremented for every request and every clear; a response is applied only if it is still the latest.
  let generation = 0;

  return createStore<SearchStoreState>()((set, get) => {
    async function run(text: string): Promise<void> {
      const mine = ++generation;
      set({ loading: true });
      try {
        const result = await api.search({ text, limit: SEARCH_LIMIT });
        if (mine !== generation) return;
        set({ result, resultQuery: text, loading: false, error: null, activeIndex: -1 });
      } catch (err) {
        if (mine !== generation) return;
        set({ loading: false, error: errorMessage(err) });
      }
    }

    return {
      query: '',
      result: null,
      resultQuery: '',
      loading: false,
      error: null,
      activeIndex: -1,

      setQuery(query) {
        clearTimeout(timer);
        set({ query });
        if (query.trim() === '') {
          generation++;
          set({ result: null, resultQuery: '', loading: false, error: null, activeIndex: -1 });
          return;
        }
        timer = setTimeout(() => void run(query), debounceMs);
      },

      runNow() {
        clearTimeout(timer);
        const { query } = get();
        if (query.trim() !== '') void run(query);
      },

      moveActive(delta) {
        const count = get().result?.hits.length ?? 0;
        if (count === 0) return;
        const current = get().activeIndex;
        const next = current < 0 ? (delta > 0 ? 0 : count - 1) : (current + delta + count) % count;
        set({ activeIndex: next });
      },

      setActive(index) {
        set({ activeIndex: index });
      },
    };
  });
}

/** Results depend on the content languages: search again when the agent changes them. */
export function rerunOnContentLanguages(app: AppStore, search: SearchStore): Unsubscribe {
  const languagesOf = (s: AppStoreState): string =>
    s.app.status === 'ready' ? s.app.settings.contentLanguages.join() : '';
  let last = languagesOf(app.getState());
  return app.subscribe((state) => {
    const next = languagesOf(state);
    if (next === last) return;
    const hadLanguages = last !== '';
    last = next;
    if (hadLanguages) search.getState().runNow();
  });
}

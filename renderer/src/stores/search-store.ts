import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AgentApi, Unsubscribe } from '../../../shared/api';
import type { ArticleType } from '../../../shared/article';
import type { SearchResult } from '../../../shared/search';
import { errorMessage } from '../bridge/call-failure';
import type { AppStore, AppStoreState } from './app-store';

/**
 * Results follow every keystroke (R1): the engine answers in well under a millisecond and an
 * answer to an older query never replaces a newer one, so there is nothing to gain by waiting.
 */
export const SEARCH_DEBOUNCE_MS = 0;
export const SEARCH_LIMIT = 30;

/** Narrowing the search to one type of article and one category (with its subcategories). */
export interface SearchFilters {
  type?: ArticleType;
  category?: string;
}

export interface SearchStoreState {
  query: string;
  /** Results for `resultQuery`, which may lag `query` while a search runs. */
  result: SearchResult | null;
  resultQuery: string;
  loading: boolean;
  error: string | null;
  /** Index of the highlighted result for keyboard navigation, -1 for none. */
  activeIndex: number;
  filters: SearchFilters;
  setQuery(query: string): void;
  /** Changes the filters and searches again at once. */
  setFilters(filters: SearchFilters): void;
  /** Runs the current query now (the retry button). */
  runNow(): void;
  moveActive(delta: 1 | -1): void;
  setActive(index: number): void;
}

export type SearchStore = StoreApi<SearchStoreState>;

export interface SearchStoreOptions {
  debounceMs?: number;
  limit?: number;
  /** Where the highlight starts when results arrive: none (-1), or the first (0) so Enter opens it. */
  initialActive?: -1 | 0;
}

/** Search as you type: debounced, and a response to an older query never replaces a newer one. */
export function createSearchStore(api: AgentApi, options: SearchStoreOptions = {}): SearchStore {
  const debounceMs = options.debounceMs ?? SEARCH_DEBOUNCE_MS;
  const limit = options.limit ?? SEARCH_LIMIT;
  const initialActive = options.initialActive ?? -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Incremented for every request and every clear; a response is applied only if it is still the latest.
  let generation = 0;

  return createStore<SearchStoreState>()((set, get) => {
    async function run(text: string): Promise<void> {
      const mine = ++generation;
      set({ loading: true });
      try {
        const { type, category } = get().filters;
        const result = await api.search({
          text,
          limit,
          ...(type ? { type } : {}),
          ...(category ? { category } : {}),
        });
        if (mine !== generation) return;
        set({
          result,
          resultQuery: text,
          loading: false,
          error: null,
          activeIndex: result.hits.length > 0 ? initialActive : -1,
        });
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
      filters: {},

      setQuery(query) {
        clearTimeout(timer);
        set({ query });
        if (query.trim() === '') {
          generation++;
          set({ result: null, resultQuery: '', loading: false, error: null, activeIndex: -1 });
          return;
        }
        if (debounceMs <= 0) void run(query);
        else timer = setTimeout(() => void run(query), debounceMs);
      },

      setFilters(filters) {
        set({ filters });
        get().runNow();
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

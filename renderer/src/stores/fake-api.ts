import type {
  AgentApi,
  AgentEventName,
  AgentEvents,
  AppInfo,
  SessionState,
} from '../../../shared/api';
import type { SearchQuery, SearchResult } from '../../../shared/search';
import { applySettingsPatch, DEFAULT_SETTINGS, type Settings } from '../../../shared/settings';

/** An in-memory AgentApi for store tests: calls resolve when the test says so. */
export function createFakeApi() {
  let settings: Settings = { ...DEFAULT_SETTINGS };
  const listeners = new Map<AgentEventName, Set<(payload: never) => void>>();
  const searches: {
    query: SearchQuery;
    resolve: (r: SearchResult) => void;
    reject: (e: Error) => void;
  }[] = [];
  const appInfo: AppInfo = { name: 'Cuecard', version: '0.1.0', host: 'web', platform: 'linux' };
  const session: SessionState = { status: 'signed-out', serverUrl: settings.serverUrl };

  const api = {
    getAppInfo: () => Promise.resolve(appInfo),
    getSettings: () => Promise.resolve(settings),
    updateSettings: (patch) => {
      settings = applySettingsPatch(settings, patch);
      return Promise.resolve(settings);
    },
    getSession: () => Promise.resolve(session),
    search: (query) =>
      new Promise<SearchResult>((resolve, reject) => searches.push({ query, resolve, reject })),
    getArticle: () => Promise.resolve(null),
    on<E extends AgentEventName>(event: E, listener: (payload: AgentEvents[E]) => void) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener as (payload: never) => void);
      return () => void set.delete(listener as (payload: never) => void);
    },
  } satisfies AgentApi;

  return {
    api,
    searches,
    emit<E extends AgentEventName>(event: E, payload: AgentEvents[E]) {
      for (const l of listeners.get(event) ?? []) (l as (p: AgentEvents[E]) => void)(payload);
    },
    listenerCount: (event: AgentEventName) => listeners.get(event)?.size ?? 0,
  };
}

export function hits(...titles: string[]): SearchResult {
  return {
    tookMs: 0.1,
    hits: titles.map((t, i) => ({
      id: `a${i}`,
      lang: 'en',
      type: 'reference',
      title: [{ text: t, match: false }],
      snippet: [],
      categories: [],
    })),
  };
}

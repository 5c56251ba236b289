import type {
  AgentApi,
  AgentEventName,
  AgentEvents,
  AppInfo,
  SessionState,
} from '../../../shared/api';
import type { SearchQuery, SearchResult } from '../../../shared/search';
import { applySettingsPatch, DEFAULT_SETTINGS, type Settings } from '../../../shared/settings';
import type {
  ArticleChange,
  SignInRequest,
  SignInResult,
  SyncState,
} from '../../../shared/workstation/sync-state';

/** A SyncState for tests: signed out, nothing synced, with `overrides` applied. */
export function syncState(overrides: Partial<SyncState> = {}): SyncState {
  return {
    status: 'signed-out',
    progress: null,
    lastSyncAt: null,
    offlineSince: null,
    nextAttemptAt: null,
    problem: null,
    cursor: null,
    articles: 0,
    outboxPending: 0,
    recovery: null,
    ...overrides,
  };
}

export function signedIn(name = 'Ana Kovács', username = 'ana'): SessionState {
  return {
    status: 'signed-in',
    serverUrl: DEFAULT_SETTINGS.serverUrl,
    user: { id: `u-${username}`, username, name },
  };
}

export function articleChange(
  id: string,
  change: ArticleChange['change'] = 'added',
  title = `Article ${id}`,
): ArticleChange {
  return { id, lang: 'en', title, type: 'reference', change, at: '2025-03-04T09:15:00.000Z' };
}

/**
 * An in-memory AgentApi for store unit tests (not a workstation: nothing is persisted or synced).
 * Searches and sign-ins stay pending until the test settles them; the rest answer from `state`.
 */
export function createFakeApi() {
  let settings: Settings = { ...DEFAULT_SETTINGS };
  const listeners = new Map<AgentEventName, Set<(payload: never) => void>>();
  const searches: {
    query: SearchQuery;
    resolve: (r: SearchResult) => void;
    reject: (e: Error) => void;
  }[] = [];
  const signIns: {
    request: SignInRequest;
    resolve: (r: SignInResult) => void;
    reject: (e: Error) => void;
  }[] = [];
  const calls: string[] = [];
  const appInfo: AppInfo = { name: 'Cuecard', version: '0.1.0', host: 'web', platform: 'linux' };
  const state = {
    session: { status: 'signed-out', serverUrl: settings.serverUrl } as SessionState,
    sync: syncState(),
    whatsNew: [] as ArticleChange[],
  };

  const api = {
    getAppInfo: () => Promise.resolve(appInfo),
    getSettings: () => Promise.resolve(settings),
    updateSettings: (patch) => {
      settings = applySettingsPatch(settings, patch);
      return Promise.resolve(settings);
    },
    getSession: () => Promise.resolve(state.session),
    search: (query) =>
      new Promise<SearchResult>((resolve, reject) => searches.push({ query, resolve, reject })),
    getArticle: () => Promise.resolve(null),
    signIn: (request) =>
      new Promise<SignInResult>((resolve, reject) => signIns.push({ request, resolve, reject })),
    signOut: () => {
      calls.push('signOut');
      state.session = { status: 'signed-out', serverUrl: settings.serverUrl };
      return Promise.resolve(state.session);
    },
    getSyncState: () => Promise.resolve(state.sync),
    syncNow: () => {
      calls.push('syncNow');
      return Promise.resolve(state.sync);
    },
    getWhatsNew: (query) => {
      calls.push(`getWhatsNew:${query.limit ?? ''}`);
      return Promise.resolve(state.whatsNew.slice(0, query.limit ?? 50));
    },
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
    signIns,
    /** Names of the calls with side effects, in order (signOut, syncNow, getWhatsNew:<limit>). */
    calls,
    state,
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

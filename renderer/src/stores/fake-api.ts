import type {
  AgentApi,
  AgentEventName,
  AgentEvents,
  AppInfo,
  ArticleRef,
  SessionState,
} from '../../../shared/api';
import type { Article } from '../../../shared/article';
import type { SearchQuery, SearchResult } from '../../../shared/search';
import type {
  ArticleDetails,
  ArticleSummary,
  CategoryListing,
  CategoryNode,
  DeskLists,
  FavouriteInput,
  FeedbackInput,
  HotkeyStatus,
  MarkReadInput,
  QuestionReport,
} from '../../../shared/workstation/desk';
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

export function article(id: string, overrides: Partial<Article> = {}): Article {
  return {
    id,
    lang: 'en',
    type: 'reference',
    title: `Article ${id}`,
    summary: '',
    bodyHtml: '<p>Body</p>',
    tags: [],
    categories: [{ id: 'cards', name: 'Cards' }],
    revision: 1,
    updatedAt: '2025-03-04T09:15:00.000Z',
    owner: 'Knowledge team',
    languages: ['en'],
    ...overrides,
  };
}

export function summary(id: string, overrides: Partial<ArticleSummary> = {}): ArticleSummary {
  return {
    id,
    lang: 'en',
    type: 'reference',
    title: `Article ${id}`,
    summary: '',
    updatedAt: '2025-03-04T09:15:00.000Z',
    categories: ['Cards'],
    ...overrides,
  };
}

export function details(overrides: Partial<ArticleDetails> = {}): ArticleDetails {
  return {
    breadcrumbs: [[{ id: 'cards', name: 'Cards' }]],
    placeholders: [],
    updatedBy: null,
    favourite: false,
    changes: null,
    related: [],
    vote: null,
    ...overrides,
  };
}

export function categoryNode(
  id: string,
  count: number,
  children: CategoryNode[] = [],
  name = id,
): CategoryNode {
  return { id, name, count, children };
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
    articles: [] as Article[],
    /** By article id. */
    details: new Map<string, ArticleDetails>(),
    categoryTree: [] as CategoryNode[],
    /** By category id; listCategory filters the articles by type. */
    listings: new Map<string, CategoryListing>(),
    desk: { recent: [], mostUsed: [], favourites: [] } as DeskLists,
    hotkey: { state: 'in-page', accelerator: settings.hotkey } as HotkeyStatus,
  };
  /** What the desk calls with side effects were asked to do, in order. */
  const sent = {
    markRead: [] as MarkReadInput[],
    favourites: [] as FavouriteInput[],
    feedback: [] as FeedbackInput[],
    questions: [] as QuestionReport[],
    openInMainWindow: [] as ArticleRef[],
    closePopup: 0,
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
    getArticle: (ref) =>
      Promise.resolve(
        state.articles.find((a) => a.id === ref.id && (!ref.lang || a.lang === ref.lang)) ?? null,
      ),
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
    getArticleDetails: (ref) => Promise.resolve(state.details.get(ref.id) ?? null),
    markRead: (input) => {
      calls.push('markRead');
      sent.markRead.push(input);
      const d = state.details.get(input.id);
      if (d) state.details.set(input.id, { ...d, changes: null });
      return Promise.resolve();
    },
    getCategoryTree: () => Promise.resolve(state.categoryTree),
    listCategory: (query): Promise<CategoryListing | null> => {
      const listing = state.listings.get(query.categoryId);
      if (!listing) return Promise.resolve(null);
      const keep = (a: ArticleSummary) => !query.type || a.type === query.type;
      return Promise.resolve({
        ...listing,
        articles: listing.articles.filter(keep),
        faq: listing.faq.filter(keep),
      });
    },
    getDeskLists: () => Promise.resolve(state.desk),
    setFavourite: (input) => {
      calls.push('setFavourite');
      sent.favourites.push(input);
      const d = state.details.get(input.id);
      if (d) state.details.set(input.id, { ...d, favourite: input.favourite });
      return Promise.resolve();
    },
    sendFeedback: (input) => {
      calls.push('sendFeedback');
      sent.feedback.push(input);
      return Promise.resolve();
    },
    reportQuestion: (input) => {
      calls.push('reportQuestion');
      sent.questions.push(input);
      return Promise.resolve();
    },
    getHotkeyStatus: () => Promise.resolve(state.hotkey),
    closePopup: () => {
      calls.push('closePopup');
      sent.closePopup++;
      return Promise.resolve();
    },
    openInMainWindow: (ref) => {
      calls.push('openInMainWindow');
      sent.openInMainWindow.push(ref);
      return Promise.resolve();
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
    /** Names of the calls with side effects, in order (signOut, syncNow, getWhatsNew:<limit>, markRead, …). */
    calls,
    state,
    sent,
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

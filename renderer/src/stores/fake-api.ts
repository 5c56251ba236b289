import type {
  AgentApi,
  AgentEventName,
  AgentEvents,
  AppInfo,
  ArticleRef,
  SessionState,
  UserCapability,
} from '../../../shared/api';
import type { Article } from '../../../shared/article';
import type { Tree } from '../../../shared/trees/model';
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
  ArticleTreeLink,
  AuthoringResult,
  AuthoringTree,
  AuthoringTreeSave,
  AuthoringTreePublish,
  AuthoringTreeSummary,
  TreeForRun,
  TreeOutcomeReport,
  TreeSessionSave,
  TreeSummary,
} from '../../../shared/workstation/trees';
import type {
  NoticeDraft,
  NoticeFollowUp,
  NoticeRef,
  NoticeView,
  OrgUnits,
  SentNoticeSummary,
} from '../../../shared/workstation/notices';
import type {
  AuthoringInput,
  AuthoringOp,
  AuthoringOutcome,
  AuthoringRequest,
  FeedbackItem,
  SuggestEdit,
} from '../../../shared/workstation/authoring';
import { listFakeNotices, pendingFakeNotices, readFakeNotice } from './fake-notices';
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

export function signedIn(
  name = 'Ana Kovács',
  username = 'ana',
  capabilities: UserCapability[] = ['agent'],
): SessionState {
  return {
    status: 'signed-in',
    serverUrl: DEFAULT_SETTINGS.serverUrl,
    user: { id: `u-${username}`, username, name },
    capabilities,
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

/**
 * A small tree with every node kind: a question, an input kept as `code`, a condition on it,
 * a step, and the three ends (resolution with an article, escalation, link to another tree).
 */
export function sampleTree(id = 'card-declined'): Tree {
  const text = (en: string, hu: string) => ({ en, hu });
  return {
    id,
    title: text('Card declined', 'Elutasított kártya'),
    start: 'attempt',
    nodes: {
      attempt: {
        kind: 'question',
        text: text('Is there an authorisation attempt?', 'Van engedélyezési kísérlet?'),
        choices: [
          { label: text('Yes', 'Igen'), next: 'code' },
          { label: text('No', 'Nem'), next: 'merchant' },
          { label: text('Another card', 'Másik kártya'), next: 'other' },
        ],
      },
      code: {
        kind: 'input',
        text: text('Type the decline code.', 'Írja be a kódot.'),
        variable: 'code',
        next: 'by-code',
      },
      'by-code': {
        kind: 'condition',
        variable: 'code',
        branches: [{ equals: '61', next: 'limit' }],
        otherwise: 'second-line',
      },
      limit: {
        kind: 'step',
        text: text('Code {{code}}: raise the limit.', '{{code}}-es kód: emelje a limitet.'),
        next: 'retry',
      },
      retry: {
        kind: 'resolution',
        text: text('Ask the customer to pay again.', 'Kérje meg, hogy fizessen újra.'),
        articleId: 'card-limits',
      },
      merchant: {
        kind: 'resolution',
        text: text('The merchant is at fault.', 'A kereskedőnél a hiba.'),
        cannedId: 'reply-merchant',
      },
      'second-line': {
        kind: 'escalation',
        text: text('Code {{code}}: hand over.', '{{code}}-es kód: adja tovább.'),
        queue: 'Cards second line',
      },
      other: {
        kind: 'link',
        text: text('Use the other tree.', 'Használja a másik fát.'),
        treeId: 'card-other',
      },
    },
  };
}

export function treeForRun(
  tree: Tree = sampleTree(),
  overrides: Partial<TreeForRun> = {},
): TreeForRun {
  return {
    id: tree.id,
    lang: 'en',
    langs: ['en', 'hu'],
    documentVersion: 3,
    tree,
    session: null,
    updatedAt: '2025-03-04T09:15:00.000Z',
    ...overrides,
  };
}

export function treeSummary(id: string, overrides: Partial<TreeSummary> = {}): TreeSummary {
  return {
    id,
    title: `Tree ${id}`,
    lang: 'en',
    firstStep: 'Is there an authorisation attempt?',
    nodeCount: 8,
    documentVersion: 3,
    updatedAt: '2025-03-04T09:15:00.000Z',
    savedSession: null,
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
/** A lead call's answer in the fake: fixed, or computed from the call's argument. */
export type FakeLeadAnswer<A, T> = AuthoringResult<T> | ((arg: A) => AuthoringResult<T>);
export interface FakeLeadAnswers {
  getOrgUnits?: FakeLeadAnswer<undefined, { org: OrgUnits }>;
  sendNotice?: FakeLeadAnswer<NoticeDraft, { created: boolean }>;
  listSentNotices?: FakeLeadAnswer<undefined, { notices: SentNoticeSummary[] }>;
  getNoticeFollowUp?: FakeLeadAnswer<NoticeRef, { followUp: NoticeFollowUp }>;
  remindNotice?: FakeLeadAnswer<NoticeRef, { reminded: number }>;
}

/** Knowledge authoring answers in the fake (issue 9): per operation, fixed or computed from the request. */
export type FakeAuthoringAnswers = {
  [K in AuthoringOp]?: AuthoringOutcome<K> | ((request: AuthoringInput<K>) => AuthoringOutcome<K>);
};

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
    trees: [] as TreeSummary[],
    notices: [] as NoticeView[],
    /** By tree id; getTree answers null for a tree not here. */
    treesForRun: new Map<string, TreeForRun>(),
    /** By article id. */
    articleTrees: new Map<string, ArticleTreeLink[]>(),
    authoringTrees: [] as AuthoringTreeSummary[],
    /** By tree id. */
    authoring: new Map<string, AuthoringTree>(),
    lead: {} as FakeLeadAnswers,
    /** `offline` for every operation until a test sets its answer. */
    authoringAnswers: {} as FakeAuthoringAnswers,
    myFeedback: undefined as FakeLeadAnswer<undefined, { items: FeedbackItem[] }> | undefined,
    suggestEdit: undefined as FakeLeadAnswer<SuggestEdit, { revision: number }> | undefined,
  };
  /** What the desk calls with side effects were asked to do, in order. */
  const sent = {
    markRead: [] as MarkReadInput[],
    favourites: [] as FavouriteInput[],
    feedback: [] as FeedbackInput[],
    questions: [] as QuestionReport[],
    openInMainWindow: [] as ArticleRef[],
    closePopup: 0,
    treeSessions: [] as TreeSessionSave[],
    treeOutcomes: [] as TreeOutcomeReport[],
    authoringSaves: [] as AuthoringTreeSave[],
    authoringPublishes: [] as AuthoringTreePublish[],
    /** Notice ids, in order. */
    noticeReads: [] as string[],
    noticeAcks: [] as string[],
    notices: [] as NoticeDraft[],
    /** Notice ids reminded, in order. */
    reminders: [] as string[],
    /** Every authoring request, in order. */
    authoring: [] as AuthoringRequest[],
    suggestions: [] as SuggestEdit[],
  };
  /** A call with a side effect and nothing to answer: remembered in order and with its argument. */
  const record = <T>(name: string, list: T[], value: T): Promise<void> => {
    calls.push(name);
    list.push(value);
    return Promise.resolve();
  };
  const notFound = { ok: false, problem: 'not-found', message: 'No such tree.' } as const;
  const offline = { ok: false, problem: 'offline', message: 'The fake has no server.' } as const;
  const leadAnswer = <A, T>(answer: FakeLeadAnswer<A, T> | undefined, arg: A) =>
    Promise.resolve(
      answer === undefined ? offline : typeof answer === 'function' ? answer(arg) : answer,
    );

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
    sendFeedback: (input) => record('sendFeedback', sent.feedback, input),
    reportQuestion: (input) => record('reportQuestion', sent.questions, input),
    getHotkeyStatus: () => Promise.resolve(state.hotkey),
    closePopup: () => {
      calls.push('closePopup');
      sent.closePopup++;
      return Promise.resolve();
    },
    openInMainWindow: (ref) => record('openInMainWindow', sent.openInMainWindow, ref),
    listTrees: () => Promise.resolve(state.trees),
    getTree: (ref) => Promise.resolve(state.treesForRun.get(ref.id) ?? null),
    saveTreeSession: (input) => {
      calls.push('saveTreeSession');
      sent.treeSessions.push(input);
      const run = state.treesForRun.get(input.treeId);
      if (run) state.treesForRun.set(input.treeId, { ...run, session: input.session });
      return Promise.resolve();
    },
    reportTreeOutcome: (report) => {
      calls.push('reportTreeOutcome');
      sent.treeOutcomes.push(report);
      const run = state.treesForRun.get(report.treeId);
      if (run) state.treesForRun.set(report.treeId, { ...run, session: null });
      return Promise.resolve();
    },
    listArticleTrees: (ref) => Promise.resolve(state.articleTrees.get(ref.id) ?? []),
    listAuthoringTrees: (): Promise<AuthoringResult<{ trees: AuthoringTreeSummary[] }>> =>
      Promise.resolve({ ok: true, trees: state.authoringTrees }),
    getAuthoringTree: (ref): Promise<AuthoringResult<{ tree: AuthoringTree }>> => {
      const tree = state.authoring.get(ref.id);
      return Promise.resolve(tree ? { ok: true, tree } : notFound);
    },
    saveAuthoringTree: (input): Promise<AuthoringResult<{ version: number }>> => {
      calls.push('saveAuthoringTree');
      sent.authoringSaves.push(input);
      const version = (state.authoring.get(input.id)?.version ?? 0) + 1;
      return Promise.resolve({ ok: true, version });
    },
    publishAuthoringTree: (input): Promise<AuthoringResult<{ version: number }>> => {
      calls.push('publishAuthoringTree');
      sent.authoringPublishes.push(input);
      return Promise.resolve({ ok: true, version: input.version });
    },
    // Notices (issue 8): an empty desk until a test fills `state.notices`; reading changes it.
    listNotices: (query) => Promise.resolve(listFakeNotices(state.notices, query)),
    getNotice: (ref) => Promise.resolve(state.notices.find((n) => n.id === ref.id) ?? null),
    getPendingNotices: () => Promise.resolve(pendingFakeNotices(state.notices)),
    markNoticeRead: (ref) => {
      calls.push('markNoticeRead');
      sent.noticeReads.push(ref.id);
      state.notices = readFakeNotice(state.notices, ref.id, false);
      return Promise.resolve();
    },
    acknowledgeNotice: (ref) => {
      calls.push('acknowledgeNotice');
      sent.noticeAcks.push(ref.id);
      state.notices = readFakeNotice(state.notices, ref.id, true);
      return Promise.resolve();
    },
    // Leads (issue 8): `offline` until a test sets `state.lead.<call>` (an answer, or a function of the argument).
    getOrgUnits: () => leadAnswer(state.lead.getOrgUnits, undefined),
    sendNotice: (draft) => {
      calls.push('sendNotice');
      sent.notices.push(draft);
      return leadAnswer(state.lead.sendNotice, draft);
    },
    listSentNotices: () => leadAnswer(state.lead.listSentNotices, undefined),
    getNoticeFollowUp: (ref) => leadAnswer(state.lead.getNoticeFollowUp, ref),
    remindNotice: (ref) => {
      calls.push('remindNotice');
      sent.reminders.push(ref.id);
      return leadAnswer(state.lead.remindNotice, ref);
    },
    // Authoring (issue 9): `offline` until a test sets `state.authoringAnswers[op]`.
    authoring: <K extends AuthoringOp>(
      request: AuthoringInput<K>,
    ): Promise<AuthoringOutcome<K>> => {
      calls.push(`authoring:${request.op}`);
      sent.authoring.push(request as AuthoringRequest);
      const answer = state.authoringAnswers[request.op as K] as
        FakeLeadAnswer<AuthoringInput<K>, object> | undefined;
      return leadAnswer(answer, request) as Promise<AuthoringOutcome<K>>;
    },
    suggestEdit: (input) => {
      calls.push('suggestEdit');
      sent.suggestions.push(input);
      return leadAnswer(state.suggestEdit, input);
    },
    listMyFeedback: () => leadAnswer(state.myFeedback, undefined),
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

/**
 * The contract between the renderer and the workstation (DESIGN.md "The three programs").
 * The renderer only ever talks to `window.cuecard: AgentApi`. In Electron, preload implements it
 * over IPC; in web mode, renderer/src/bridge implements it over HTTP + WebSocket. Both end in
 * AgentCore (electron/core), which is checked against `AgentCalls` with `satisfies`.
 */
import type { Article } from './article';
import type { ContentLanguage } from './languages';
import type { SearchQuery, SearchResult } from './search';
import type { Settings, SettingsPatch } from './settings';
import type {
  ArticleChange,
  ArticlesChanged,
  NoticesReceived,
  OpenRequest,
  SignInRequest,
  SignInResult,
  SyncState,
  WhatsNewQuery,
} from './workstation/sync-state';
import type {
  AuthoringInput,
  AuthoringOp,
  AuthoringOutcome,
  FeedbackAnswered,
  FeedbackItem,
  SuggestEdit,
} from './workstation/authoring';
import type {
  ArticleDetails,
  CategoryListing,
  CategoryListQuery,
  CategoryNode,
  DeskLists,
  FavouriteInput,
  FeedbackInput,
  HotkeyStatus,
  MarkReadInput,
  PopupRequest,
  QuestionReport,
} from './workstation/desk';
import type {
  ArticleTreeLink,
  AuthoringResult,
  AuthoringTree,
  AuthoringTreePublish,
  AuthoringTreeSave,
  AuthoringTreeSummary,
  TreeForRun,
  TreeOutcomeReport,
  TreeRef,
  TreeSessionSave,
  TreeSummary,
} from './workstation/trees';
import type {
  NoticeDraft,
  NoticeFollowUp,
  NoticeListQuery,
  NoticeRef,
  NoticeView,
  OrgUnits,
  PendingNotices,
  SentNoticeSummary,
} from './workstation/notices';

export type AgentHost = 'electron' | 'web';

export interface AppInfo {
  name: string;
  version: string;
  host: AgentHost;
  /** process.platform of the workstation (e.g. "win32", "darwin", "linux"). */
  platform: string;
}

export type SessionState =
  | { status: 'signed-out'; serverUrl: string }
  | {
      status: 'signed-in';
      serverUrl: string;
      user: { id: string; username: string; name: string };
      /** What the server lets this user do (any business line); gates the authoring screens. */
      capabilities: UserCapability[];
    };

/** Capabilities the server grants (server/access/principal.ts CAPABILITIES). */
export const USER_CAPABILITIES = ['agent', 'lead', 'author', 'reviewer', 'admin'] as const;
export type UserCapability = (typeof USER_CAPABILITIES)[number];

export interface ArticleRef {
  id: string;
  /** Preferred language; the core falls back along the agent's content languages. */
  lang?: ContentLanguage;
}

/** Request/response calls. Every argument is validated (shared/api-schema.ts) before it reaches AgentCore. */
export interface AgentCalls {
  getAppInfo(): Promise<AppInfo>;
  getSettings(): Promise<Settings>;
  updateSettings(patch: SettingsPatch): Promise<Settings>;
  getSession(): Promise<SessionState>;
  search(query: SearchQuery): Promise<SearchResult>;
  getArticle(ref: ArticleRef): Promise<Article | null>;
  /** Signs in to the knowledge server and starts syncing; the password is never stored. */
  signIn(request: SignInRequest): Promise<SignInResult>;
  /** Ends the session on the server (when reachable) and forgets the token; the replica stays. */
  signOut(): Promise<SessionState>;
  getSyncState(): Promise<SyncState>;
  /** Pulls now instead of waiting for the next poke or timer (also retries after an error at once). */
  syncNow(): Promise<SyncState>;
  /** Articles added or changed on this workstation, newest first. */
  getWhatsNew(query: WhatsNewQuery): Promise<ArticleChange[]>;

  // The agent's desk (issue 6; types in shared/workstation/desk.ts).
  /** Breadcrumbs, reading marks and changes since the last read, related articles, favourite, vote. */
  getArticleDetails(ref: ArticleRef): Promise<ArticleDetails | null>;
  /** The agent has read this revision (ends the "changed since you last read" banner). */
  markRead(input: MarkReadInput): Promise<void>;
  getCategoryTree(): Promise<CategoryNode[]>;
  listCategory(query: CategoryListQuery): Promise<CategoryListing | null>;
  /** Recently viewed, most used and favourite articles on this workstation. */
  getDeskLists(): Promise<DeskLists>;
  setFavourite(input: FavouriteInput): Promise<void>;
  /** Helpful / not helpful / flag: to the article's owner through the outbox. */
  sendFeedback(input: FeedbackInput): Promise<void>;
  /** "Nothing found: report this question": to the authors through the outbox. */
  reportQuestion(input: QuestionReport): Promise<void>;
  getHotkeyStatus(): Promise<HotkeyStatus>;
  /** Hide the quick-search popup and give focus back (desktop app; nothing in web mode). */
  closePopup(): Promise<void>;
  /** Show an article in the main window (Ctrl+Enter in the popup). */
  openInMainWindow(ref: ArticleRef): Promise<void>;

  // Troubleshooting trees (issue 7; types in shared/workstation/trees.ts).
  /** Published trees in the replica, with any interrupted run to resume. */
  listTrees(): Promise<TreeSummary[]>;
  getTree(ref: TreeRef): Promise<TreeForRun | null>;
  /** Keeps an unfinished run across restarts (after every step), or forgets it. */
  saveTreeSession(input: TreeSessionSave): Promise<void>;
  /** The end of a run (or where it was abandoned) to the outbox for path analytics; forgets the saved run. */
  reportTreeOutcome(report: TreeOutcomeReport): Promise<void>;
  /** Trees whose resolutions link this article. */
  listArticleTrees(ref: ArticleRef): Promise<ArticleTreeLink[]>;
  /** Authoring, online against the server (author / reviewer capability). */
  listAuthoringTrees(): Promise<AuthoringResult<{ trees: AuthoringTreeSummary[] }>>;
  getAuthoringTree(ref: { id: string }): Promise<AuthoringResult<{ tree: AuthoringTree }>>;
  /** Saves a new version (a draft: agents keep the published one). */
  saveAuthoringTree(input: AuthoringTreeSave): Promise<AuthoringResult<{ version: number }>>;
  /** Publishes a saved version (reviewer); the server refuses a tree that does not validate. */
  publishAuthoringTree(input: AuthoringTreePublish): Promise<AuthoringResult<{ version: number }>>;

  // Team-lead notices (issue 8; types in shared/workstation/notices.ts).
  /** Every notice meant for this agent, newest first: the history, searchable. */
  listNotices(query: NoticeListQuery): Promise<NoticeView[]>;
  getNotice(ref: NoticeRef): Promise<NoticeView | null>;
  /** Urgent notices awaiting "read and understood" and important ones not yet read. */
  getPendingNotices(): Promise<PendingNotices>;
  /** The agent opened it: stored here, and to the server through the outbox (once). */
  markNoticeRead(ref: NoticeRef): Promise<void>;
  /** "Read and understood": stored here, and to the server through the outbox (works offline, once). */
  acknowledgeNotice(ref: NoticeRef): Promise<void>;
  /** Leads, online: business lines and positions to address. */
  getOrgUnits(): Promise<AuthoringResult<{ org: OrgUnits }>>;
  /** Leads, online: broadcast (or change) a notice. */
  sendNotice(draft: NoticeDraft): Promise<AuthoringResult<{ created: boolean }>>;
  /** Leads, online: notices they may follow up, with read / acknowledged counts. */
  listSentNotices(): Promise<AuthoringResult<{ notices: SentNoticeSummary[] }>>;
  getNoticeFollowUp(ref: NoticeRef): Promise<AuthoringResult<{ followUp: NoticeFollowUp }>>;
  /** Leads, online: notify again only those who have not read / acknowledged it. */
  remindNotice(ref: NoticeRef): Promise<AuthoringResult<{ reminded: number }>>;

  // Knowledge authoring and governance (issue 9; types in shared/workstation/authoring.ts).
  /** Authors, reviewers, owners: one online call for every operation (AUTHORING_ROUTES). */
  authoring<K extends AuthoringOp>(request: AuthoringInput<K>): Promise<AuthoringOutcome<K>>;
  /** Agents, online: propose a change; it reaches the owner as a draft revision and an inbox item. */
  suggestEdit(input: SuggestEdit): Promise<AuthoringResult<{ revision: number }>>;
  /** Agents, online: their own feedback, suggestions and questions with the owners' answers. */
  listMyFeedback(): Promise<AuthoringResult<{ items: FeedbackItem[] }>>;
}

export type AgentCallName = keyof AgentCalls;

/** Events AgentCore pushes to every connected renderer. */
export interface AgentEvents {
  settingsChanged: Settings;
  sessionChanged: SessionState;
  syncStateChanged: SyncState;
  /** One per applied batch (page or snapshot), only when articles were added, changed or removed. */
  articlesChanged: ArticlesChanged;
  noticesReceived: NoticesReceived;
  /** Notices or their reading changed (sync, read, acknowledged, a scheduled one went live, one expired). */
  noticesChanged: null;
  /** Show something, asked for from outside the renderer (an OS notification was clicked). */
  openRequested: OpenRequest;
  hotkeyStatusChanged: HotkeyStatus;
  /** The hotkey was pressed: the popup shows, offering the clipboard's text. */
  popupRequested: PopupRequest;
  /** The popup asked to be hidden (the desktop shell hides its window). */
  popupClosed: null;
  /** Owners answered some of this agent's feedback since the last check (after a sync). */
  feedbackAnswered: FeedbackAnswered;
}

export type AgentEventName = keyof AgentEvents;

/** Every event, for transports that forward them all (checked complete by the type below). */
export const AGENT_EVENT_NAMES = [
  'settingsChanged',
  'sessionChanged',
  'syncStateChanged',
  'articlesChanged',
  'noticesReceived',
  'noticesChanged',
  'openRequested',
  'hotkeyStatusChanged',
  'popupRequested',
  'popupClosed',
  'feedbackAnswered',
] as const satisfies readonly AgentEventName[];
type _AllEventsListed =
  Exclude<AgentEventName, (typeof AGENT_EVENT_NAMES)[number]> extends never ? true : never;
export const _allEventsListed: _AllEventsListed = true;
export type Unsubscribe = () => void;

export interface AgentApi extends AgentCalls {
  on<E extends AgentEventName>(event: E, listener: (payload: AgentEvents[E]) => void): Unsubscribe;
}

/** How a failed call reaches the renderer, on every transport. */
export interface AgentCallError {
  code: 'invalid-arguments' | 'unknown-call' | 'internal';
  message: string;
}

/** Electron IPC channel names, shared by preload and main. */
export const IPC_CALL_CHANNEL = 'cuecard:call';
export const IPC_EVENT_CHANNEL = 'cuecard:event';

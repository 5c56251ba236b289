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
    };

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
  /** Show something, asked for from outside the renderer (an OS notification was clicked). */
  openRequested: OpenRequest;
}

export type AgentEventName = keyof AgentEvents;

/** Every event, for transports that forward them all (checked complete by the type below). */
export const AGENT_EVENT_NAMES = [
  'settingsChanged',
  'sessionChanged',
  'syncStateChanged',
  'articlesChanged',
  'noticesReceived',
  'openRequested',
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

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
  | { status: 'signed-in'; serverUrl: string; user: { id: string; name: string } };

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
}

export type AgentCallName = keyof AgentCalls;

/** Events AgentCore pushes to every connected renderer. */
export interface AgentEvents {
  settingsChanged: Settings;
  sessionChanged: SessionState;
}

export type AgentEventName = keyof AgentEvents;
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

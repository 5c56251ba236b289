import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type {
  AgentCalls,
  AgentEventName,
  AgentEvents,
  AgentHost,
  AppInfo,
  ArticleRef,
  SessionState,
  Unsubscribe,
} from '../../shared/api';
import type { Article } from '../../shared/article';
import { readingLanguages, searchLanguages } from './search-languages';
import type { SearchQuery, SearchResult } from '../../shared/search';
import type { Settings, SettingsPatch } from '../../shared/settings';
import { openReplica, type Replica } from '../../db/connection';
import { getArticle } from '../../db/articles';
import { searchArticles } from '../../db/search';
import { AgentEventHub } from './events';
import { SettingsStore } from './settings-store';

export const REPLICA_FILE = 'replica.sqlite';

export interface AgentCoreOptions {
  /** Where settings and the replica live (Electron: app.getPath('userData')). */
  dataDir: string;
  host: AgentHost;
  version: string;
}

/**
 * Everything a workstation does that is not pixels (DESIGN.md). Plain Node: the Electron shell and
 * the web-mode host both hold one AgentCore and forward validated contract calls to it.
 */
export class AgentCore implements AgentCalls {
  private readonly events = new AgentEventHub();

  private constructor(
    private readonly options: AgentCoreOptions,
    private readonly settings: SettingsStore,
    readonly replica: Replica,
  ) {}

  static async open(options: AgentCoreOptions): Promise<AgentCore> {
    mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
    const settings = SettingsStore.open(options.dataDir);
    const replica = openReplica(join(options.dataDir, REPLICA_FILE));
    return new AgentCore(options, settings, replica);
  }

  async getAppInfo(): Promise<AppInfo> {
    return {
      name: 'Cuecard',
      version: this.options.version,
      host: this.options.host,
      platform: process.platform,
    };
  }

  async getSettings(): Promise<Settings> {
    return this.settings.get();
  }

  async updateSettings(patch: SettingsPatch): Promise<Settings> {
    const before = this.settings.get();
    const next = this.settings.update(patch);
    this.events.emit('settingsChanged', next);
    if (before.serverUrl !== next.serverUrl) this.events.emit('sessionChanged', this.session());
    return next;
  }

  async getSession(): Promise<SessionState> {
    return this.session();
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    return searchArticles(this.replica, query, searchLanguages(this.settings.get(), query));
  }

  async getArticle(ref: ArticleRef): Promise<Article | null> {
    return getArticle(this.replica, ref.id, readingLanguages(this.settings.get(), ref.lang));
  }

  on<E extends AgentEventName>(event: E, listener: (payload: AgentEvents[E]) => void): Unsubscribe {
    return this.events.on(event, listener);
  }

  onAny(
    listener: <E extends AgentEventName>(event: E, payload: AgentEvents[E]) => void,
  ): Unsubscribe {
    return this.events.onAny(listener);
  }

  close(): void {
    this.replica.close();
  }

  /** Sign-in arrives with the sync client (issue 5); until then every workstation is signed out. */
  private session(): SessionState {
    return { status: 'signed-out', serverUrl: this.settings.get().serverUrl };
  }
}

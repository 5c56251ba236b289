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
import type { Replica } from '../../db/connection';
import { openOrRecoverReplica } from '../../db/recover';
import type {
  ArticleChange,
  OpenRequest,
  SignInRequest,
  SignInResult,
  SyncState,
  WhatsNewQuery,
} from '../../shared/workstation/sync-state';
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
  QuestionReport,
} from '../../shared/workstation/desk';
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
} from '../../shared/workstation/trees';
import type {
  NoticeDraft,
  NoticeFollowUp,
  NoticeListQuery,
  NoticeRef,
  NoticeView,
  OrgUnits,
  PendingNotices,
  SentNoticeSummary,
} from '../../shared/workstation/notices';
import type {
  AuthoringInput,
  AuthoringOp,
  AuthoringOutcome,
  FeedbackItem,
  SuggestEdit,
} from '../../shared/workstation/authoring';
import { repairTreeSearchDocs } from '../../db/trees/search-docs';
import { FeedbackWatch } from './authoring/feedback-watch';
import { KnowledgeAuthoring } from './authoring/knowledge-authoring';
import { TreeAuthoring } from './trees/tree-authoring';
import { TreeDesk } from './trees/tree-desk';
import { NoticeAuthoring } from './notices/notice-authoring';
import { NoticeDesk } from './notices/notice-desk';
import { ArticleDesk } from './desk/article-desk';
import { PopupShell } from './desk/popup-shell';
import { SearchReporter } from './sync/search-reporter';
import type { SecretCipher } from './sync/token-vault';
import { WorkstationSync, type WorkstationSyncOptions } from './sync/workstation-sync';
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
  /** Electron's safeStorage, to keep the session token encrypted at rest. */
  cipher?: SecretCipher;
  fetch?: typeof fetch;
  /** Tests tune the sync loop. */
  syncClient?: WorkstationSyncOptions['client'];
  /** Tests move the clock (notices going live and expiring). */
  now?: () => Date;
}

/**
 * Everything a workstation does that is not pixels (DESIGN.md). Plain Node: the Electron shell and
 * the web-mode host both hold one AgentCore and forward validated contract calls to it.
 */
export class AgentCore implements AgentCalls {
  private readonly events = new AgentEventHub();

  readonly sync: WorkstationSync;
  private readonly searches: SearchReporter;
  private readonly desk: ArticleDesk;
  private readonly popup: PopupShell;
  private readonly trees: TreeDesk;
  private readonly treeAuthoring: TreeAuthoring;
  private readonly notices: NoticeDesk;
  private readonly noticeAuthoring: NoticeAuthoring;
  private readonly knowledge: KnowledgeAuthoring;
  private readonly feedbackWatch: FeedbackWatch;

  private constructor(
    private readonly options: AgentCoreOptions,
    private readonly settings: SettingsStore,
    readonly replica: Replica,
    movedTo: string | null,
  ) {
    this.notices = new NoticeDesk({
      replica,
      readingLanguages: () => readingLanguages(this.settings.get()),
      report: (type, payload) => this.sync.record(type, payload),
      emit: (event, payload) => this.events.emit(event, payload),
      now: options.now,
    });
    this.sync = WorkstationSync.open({
      dataDir: options.dataDir,
      replica,
      recovery: movedTo ? { reason: 'corrupt', movedTo, at: new Date().toISOString() } : null,
      serverUrl: () => this.settings.get().serverUrl,
      languages: () => readingLanguages(this.settings.get()),
      emit: (event, payload) => this.events.emit(event, payload),
      noticesApplied: (outcome, initial) => this.notices.applied(outcome, initial),
      cipher: options.cipher,
      fetch: options.fetch,
      client: options.syncClient,
    });
    this.searches = new SearchReporter((payload) => this.sync.record('search', payload));
    this.desk = new ArticleDesk({
      replica,
      readingLanguages: (preferred) => readingLanguages(this.settings.get(), preferred),
      searchLanguages: (text) => searchLanguages(this.settings.get(), { text }),
      signedIn: () => this.sync.session().status === 'signed-in',
      report: (type, payload) => this.sync.record(type, payload),
    });
    this.trees = new TreeDesk({
      replica,
      readingLanguages: (preferred) => readingLanguages(this.settings.get(), preferred),
      report: (type, payload) => this.sync.record(type, payload),
    });
    this.treeAuthoring = new TreeAuthoring(() => this.sync.connection());
    this.noticeAuthoring = new NoticeAuthoring(() => this.sync.connection());
    this.knowledge = new KnowledgeAuthoring(() => this.sync.connection());
    // Owners' answers to the agent's feedback (R17): asked for after each successful sync.
    this.feedbackWatch = new FeedbackWatch({
      dataDir: options.dataDir,
      session: () => this.sync.session(),
      fetchMine: () => this.knowledge.myFeedback(),
      emit: (payload) => this.events.emit('feedbackAnswered', payload),
      now: options.now,
    });
    this.events.on('sessionChanged', () => this.feedbackWatch.sessionChanged());
    this.events.on('syncStateChanged', (state) => {
      if (state.status === 'online') void this.feedbackWatch.check();
    });
    this.notices.timer.reschedule();
    this.popup = new PopupShell(
      options.host,
      () => this.settings.get(),
      (event, payload) => this.events.emit(event, payload),
    );
  }

  /**
   * Opens the workstation's data. A corrupt replica is moved aside and downloaded again; one
   * written by a newer Cuecard throws ReplicaError 'newer-version' with a message for the agent.
   */
  static async open(options: AgentCoreOptions): Promise<AgentCore> {
    mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
    const settings = SettingsStore.open(options.dataDir);
    const { replica, movedTo } = openOrRecoverReplica(join(options.dataDir, REPLICA_FILE));
    // Trees synced before their search documents existed (migration 005) become findable now.
    repairTreeSearchDocs(replica);
    return new AgentCore(options, settings, replica, movedTo);
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
    this.popup.settingsChanged(before, next);
    if (before.serverUrl !== next.serverUrl) this.events.emit('sessionChanged', this.session());
    return next;
  }

  async getSession(): Promise<SessionState> {
    return this.session();
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const langs = searchLanguages(this.settings.get(), query);
    const result = searchArticles(this.replica, query, langs);
    this.searches.searched(query.text, langs, result.hits.length);
    return result;
  }

  async getArticle(ref: ArticleRef): Promise<Article | null> {
    const article = getArticle(
      this.replica,
      ref.id,
      readingLanguages(this.settings.get(), ref.lang),
    );
    if (article) {
      this.desk.opened(article.id);
      this.searches.opened(article.id);
      this.sync.record('article-view', {
        articleId: article.id,
        lang: article.lang,
        revision: article.revision,
      });
    }
    return article;
  }

  async signIn(request: SignInRequest): Promise<SignInResult> {
    return this.sync.signIn(request);
  }

  async signOut(): Promise<SessionState> {
    return this.sync.signOut();
  }

  async getSyncState(): Promise<SyncState> {
    return this.sync.syncState();
  }

  async syncNow(): Promise<SyncState> {
    const state = await this.sync.syncNow();
    // Asked by hand: the agent also hears about answers now, not after the next interval.
    if (state.status === 'online') await this.feedbackWatch.check(true);
    return state;
  }

  async getWhatsNew(query: WhatsNewQuery): Promise<ArticleChange[]> {
    return this.sync.whatsNew(query.limit ?? 50);
  }

  async getArticleDetails(ref: ArticleRef): Promise<ArticleDetails | null> {
    return this.desk.details(ref);
  }

  async markRead(input: MarkReadInput): Promise<void> {
    this.desk.markRead(input);
  }

  async getCategoryTree(): Promise<CategoryNode[]> {
    return this.desk.categoryTree();
  }

  async listCategory(query: CategoryListQuery): Promise<CategoryListing | null> {
    return this.desk.listCategory(query);
  }

  async getDeskLists(): Promise<DeskLists> {
    return this.desk.lists();
  }

  async setFavourite(input: FavouriteInput): Promise<void> {
    this.desk.setFavourite(input);
  }

  async sendFeedback(input: FeedbackInput): Promise<void> {
    this.desk.sendFeedback(input);
  }

  async reportQuestion(input: QuestionReport): Promise<void> {
    this.desk.reportQuestion(input);
  }

  async getHotkeyStatus(): Promise<HotkeyStatus> {
    return this.popup.status();
  }

  async closePopup(): Promise<void> {
    this.popup.close();
  }

  async openInMainWindow(ref: ArticleRef): Promise<void> {
    this.requestOpen({ target: 'article', id: ref.id });
  }

  async listTrees(): Promise<TreeSummary[]> {
    return this.trees.list();
  }

  async getTree(ref: TreeRef): Promise<TreeForRun | null> {
    return this.trees.get(ref);
  }

  async saveTreeSession(input: TreeSessionSave): Promise<void> {
    this.trees.saveSession(input);
  }

  async reportTreeOutcome(report: TreeOutcomeReport): Promise<void> {
    this.trees.reportOutcome(report);
  }

  async listArticleTrees(ref: ArticleRef): Promise<ArticleTreeLink[]> {
    return this.trees.articleTrees(ref);
  }

  async listAuthoringTrees(): Promise<AuthoringResult<{ trees: AuthoringTreeSummary[] }>> {
    return this.treeAuthoring.list();
  }

  async getAuthoringTree(ref: { id: string }): Promise<AuthoringResult<{ tree: AuthoringTree }>> {
    return this.treeAuthoring.get(ref.id);
  }

  async saveAuthoringTree(input: AuthoringTreeSave): Promise<AuthoringResult<{ version: number }>> {
    return this.treeAuthoring.save(input);
  }

  async publishAuthoringTree(
    input: AuthoringTreePublish,
  ): Promise<AuthoringResult<{ version: number }>> {
    return this.treeAuthoring.publish(input);
  }

  async listNotices(query: NoticeListQuery): Promise<NoticeView[]> {
    return this.notices.list(query);
  }

  async getNotice(ref: NoticeRef): Promise<NoticeView | null> {
    return this.notices.get(ref.id);
  }

  async getPendingNotices(): Promise<PendingNotices> {
    return this.notices.pending();
  }

  async markNoticeRead(ref: NoticeRef): Promise<void> {
    this.notices.markRead(ref.id);
  }

  async acknowledgeNotice(ref: NoticeRef): Promise<void> {
    this.notices.acknowledge(ref.id);
  }

  async getOrgUnits(): Promise<AuthoringResult<{ org: OrgUnits }>> {
    return this.noticeAuthoring.orgUnits();
  }

  async sendNotice(draft: NoticeDraft): Promise<AuthoringResult<{ created: boolean }>> {
    return this.noticeAuthoring.send(draft);
  }

  async listSentNotices(): Promise<AuthoringResult<{ notices: SentNoticeSummary[] }>> {
    return this.noticeAuthoring.listSent();
  }

  async getNoticeFollowUp(ref: NoticeRef): Promise<AuthoringResult<{ followUp: NoticeFollowUp }>> {
    return this.noticeAuthoring.followUp(ref.id);
  }

  async remindNotice(ref: NoticeRef): Promise<AuthoringResult<{ reminded: number }>> {
    return this.noticeAuthoring.remind(ref.id);
  }

  async authoring<K extends AuthoringOp>(request: AuthoringInput<K>): Promise<AuthoringOutcome<K>> {
    return this.knowledge.run(request);
  }

  async suggestEdit(input: SuggestEdit): Promise<AuthoringResult<{ revision: number }>> {
    return this.knowledge.suggestEdit(input);
  }

  async listMyFeedback(): Promise<AuthoringResult<{ items: FeedbackItem[] }>> {
    return this.knowledge.myFeedback();
  }

  /** The desktop shell: how registering the global hotkey went (at start and after a change). */
  setHotkeyStatus(status: HotkeyStatus): void {
    this.popup.report(status);
  }

  /** The desktop shell: the hotkey was pressed; the popup offers the clipboard's text. */
  requestPopup(clipboardText: string): void {
    this.popup.request(clipboardText);
  }

  /**
   * Show something in the main window: an OS notification was clicked, or the popup asked
   * (openInMainWindow). The desktop shell brings the main window forward on this event.
   */
  requestOpen(request: OpenRequest): void {
    this.events.emit('openRequested', request);
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
    this.feedbackWatch.close();
    this.searches.flush();
    this.notices.close();
    this.sync.close();
    this.replica.close();
  }

  private session(): SessionState {
    return this.sync.session();
  }
}

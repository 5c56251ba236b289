import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { AgentApi } from '../../../shared/api';
import type { AppStore, AppStoreState } from './app-store';
import type { ArticleStore, ArticleStoreState } from './article-store';
import type { BrowseStore, BrowseStoreState } from './browse-store';
import type { DeskStore, DeskStoreState } from './desk-store';
import type { HotkeyStore, HotkeyStoreState } from './hotkey-store';
import type {
  NoticeHistoryStore,
  NoticeHistoryStoreState,
  NoticeStore,
  NoticeStoreState,
  PendingNoticesStore,
  PendingNoticesStoreState,
} from './notices-store';
import type { NoticeLeadStore, NoticeLeadStoreState } from './notice-lead-store';
import type {
  ClipboardWriter,
  QuickSearchStore,
  QuickSearchStoreState,
} from './quick-search-store';
import type { SearchStore, SearchStoreState } from './search-store';
import type { SessionStore, SessionStoreState } from './session-store';
import type { ToastStore, ToastStoreState } from './toast-store';
import type { TreeEditorStore, TreeEditorStoreState } from './tree-editor-store';
import type { TreeListStore, TreeListStoreState } from './tree-list-store';
import type { TreeRunStore, TreeRunStoreState } from './tree-run-store';
import type { WhatsNewStore, WhatsNewStoreState } from './whats-new-store';

export interface Stores {
  api: AgentApi;
  clipboard: ClipboardWriter;
  app: AppStore;
  search: SearchStore;
  /** The article on screen. The quick-search popup shows its articles with an instance of its own. */
  article: ArticleStore;
  session: SessionStore;
  whatsNew: WhatsNewStore;
  toasts: ToastStore;
  desk: DeskStore;
  browse: BrowseStore;
  hotkey: HotkeyStore;
  quickSearch: QuickSearchStore;
  /** The popup's results, apart from the Search screen's. */
  quickResults: SearchStore;
  quickArticle: ArticleStore;
  /** The tree editor's authors' list and the draft being edited (kept across navigation). */
  treeEditor: TreeEditorStore;
  /** Published troubleshooting trees (Troubleshoot list, Home) and the tree being run. */
  trees: TreeListStore;
  treeRun: TreeRunStore;
  /** Urgent notices to acknowledge (the modal) and important ones pinned on Home. */
  pendingNotices: PendingNoticesStore;
  /** The Notices section: the searchable history and the notice open in it. */
  noticeHistory: NoticeHistoryStore;
  notice: NoticeStore;
  /** Leads: the notice being composed, the sent list and the follow-up open. */
  noticeLead: NoticeLeadStore;
}

export const StoresContext = createContext<Stores | null>(null);

export function useStores(): Stores {
  const stores = useContext(StoresContext);
  if (!stores)
    throw new Error('StoresContext is missing: wrap the app in <StoresContext value={…}>.');
  return stores;
}

export function useAppStore<T>(selector: (s: AppStoreState) => T): T {
  return useStore(useStores().app, selector);
}

export function useSearchStore<T>(selector: (s: SearchStoreState) => T): T {
  return useStore(useStores().search, selector);
}

export function useArticleStore<T>(selector: (s: ArticleStoreState) => T): T {
  return useStore(useStores().article, selector);
}

export function useSessionStore<T>(selector: (s: SessionStoreState) => T): T {
  return useStore(useStores().session, selector);
}

export function useWhatsNewStore<T>(selector: (s: WhatsNewStoreState) => T): T {
  return useStore(useStores().whatsNew, selector);
}

export function useToastStore<T>(selector: (s: ToastStoreState) => T): T {
  return useStore(useStores().toasts, selector);
}

export function useDeskStore<T>(selector: (s: DeskStoreState) => T): T {
  return useStore(useStores().desk, selector);
}

export function useBrowseStore<T>(selector: (s: BrowseStoreState) => T): T {
  return useStore(useStores().browse, selector);
}

export function useHotkeyStore<T>(selector: (s: HotkeyStoreState) => T): T {
  return useStore(useStores().hotkey, selector);
}

export function useQuickSearchStore<T>(selector: (s: QuickSearchStoreState) => T): T {
  return useStore(useStores().quickSearch, selector);
}

export function useTreeEditorStore<T>(selector: (s: TreeEditorStoreState) => T): T {
  return useStore(useStores().treeEditor, selector);
}

export function useQuickResults<T>(selector: (s: SearchStoreState) => T): T {
  return useStore(useStores().quickResults, selector);
}

export function useTreeListStore<T>(selector: (s: TreeListStoreState) => T): T {
  return useStore(useStores().trees, selector);
}

export function useTreeRunStore<T>(selector: (s: TreeRunStoreState) => T): T {
  return useStore(useStores().treeRun, selector);
}

export function usePendingNoticesStore<T>(selector: (s: PendingNoticesStoreState) => T): T {
  return useStore(useStores().pendingNotices, selector);
}

export function useNoticeHistoryStore<T>(selector: (s: NoticeHistoryStoreState) => T): T {
  return useStore(useStores().noticeHistory, selector);
}

export function useNoticeStore<T>(selector: (s: NoticeStoreState) => T): T {
  return useStore(useStores().notice, selector);
}

export function useNoticeLeadStore<T>(selector: (s: NoticeLeadStoreState) => T): T {
  return useStore(useStores().noticeLead, selector);
}

/** Feedback and questions go to the authors under the agent's name: only when signed in. */
export function useSignedIn(): boolean {
  return useSessionStore((s) => s.session?.status === 'signed-in');
}

export type ReadyApp = Extract<AppStoreState['app'], { status: 'ready' }>;

/** For components rendered only once the app has loaded (the shell guarantees it). */
export function useReadyApp(): ReadyApp {
  const app = useAppStore((s) => s.app);
  if (app.status !== 'ready')
    throw new Error('useReadyApp() used before the app finished loading.');
  return app;
}

export function useApi(): AgentApi {
  return useStores().api;
}

export function useAppStoreApi(): AppStore {
  return useStores().app;
}

export function useSearchStoreApi(): SearchStore {
  return useStores().search;
}

export function useArticleStoreApi(): ArticleStore {
  return useStores().article;
}

export function useWhatsNewStoreApi(): WhatsNewStore {
  return useStores().whatsNew;
}

import type { AgentApi } from '../../../shared/api';
import { createAppStore } from './app-store';
import { createArticleStore } from './article-store';
import { createBrowseStore } from './browse-store';
import { createDeskStore } from './desk-store';
import { createHotkeyStore } from './hotkey-store';
import {
  createNoticeHistoryStore,
  createNoticeStore,
  createPendingNoticesStore,
} from './notices-store';
import { createNoticeLeadStore } from './notice-lead-store';
import { createQuickSearchStore, type ClipboardWriter } from './quick-search-store';
import { createSearchStore } from './search-store';
import { createSessionStore } from './session-store';
import type { Stores } from './stores-context';
import { createToastStore } from './toast-store';
import { createTreeEditorStore } from './tree-editor-store';
import { createTreeListStore } from './tree-list-store';
import { createTreeRunStore } from './tree-run-store';
import { createWhatsNewStore } from './whats-new-store';

/** The popup lists a few results: it is small, and the right answer should be first anyway (R1). */
export const QUICK_SEARCH_LIMIT = 12;

/** Every store of one window, wired together; the app and the markup tests build them the same way. */
export function createStores(api: AgentApi, clipboard: ClipboardWriter): Stores {
  const app = createAppStore(api);
  const desk = createDeskStore(api);
  // A favourite changed in an article view shows on Home and in the popup straight away.
  const onFavouriteChanged = (): void => void desk.getState().load();
  const quickResults = createSearchStore(api, {
    debounceMs: 0,
    limit: QUICK_SEARCH_LIMIT,
    initialActive: 0,
  });
  return {
    api,
    clipboard,
    app,
    search: createSearchStore(api),
    article: createArticleStore(api, { onFavouriteChanged }),
    session: createSessionStore(api),
    whatsNew: createWhatsNewStore(api),
    toasts: createToastStore(api, {
      notifications: () => {
        const state = app.getState().app;
        return state.status === 'ready' ? state.settings.notifications : null;
      },
    }),
    desk,
    browse: createBrowseStore(api),
    hotkey: createHotkeyStore(api),
    quickSearch: createQuickSearchStore(api, quickResults, clipboard),
    quickResults,
    quickArticle: createArticleStore(api, { onFavouriteChanged }),
    treeEditor: createTreeEditorStore(api),
    trees: createTreeListStore(api),
    treeRun: createTreeRunStore(api),
    pendingNotices: createPendingNoticesStore(api),
    noticeHistory: createNoticeHistoryStore(api),
    notice: createNoticeStore(api),
    noticeLead: createNoticeLeadStore(api),
  };
}

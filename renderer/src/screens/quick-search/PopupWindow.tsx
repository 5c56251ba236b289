import { useEffect, useId } from 'react';
import type { ArticleRef } from '../../../../shared/api';
import { treeSearchId } from '../../../../shared/workstation/trees';
import { articleRoute, formatRoute, treeRoute } from '../../app/route';
import { useApi, useReadyApp, useStores } from '../../stores/stores-context';
import { QuickSearch } from './QuickSearch';

/**
 * The desktop app's popup window (#popup, electron/main/windows.ts): quick search and nothing
 * else. The hotkey shows it with popupRequested; Esc and copying hide it again through the core.
 * Opened in a browser (web mode), it stands alone and its "main window" is the app's own page.
 */
export function PopupWindow() {
  const api = useApi();
  const { quickSearch, desk } = useStores();
  const { appInfo } = useReadyApp();
  const labelId = useId();
  const desktop = appInfo.host === 'electron';

  useEffect(() => {
    quickSearch.getState().show('');
    void desk.getState().load();
    return api.on('popupRequested', ({ clipboardText }) => {
      quickSearch.getState().show(clipboardText);
      void desk.getState().load();
    });
  }, [api, quickSearch, desk]);

  const close = (): void => {
    if (desktop) void api.closePopup().catch(() => undefined);
    // Ready for the next time: an empty field, unless the hotkey brings clipboard text.
    quickSearch.getState().show('');
    if (!desktop) window.location.hash = '#/home';
  };

  const openInMain = (ref: ArticleRef): void => {
    if (desktop) void api.openInMainWindow(ref).catch(() => undefined);
    else window.location.hash = formatRoute(articleRoute(ref));
  };

  // The desktop main window opens a tree's search id in the runner (useRoutedArticle).
  const openTree = (treeId: string): void => {
    if (desktop) void api.openInMainWindow({ id: treeSearchId(treeId) }).catch(() => undefined);
    else window.location.hash = formatRoute(treeRoute(treeId));
  };

  return (
    <main className="popup-window" aria-labelledby={labelId} data-testid="quick-search">
      <QuickSearch
        variant="window"
        labelId={labelId}
        onClose={close}
        onOpenInMain={openInMain}
        onOpenTree={openTree}
        onCopied={close}
      />
    </main>
  );
}

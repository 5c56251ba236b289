import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowseScreen } from '../screens/browse/BrowseScreen';
import { HomeScreen } from '../screens/HomeScreen';
import {
  QuickSearchOverlay,
  useQuickSearchControls,
} from '../screens/quick-search/QuickSearchOverlay';
import { SearchScreen } from '../screens/search/SearchScreen';
import { NoticesScreen } from '../screens/notices/NoticesScreen';
import { KnowledgeScreen } from '../screens/knowledge/KnowledgeScreen';
import { SettingsScreen } from '../screens/settings/SettingsScreen';
import { TroubleshootScreen } from '../screens/troubleshoot/TroubleshootScreen';
import { useApi, useReadyApp, useStores } from '../stores/stores-context';
import { Header } from './Header';
import { NavBar } from './NavBar';
import { RecoveryBanner } from './RecoveryBanner';
import { revealOnHome } from './reveal';
import { formatRoute, routeForOpenRequest, type Route } from './route';
import { Toasts } from './Toasts';
import { UrgentNoticeModal } from './UrgentNoticeModal';
import { useHashRoute } from './use-hash-route';
import { useInPageHotkey } from './use-in-page-hotkey';

function CurrentScreen({ route, navigate }: { route: Route; navigate: (route: Route) => void }) {
  switch (route.section) {
    case 'home':
      return <HomeScreen show={route.show} navigate={navigate} />;
    case 'search':
      return <SearchScreen article={route.article} navigate={navigate} />;
    case 'browse':
      return <BrowseScreen route={route} navigate={navigate} />;
    case 'troubleshoot':
      return <TroubleshootScreen route={route} navigate={navigate} />;
    case 'notices':
      return <NoticesScreen route={route} navigate={navigate} />;
    case 'knowledge':
      return <KnowledgeScreen route={route} navigate={navigate} />;
    case 'settings':
      return <SettingsScreen />;
  }
}

/** The app frame: header, left navigation, and the current section. */
export function Shell() {
  const { t } = useTranslation();
  const api = useApi();
  const { quickSearch } = useStores();
  const { settings, appInfo } = useReadyApp();
  const [route, navigate] = useHashRoute();
  const { open: openQuickSearch, close: closeQuickSearch } = useQuickSearchControls();
  // The hotkey again while the overlay shows closes it, like the desktop popup.
  const toggleQuickSearch = useCallback(() => {
    if (quickSearch.getState().open) closeQuickSearch();
    else openQuickSearch();
  }, [quickSearch, openQuickSearch, closeQuickSearch]);
  useInPageHotkey(settings.hotkey, toggleQuickSearch);

  // Web mode has no popup window: if the core asks for the popup, the overlay is it.
  useEffect(() => {
    if (appInfo.host !== 'web') return;
    return api.on('popupRequested', ({ clipboardText }) => {
      openQuickSearch();
      quickSearch.getState().offerClipboard(clipboardText);
    });
  }, [api, appInfo.host, openQuickSearch, quickSearch]);

  // Like navigate, but showing a part of Home works again when the URL already points there.
  const open = useCallback(
    (target: Route) => {
      if (target.show && formatRoute(target) === window.location.hash) revealOnHome(target.show);
      else navigate(target);
    },
    [navigate],
  );

  // An OS notification was clicked (Electron main asks through AgentCore).
  useEffect(
    () => api.on('openRequested', (request) => open(routeForOpenRequest(request))),
    [api, open],
  );

  return (
    <div className="shell">
      <a
        className="skip-link"
        href="#/"
        onClick={(e) => {
          // A real "#main" href would be read as a route.
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('app.skipToContent')}
      </a>
      <Header current={route.section} navigate={navigate} onQuickSearch={openQuickSearch} />
      <NavBar current={route.section} navigate={navigate} />
      <div className="shell-banner">
        <RecoveryBanner />
      </div>
      <main id="main" tabIndex={-1} className={`main main-${route.section}`}>
        <CurrentScreen key={route.section} route={route} navigate={navigate} />
      </main>
      <Toasts open={open} />
      <QuickSearchOverlay navigate={navigate} close={closeQuickSearch} />
      <UrgentNoticeModal navigate={navigate} />
    </div>
  );
}

import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { AwaitingServerScreen } from '../screens/AwaitingServerScreen';
import { HomeScreen } from '../screens/HomeScreen';
import { SearchScreen } from '../screens/search/SearchScreen';
import { SettingsScreen } from '../screens/settings/SettingsScreen';
import { useApi } from '../stores/stores-context';
import { Header } from './Header';
import { NavBar } from './NavBar';
import { RecoveryBanner } from './RecoveryBanner';
import { revealOnHome } from './reveal';
import { formatRoute, routeForOpenRequest, type Route } from './route';
import { Toasts } from './Toasts';
import { useHashRoute } from './use-hash-route';

function CurrentScreen({ route, navigate }: { route: Route; navigate: (route: Route) => void }) {
  switch (route.section) {
    case 'home':
      return <HomeScreen show={route.show} navigate={navigate} />;
    case 'search':
      return <SearchScreen article={route.article} navigate={navigate} />;
    case 'browse':
      return <AwaitingServerScreen section="browse" navigate={navigate} />;
    case 'troubleshoot':
      return <AwaitingServerScreen section="troubleshoot" navigate={navigate} />;
    case 'notices':
      return <AwaitingServerScreen section="notices" navigate={navigate} />;
    case 'settings':
      return <SettingsScreen />;
  }
}

/** The app frame: header, left navigation, and the current section. */
export function Shell() {
  const { t } = useTranslation();
  const api = useApi();
  const [route, navigate] = useHashRoute();

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
      <Header current={route.section} navigate={navigate} />
      <NavBar current={route.section} navigate={navigate} />
      <div className="shell-banner">
        <RecoveryBanner />
      </div>
      <main id="main" tabIndex={-1} className={`main main-${route.section}`}>
        <CurrentScreen key={route.section} route={route} navigate={navigate} />
      </main>
      <Toasts open={open} />
    </div>
  );
}

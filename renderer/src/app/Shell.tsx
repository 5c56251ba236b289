import { useTranslation } from 'react-i18next';
import { AwaitingServerScreen } from '../screens/AwaitingServerScreen';
import { HomeScreen } from '../screens/HomeScreen';
import { SearchScreen } from '../screens/search/SearchScreen';
import { SettingsScreen } from '../screens/settings/SettingsScreen';
import { Header } from './Header';
import { NavBar } from './NavBar';
import type { Route } from './route';
import { useHashRoute } from './use-hash-route';

function CurrentScreen({ route, navigate }: { route: Route; navigate: (route: Route) => void }) {
  switch (route.section) {
    case 'home':
      return <HomeScreen navigate={navigate} />;
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
  const [route, navigate] = useHashRoute();
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
      <main id="main" tabIndex={-1} className={`main main-${route.section}`}>
        <CurrentScreen key={route.section} route={route} navigate={navigate} />
      </main>
    </div>
  );
}

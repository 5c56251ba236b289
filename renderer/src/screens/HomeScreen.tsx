import { useTranslation } from 'react-i18next';
import type { AppInfo, SessionState } from '../../../shared/api';
import type { Route } from '../app/route';
import { Icon } from '../components/Icon';
import { ScreenTitle } from '../components/ScreenTitle';
import { platformName } from '../lib/platform';
import { useReadyApp } from '../stores/stores-context';

function WorkstationCard({ info }: { info: AppInfo }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="home-workstation">
      <h2 id="home-workstation">{t('home.workstationTitle')}</h2>
      <dl className="facts">
        <dt>{t('home.version')}</dt>
        <dd>
          {info.name} {info.version}
        </dd>
        <dt>{t('home.runningAs')}</dt>
        <dd>{info.host === 'electron' ? t('home.hostElectron') : t('home.hostWeb')}</dd>
        <dt>{t('home.platform')}</dt>
        <dd>{platformName(info.platform)}</dd>
      </dl>
    </section>
  );
}

function SessionCard({
  session,
  navigate,
}: {
  session: SessionState;
  navigate: (route: Route) => void;
}) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="home-session" data-testid="session-state">
      <h2 id="home-session">{t('home.sessionTitle')}</h2>
      <p className={`session session-${session.status}`}>
        <span className="status-dot" aria-hidden="true" />
        <span>
          {session.status === 'signed-in'
            ? t('home.signedIn', { name: session.user.name, serverUrl: session.serverUrl })
            : session.serverUrl
              ? t('home.signedOut', { serverUrl: session.serverUrl })
              : t('home.signedOutNoServer')}
        </span>
      </p>
      <button type="button" className="button" onClick={() => navigate({ section: 'settings' })}>
        {t('home.openSettings')}
      </button>
    </section>
  );
}

export function HomeScreen({ navigate }: { navigate: (route: Route) => void }) {
  const { t } = useTranslation();
  const { appInfo, session } = useReadyApp();
  return (
    <div className="screen home">
      <ScreenTitle>{t('home.title')}</ScreenTitle>
      <p className="lead">{t('home.intro')}</p>
      <p>
        <button
          type="button"
          className="button primary"
          onClick={() => navigate({ section: 'search' })}
        >
          <Icon name="search" />
          {t('home.startSearch')}
        </button>
      </p>
      <div className="cards">
        <WorkstationCard info={appInfo} />
        <SessionCard session={session} navigate={navigate} />
      </div>
    </div>
  );
}

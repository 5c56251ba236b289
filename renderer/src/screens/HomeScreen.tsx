import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../shared/api';
import { revealOnHome } from '../app/reveal';
import type { Route } from '../app/route';
import { describeSync } from '../app/sync-view';
import { Icon } from '../components/Icon';
import { ScreenTitle } from '../components/ScreenTitle';
import { platformName } from '../lib/platform';
import { useReadyApp, useSessionStore } from '../stores/stores-context';
import { ContinueTrees } from './home/ContinueTrees';
import { DeskListCards } from './home/DeskListCards';
import { MyFeedback } from './home/MyFeedback';
import { PinnedNotices } from './home/PinnedNotices';
import { WhatsNewList } from './WhatsNewList';

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

/** Who is signed in where, how sync is doing, and the way to Settings to change it. */
function SessionCard({ navigate }: { navigate: (route: Route) => void }) {
  const { t, i18n } = useTranslation();
  const session = useSessionStore((s) => s.session);
  const sync = useSessionStore((s) => s.sync);
  const loadError = useSessionStore((s) => s.loadError);
  const expired = sync?.status === 'session-expired';
  const signedIn = session?.status === 'signed-in';
  const view = describeSync({ sync, loadError }, t, i18n.language);

  let text: string;
  if (!session) text = loadError ? view.detail : t('home.sessionLoading');
  else if (expired) text = t('signIn.sessionExpired');
  else if (session.status === 'signed-in')
    text = t('home.signedIn', {
      name: session.user.name,
      username: session.user.username,
      serverUrl: session.serverUrl,
    });
  else if (session.serverUrl) text = t('home.signedOut', { serverUrl: session.serverUrl });
  else text = t('home.signedOutNoServer');

  const state = !session ? 'loading' : expired ? 'expired' : session.status;
  return (
    <section className="card" aria-labelledby="home-session" data-testid="session-state">
      <h2 id="home-session">{t('home.sessionTitle')}</h2>
      <p className={`session session-${state}`} data-state={state}>
        <span className="status-dot" aria-hidden="true" />
        <span>{text}</span>
      </p>
      {signedIn && !expired && sync && (
        <ul className="session-facts">
          <li>{view.detail}</li>
          <li>{t('home.articleCount', { count: sync.articles })}</li>
          {view.outbox && <li>{view.outbox}</li>}
        </ul>
      )}
      <button
        type="button"
        className={signedIn && !expired ? 'button' : 'button primary'}
        onClick={() => navigate({ section: 'settings' })}
      >
        {signedIn && !expired ? t('home.openSettings') : t('home.signIn')}
      </button>
    </section>
  );
}

export function HomeScreen({
  show,
  navigate,
}: {
  show?: Route['show'];
  navigate: (route: Route) => void;
}) {
  const { t } = useTranslation();
  const { appInfo } = useReadyApp();

  useEffect(() => {
    if (show) revealOnHome(show);
  }, [show]);

  return (
    <div className="screen home">
      <ScreenTitle focus={!show}>{t('home.title')}</ScreenTitle>
      <PinnedNotices navigate={navigate} />
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
      <ContinueTrees navigate={navigate} />
      <WhatsNewList navigate={navigate} />
      <DeskListCards navigate={navigate} />
      <MyFeedback navigate={navigate} />
      <div className="cards">
        <SessionCard navigate={navigate} />
        <WorkstationCard info={appInfo} />
      </div>
    </div>
  );
}

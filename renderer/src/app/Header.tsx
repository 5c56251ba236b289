import { useTranslation } from 'react-i18next';
import { Icon } from '../components/Icon';
import { LanguageSwitcher } from '../components/LanguageSwitcher';
import type { Route, Section } from './route';
import { SyncStatus } from './SyncStatus';

export function Header({
  current,
  navigate,
}: {
  current: Section;
  navigate: (route: Route) => void;
}) {
  const { t } = useTranslation();
  return (
    <header className="header">
      <a
        className="brand"
        href="#/home"
        onClick={(e) => {
          e.preventDefault();
          navigate({ section: 'home' });
        }}
      >
        <span className="brand-mark" aria-hidden="true">
          C
        </span>
        <span className="brand-text">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </span>
      </a>
      <div className="header-tools">
        <SyncStatus navigate={navigate} />
        <LanguageSwitcher />
        <a
          href="#/settings"
          className="button ghost header-settings"
          data-testid="nav-settings"
          aria-current={current === 'settings' ? 'page' : undefined}
          onClick={(e) => {
            e.preventDefault();
            navigate({ section: 'settings' });
          }}
        >
          <Icon name="settings" />
          <span>{t('nav.settings')}</span>
        </a>
      </div>
    </header>
  );
}

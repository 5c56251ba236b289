import { useTranslation } from 'react-i18next';
import { Icon } from '../components/Icon';
import { LanguageSwitcher } from '../components/LanguageSwitcher';
import { ariaShortcut, clientIsMac, formatAccelerator } from '../lib/hotkey';
import { useReadyApp } from '../stores/stores-context';
import type { Route, Section } from './route';
import { SyncStatus } from './SyncStatus';

export function Header({
  current,
  navigate,
  onQuickSearch,
}: {
  current: Section;
  navigate: (route: Route) => void;
  onQuickSearch: () => void;
}) {
  const { t } = useTranslation();
  const { settings } = useReadyApp();
  const isMac = clientIsMac();
  const shortcut = formatAccelerator(settings.hotkey, isMac);
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
        <button
          type="button"
          className="button header-quick-search"
          data-testid="open-quick-search"
          aria-keyshortcuts={ariaShortcut(settings.hotkey, isMac)}
          title={t('header.quickSearchHint', { shortcut })}
          onClick={onQuickSearch}
        >
          <Icon name="bolt" size={16} />
          <span>{t('header.quickSearch')}</span>
          <kbd className="header-kbd" aria-hidden="true">
            {shortcut}
          </kbd>
        </button>
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

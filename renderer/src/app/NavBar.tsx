import { useTranslation } from 'react-i18next';
import { Icon } from '../components/Icon';
import { NAV_SECTIONS, type Route, type Section } from './route';

export function NavBar({
  current,
  navigate,
}: {
  current: Section;
  navigate: (route: Route) => void;
}) {
  const { t } = useTranslation();
  return (
    <nav className="nav" aria-label={t('nav.label')}>
      <ul>
        {NAV_SECTIONS.map((section) => (
          <li key={section}>
            <a
              href={`#/${section}`}
              className="nav-item"
              data-testid={`nav-${section}`}
              aria-current={current === section ? 'page' : undefined}
              onClick={(e) => {
                // Let modified clicks behave as links; otherwise navigate (also re-opens Search's list).
                if (e.ctrlKey || e.metaKey || e.shiftKey) return;
                e.preventDefault();
                navigate({ section });
              }}
            >
              <Icon name={section} />
              <span className="nav-label">{t(`nav.${section}`)}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

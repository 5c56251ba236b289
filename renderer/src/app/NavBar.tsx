import { useTranslation } from 'react-i18next';
import { Icon } from '../components/Icon';
import { useFollowMyWork, useWorkBadges } from '../screens/knowledge/audit/use-my-work';
import { useSessionStore } from '../stores/stores-context';
import { GATED_SECTIONS, mayOpen, NAV_SECTIONS, type Route, type Section } from './route';

export function NavBar({
  current,
  navigate,
}: {
  current: Section;
  navigate: (route: Route) => void;
}) {
  const { t } = useTranslation();
  const capabilities = useSessionStore((s) =>
    s.session?.status === 'signed-in' ? s.session.capabilities : null,
  );
  // Owners' to-do counts (R16): followed from sign-in, shown on the Knowledge item.
  useFollowMyWork();
  const work = useWorkBadges();
  const visible = NAV_SECTIONS.filter((section) => {
    return !GATED_SECTIONS[section] || (capabilities !== null && mayOpen(section, capabilities));
  });
  return (
    <nav className="nav" aria-label={t('nav.label')}>
      <ul>
        {visible.map((section) => (
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
              {section === 'knowledge' && work.total > 0 && (
                <span className="count-badge" data-testid="nav-knowledge-badge">
                  <span aria-hidden="true">{work.total}</span>
                  <span className="visually-hidden">
                    {t('knowledge.myWork.badge', { count: work.total })}
                  </span>
                </span>
              )}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

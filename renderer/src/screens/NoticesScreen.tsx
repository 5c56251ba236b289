import { useTranslation } from 'react-i18next';
import type { Route } from '../app/route';
import { EmptyState } from '../components/EmptyState';
import { ScreenTitle } from '../components/ScreenTitle';

export function NoticesScreen({ navigate }: { navigate: (route: Route) => void }) {
  const { t } = useTranslation();
  return (
    <div className="screen">
      <ScreenTitle>{t('notices.title')}</ScreenTitle>
      <EmptyState
        icon="notices"
        title={t('notices.emptyTitle')}
        action={
          <button type="button" className="button" onClick={() => navigate({ section: 'search' })}>
            {t('empty.goToSearch')}
          </button>
        }
      >
        {t('notices.emptyBody')}
      </EmptyState>
    </div>
  );
}

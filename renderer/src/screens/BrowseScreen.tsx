import { useTranslation } from 'react-i18next';
import type { Route } from '../app/route';
import { EmptyState } from '../components/EmptyState';
import { ScreenTitle } from '../components/ScreenTitle';

export function BrowseScreen({ navigate }: { navigate: (route: Route) => void }) {
  const { t } = useTranslation();
  return (
    <div className="screen">
      <ScreenTitle>{t('browse.title')}</ScreenTitle>
      <EmptyState
        icon="browse"
        title={t('browse.emptyTitle')}
        action={
          <button type="button" className="button" onClick={() => navigate({ section: 'search' })}>
            {t('empty.goToSearch')}
          </button>
        }
      >
        {t('browse.emptyBody')}
      </EmptyState>
    </div>
  );
}

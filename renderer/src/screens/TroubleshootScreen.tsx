import { useTranslation } from 'react-i18next';
import type { Route } from '../app/route';
import { EmptyState } from '../components/EmptyState';
import { ScreenTitle } from '../components/ScreenTitle';

export function TroubleshootScreen({ navigate }: { navigate: (route: Route) => void }) {
  const { t } = useTranslation();
  return (
    <div className="screen">
      <ScreenTitle>{t('troubleshoot.title')}</ScreenTitle>
      <EmptyState
        icon="troubleshoot"
        title={t('troubleshoot.emptyTitle')}
        action={
          <button type="button" className="button" onClick={() => navigate({ section: 'search' })}>
            {t('empty.goToSearch')}
          </button>
        }
      >
        {t('troubleshoot.emptyBody')}
      </EmptyState>
    </div>
  );
}

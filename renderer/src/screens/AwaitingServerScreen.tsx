import { useTranslation } from 'react-i18next';
import type { Route } from '../app/route';
import { EmptyState } from '../components/EmptyState';
import { ScreenTitle } from '../components/ScreenTitle';

/** The sections whose screens are still to come (troubleshooting trees, notices). */
export type AwaitingSection = 'troubleshoot' | 'notices';

/** An honest empty screen for a section whose content this workstation has not received yet. */
export function AwaitingServerScreen({
  section,
  navigate,
}: {
  section: AwaitingSection;
  navigate: (route: Route) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="screen">
      <ScreenTitle>{t(`${section}.title`)}</ScreenTitle>
      <EmptyState
        icon={section}
        title={t(`${section}.emptyTitle`)}
        action={
          <button type="button" className="button" onClick={() => navigate({ section: 'search' })}>
            {t('empty.goToSearch')}
          </button>
        }
      >
        {t(`${section}.emptyBody`)}
      </EmptyState>
    </div>
  );
}

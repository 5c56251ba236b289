import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../components/Icon';
import { useSessionStore } from '../stores/stores-context';

/**
 * Says once that the replica was damaged and is being rebuilt, so a thin search result list is
 * explained. Dismissing hides this recovery; a later one (another `at`) shows again.
 */
export function RecoveryBanner() {
  const { t } = useTranslation();
  const recovery = useSessionStore((s) => s.sync?.recovery ?? null);
  const [dismissed, setDismissed] = useState<string | null>(null);
  if (!recovery || dismissed === recovery.at) return null;
  return (
    <div className="banner banner-warning" role="status" data-testid="replica-recovery">
      <Icon name="warning" />
      <div className="banner-text">
        <p>
          <strong>{t('sync.recovery.title')}</strong>
        </p>
        <p>{t('sync.recovery.body', { movedTo: recovery.movedTo })}</p>
      </div>
      <button
        type="button"
        className="icon-button"
        aria-label={t('sync.recovery.dismiss')}
        title={t('sync.recovery.dismiss')}
        data-testid="replica-recovery-dismiss"
        onClick={() => {
          setDismissed(recovery.at);
          document.getElementById('main')?.focus();
        }}
      >
        <Icon name="close" size={16} />
      </button>
    </div>
  );
}

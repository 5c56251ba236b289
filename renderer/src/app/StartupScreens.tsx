import { useTranslation } from 'react-i18next';
import { useAppStore } from '../stores/stores-context';

export function LoadingScreen() {
  const { t } = useTranslation();
  return (
    <div className="startup" role="status" aria-live="polite">
      <div className="brand-mark" aria-hidden="true">
        C
      </div>
      <p>{t('app.loading')}</p>
    </div>
  );
}

export function StartupFailedScreen({ message }: { message: string }) {
  const { t } = useTranslation();
  const load = useAppStore((s) => s.load);
  return (
    <div className="startup" role="alert">
      <div className="brand-mark" aria-hidden="true">
        C
      </div>
      <h1 className="screen-title" data-testid="screen-title">
        {t('app.loadFailed', { message })}
      </h1>
      <p className="muted">{t('app.loadFailedHint')}</p>
      <button type="button" className="button primary" onClick={() => void load()}>
        {t('app.retry')}
      </button>
    </div>
  );
}

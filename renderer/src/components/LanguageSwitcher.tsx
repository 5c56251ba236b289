import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UI_LANGUAGES, UI_LANGUAGE_NAMES, type UiLanguage } from '../../../shared/languages';
import { errorMessage } from '../bridge/call-failure';
import { useAppStore, useReadyApp } from '../stores/stores-context';

/** Changes settings.uiLanguage through the core, so it persists and every window follows. */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const { settings } = useReadyApp();
  const updateSettings = useAppStore((s) => s.updateSettings);
  const [pending, setPending] = useState<UiLanguage | null>(null);
  const [error, setError] = useState<string | null>(null);

  const change = (lang: UiLanguage): void => {
    setPending(lang);
    setError(null);
    updateSettings({ uiLanguage: lang })
      .catch((err: unknown) => setError(errorMessage(err)))
      .finally(() => setPending(null));
  };

  return (
    <div className="language-switcher">
      <select
        data-testid="language-switcher"
        aria-label={t('header.language')}
        value={pending ?? settings.uiLanguage}
        onChange={(e) => change(e.target.value as UiLanguage)}
      >
        {UI_LANGUAGES.map((lang) => (
          <option key={lang} value={lang} lang={lang}>
            {UI_LANGUAGE_NAMES[lang]}
          </option>
        ))}
      </select>
      {error && (
        <p className="header-error" role="alert">
          {t('header.languageFailed', { message: error })}
        </p>
      )}
    </div>
  );
}

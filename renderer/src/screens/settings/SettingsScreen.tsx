import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { UI_LANGUAGES, UI_LANGUAGE_NAMES, type UiLanguage } from '../../../../shared/languages';
import type { Settings } from '../../../../shared/settings';
import { errorMessage } from '../../bridge/call-failure';
import { ScreenTitle } from '../../components/ScreenTitle';
import { isHttpUrlOrEmpty } from '../../lib/url-policy';
import { useAppStore, useReadyApp } from '../../stores/stores-context';
import { ContentLanguageList } from './ContentLanguageList';
import { SelectField, TextField } from './Field';
import { HotkeyField } from './HotkeyField';
import { KnowledgeServerSection } from './KnowledgeServerSection';
import {
  HOTKEY_MAX_CHARS,
  rebaseDraft,
  settingsPatch,
  validateSettings,
  type FormErrors,
} from './settings-form';

type SaveState = 'idle' | 'saving' | 'saved' | 'invalid' | { failed: string };

// Exhaustive over Settings['theme']. Not shared/settings.ts's THEMES: importing a value from there
// would pull zod (~80 kB) into the renderer bundle.
const THEME_LABELS = {
  system: 'settings.themeSystem',
  light: 'settings.themeLight',
  dark: 'settings.themeDark',
} as const satisfies Record<Settings['theme'], string>;
const THEMES = Object.keys(THEME_LABELS) as Settings['theme'][];

export function SettingsScreen() {
  const { t } = useTranslation();
  const { settings } = useReadyApp();
  const updateSettings = useAppStore((s) => s.updateSettings);
  const [base, setBase] = useState(settings);
  const [draft, setDraft] = useState(settings);
  const [save, setSave] = useState<SaveState>('idle');
  const [submitted, setSubmitted] = useState(false);
  const formId = useId();
  const serverUrlRef = useRef<HTMLInputElement>(null);

  // Saved settings changed under the form (this save, another window, the header switcher).
  if (settings !== base) {
    setBase(settings);
    setDraft(rebaseDraft(base, settings, draft));
  }

  const patch = settingsPatch(settings, draft);
  const dirty = Object.keys(patch).length > 0;
  const errors = validateSettings(draft);
  // Show a field's error once it was edited, or after a save attempt.
  const errorFor = (field: keyof FormErrors): string | undefined => {
    const code = errors[field];
    const edited = JSON.stringify(draft[field]) !== JSON.stringify(settings[field]);
    return code && (submitted || edited)
      ? t(`settings.errors.${code}`, { max: HOTKEY_MAX_CHARS })
      : undefined;
  };

  const update = (change: Partial<Settings>): void => {
    setDraft((d) => ({ ...d, ...change }));
    if (save !== 'saving') setSave('idle');
  };

  const onSubmit = (e: FormEvent): void => {
    e.preventDefault();
    setSubmitted(true);
    if (Object.keys(errors).length > 0) {
      setSave('invalid');
      return;
    }
    if (!dirty) {
      setSave('saved');
      return;
    }
    setSave('saving');
    updateSettings(patch).then(
      () => setSave('saved'),
      (err: unknown) => setSave({ failed: errorMessage(err) }),
    );
  };

  // Signing in uses the address on screen: an edited one is saved first (only that field).
  const prepareSignIn = async (): Promise<boolean> => {
    const serverUrl = draft.serverUrl.trim();
    if (!isHttpUrlOrEmpty(serverUrl)) {
      serverUrlRef.current?.focus();
      return false;
    }
    if (serverUrl !== settings.serverUrl) await updateSettings({ serverUrl });
    return true;
  };

  return (
    <div className="screen settings">
      <ScreenTitle>{t('settings.title')}</ScreenTitle>
      <div className="settings-layout">
        <KnowledgeServerSection
          prepareSignIn={prepareSignIn}
          focusServerUrl={() => serverUrlRef.current?.focus()}
          serverUrlField={
            // Part of the settings form (Save settings, Enter), though it sits in this card.
            <TextField
              type="url"
              form={formId}
              label={t('settings.serverUrl')}
              hint={t('settings.serverUrlHint')}
              value={draft.serverUrl}
              onChange={(serverUrl) => update({ serverUrl })}
              error={errorFor('serverUrl')}
              ref={serverUrlRef}
              testId="settings-server-url"
            />
          }
        />
        <form id={formId} className="settings-form" onSubmit={onSubmit} noValidate>
          <section className="card" aria-labelledby="settings-language">
            <h2 id="settings-language">{t('settings.languageSection')}</h2>
            <SelectField
              label={t('settings.uiLanguage')}
              value={draft.uiLanguage}
              onChange={(v) => update({ uiLanguage: v as UiLanguage })}
            >
              {UI_LANGUAGES.map((lang) => (
                <option key={lang} value={lang} lang={lang}>
                  {UI_LANGUAGE_NAMES[lang]}
                </option>
              ))}
            </SelectField>
            <ContentLanguageList
              value={draft.contentLanguages}
              onChange={(contentLanguages) => update({ contentLanguages })}
              error={errorFor('contentLanguages')}
            />
            <SelectField
              label={t('settings.theme')}
              value={draft.theme}
              onChange={(v) => update({ theme: v as Settings['theme'] })}
            >
              {THEMES.map((theme) => (
                <option key={theme} value={theme}>
                  {t(THEME_LABELS[theme])}
                </option>
              ))}
            </SelectField>
          </section>

          <section className="card" aria-labelledby="settings-keyboard">
            <h2 id="settings-keyboard">{t('settings.keyboardSection')}</h2>
            <HotkeyField
              value={draft.hotkey}
              saved={settings.hotkey}
              onChange={(hotkey) => update({ hotkey })}
              error={errorFor('hotkey')}
            />
          </section>

          <section className="card" aria-labelledby="settings-updates">
            <h2 id="settings-updates">{t('settings.updatesSection')}</h2>
            <TextField
              type="url"
              label={t('settings.updateUrl')}
              hint={t('settings.updateUrlHint')}
              value={draft.updateUrl}
              onChange={(updateUrl) => update({ updateUrl })}
              error={errorFor('updateUrl')}
              testId="settings-update-url"
            />
          </section>

          <section className="card" aria-labelledby="settings-notifications">
            <h2 id="settings-notifications">{t('settings.notificationsSection')}</h2>
            {(['articles', 'notices'] as const).map((key) => (
              <div key={key} className="check-field">
                <label className="check">
                  <input
                    type="checkbox"
                    checked={draft.notifications[key]}
                    aria-describedby={`settings-notify-${key}-hint`}
                    data-testid={`settings-notify-${key}`}
                    onChange={(e) =>
                      update({
                        notifications: { ...draft.notifications, [key]: e.target.checked },
                      })
                    }
                  />
                  <span>
                    {key === 'articles'
                      ? t('settings.notifyArticles')
                      : t('settings.notifyNotices')}
                  </span>
                </label>
                <p id={`settings-notify-${key}-hint`} className="field-hint">
                  {key === 'articles'
                    ? t('settings.notifyArticlesHint')
                    : t('settings.notifyNoticesHint')}
                </p>
              </div>
            ))}
          </section>

          <div className="form-actions">
            <button
              type="submit"
              className="button primary"
              disabled={save === 'saving'}
              data-testid="settings-save"
            >
              {save === 'saving' ? t('settings.saving') : t('settings.save')}
            </button>
            <button
              type="button"
              className="button"
              disabled={!dirty || save === 'saving'}
              onClick={() => {
                setDraft(settings);
                setSubmitted(false);
                setSave('idle');
              }}
            >
              {t('settings.discard')}
            </button>
            <p
              className="form-feedback"
              role="status"
              aria-live="polite"
              data-testid="settings-feedback"
            >
              {save === 'saved' && <span className="ok">{t('settings.saved')}</span>}
              {save === 'invalid' && <span className="bad">{t('settings.fixErrors')}</span>}
              {typeof save === 'object' && (
                <span className="bad">{t('settings.saveFailed', { message: save.failed })}</span>
              )}
            </p>
          </div>
        </form>
      </div>
    </div>
  );
}

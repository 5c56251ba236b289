import type { i18n } from 'i18next';
import type { Unsubscribe } from '../../../shared/api';
import { resolveTheme } from '../lib/theme';
import type { AppStore } from '../stores/app-store';

/**
 * Applies settings.uiLanguage to i18next and <html lang>. Runs as a store listener, before React
 * re-renders, so a window never paints one frame in the old language.
 */
export function followUiLanguage(store: AppStore, i18n: i18n, root: HTMLElement): Unsubscribe {
  const apply = (): void => {
    const { app } = store.getState();
    const lang = app.status === 'ready' ? app.settings.uiLanguage : i18n.language;
    if (i18n.language !== lang) void i18n.changeLanguage(lang);
    root.lang = lang;
  };
  apply();
  return store.subscribe(apply);
}

/** Applies settings.theme as data-theme="light|dark", following the OS when the theme is "system". */
export function followTheme(
  store: AppStore,
  root: HTMLElement,
  media: MediaQueryList,
): Unsubscribe {
  const apply = (): void => {
    const { app } = store.getState();
    const theme = app.status === 'ready' ? app.settings.theme : 'system';
    root.dataset.theme = resolveTheme(theme, media.matches);
  };
  apply();
  const offStore = store.subscribe(apply);
  media.addEventListener('change', apply);
  return () => {
    offStore();
    media.removeEventListener('change', apply);
  };
}

import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import type { UiLanguage } from '../../../shared/languages';
import { createI18n } from '../i18n/create-i18n';
import { createStores } from './create-stores';
import { createFakeApi } from './fake-api';
import { StoresContext, type Stores } from './stores-context';

/* For markup tests: a screen rendered to a string with its stores and the UI language. */

/** Stores over the fake API, with a clipboard that accepts everything. */
export function markupStores(): Stores {
  const { api } = createFakeApi();
  return createStores(api, { writeText: () => Promise.resolve() });
}

export function renderMarkup(s: Stores, node: ReactNode, lang: UiLanguage = 'en'): string {
  // Server rendering reads zustand's initial state; show it the state each test has set.
  for (const store of Object.values(s)) {
    if (typeof store === 'object' && 'getInitialState' in store && 'getState' in store)
      (store as { getInitialState: unknown; getState: unknown }).getInitialState = (
        store as { getState: unknown }
      ).getState;
  }
  return renderToStaticMarkup(
    <StoresContext value={s}>
      <I18nextProvider i18n={createI18n(lang)}>{node}</I18nextProvider>
    </StoresContext>,
  );
}

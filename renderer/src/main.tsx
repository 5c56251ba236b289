import './lib/zod-csp';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/App';
import { getAgentApi } from './bridge/get-agent-api';
import { createI18n } from './i18n/create-i18n';
import { followTheme, followUiLanguage } from './i18n/follow-settings';
import { pickUiLanguage } from './i18n/pick-language';
import { browserClipboard } from './lib/clipboard';
import { createStores } from './stores/create-stores';
import { rerunOnContentLanguages } from './stores/search-store';
import { StoresContext } from './stores/stores-context';
import './styles/index.css';

const api = getAgentApi();
const stores = createStores(api, browserClipboard);
// Until settings load, speak the browser's language (the loading and startup-error screens).
const i18n = createI18n(pickUiLanguage(navigator.languages));
const root = document.documentElement;

stores.app.getState().subscribe();
stores.session.getState().subscribe();
stores.toasts.getState().follow();
stores.hotkey.getState().follow();
rerunOnContentLanguages(stores.app, stores.search);
rerunOnContentLanguages(stores.app, stores.quickResults);
followUiLanguage(stores.app, i18n, root);
followTheme(stores.app, root, window.matchMedia('(prefers-color-scheme: dark)'));
void stores.app.getState().load();
void stores.session.getState().load();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');
createRoot(container).render(
  <StrictMode>
    <StoresContext value={stores}>
      <I18nextProvider i18n={i18n}>
        <App />
      </I18nextProvider>
    </StoresContext>
  </StrictMode>,
);

import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../shared/settings';
import { createAppStore } from './app-store';
import { createFakeApi } from './fake-api';

describe('app store', () => {
  it('loads app info and settings together', async () => {
    const fake = createFakeApi();
    const store = createAppStore(fake.api);
    expect(store.getState().app.status).toBe('loading');
    await store.getState().load();
    const { app } = store.getState();
    expect(app.status).toBe('ready');
    if (app.status === 'ready') {
      expect(app.settings).toEqual(DEFAULT_SETTINGS);
      expect(app.appInfo.name).toBe('Cuecard');
    }
  });

  it('reports a failed start with the message', async () => {
    const fake = createFakeApi();
    fake.api.getSettings = () => Promise.reject(new Error('settings file is unreadable'));
    const store = createAppStore(fake.api);
    await store.getState().load();
    expect(store.getState().app).toEqual({
      status: 'failed',
      message: 'settings file is unreadable',
    });
  });

  it('follows settingsChanged from other windows, and stops on unsubscribe', async () => {
    const fake = createFakeApi();
    const store = createAppStore(fake.api);
    await store.getState().load();
    const off = store.getState().subscribe();
    fake.emit('settingsChanged', { ...DEFAULT_SETTINGS, uiLanguage: 'hu' });
    const app = store.getState().app;
    expect(app.status === 'ready' && app.settings.uiLanguage).toBe('hu');
    off();
    expect(fake.listenerCount('settingsChanged')).toBe(0);
  });

  it('applies the saved settings from updateSettings', async () => {
    const fake = createFakeApi();
    const store = createAppStore(fake.api);
    await store.getState().load();
    await store.getState().updateSettings({ theme: 'dark' });
    const app = store.getState().app;
    expect(app.status === 'ready' && app.settings.theme).toBe('dark');
  });
});

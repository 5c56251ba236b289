import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AgentApi, AppInfo, Unsubscribe } from '../../../shared/api';
import type { Settings, SettingsPatch } from '../../../shared/settings';
import { errorMessage } from '../bridge/call-failure';

export type AppState =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'ready'; appInfo: AppInfo; settings: Settings };

export interface AppStoreState {
  app: AppState;
  /** Loads app info and settings; safe to call again after a failure. */
  load(): Promise<void>;
  /** Sends a change to the core; resolves with the saved settings or rejects with the core's error. */
  updateSettings(patch: SettingsPatch): Promise<Settings>;
  /** Follows the core's events so every window stays in sync. Returns the unsubscribe. */
  subscribe(): Unsubscribe;
}

export type AppStore = StoreApi<AppStoreState>;

/** App info and settings, kept in step with AgentCore (session and sync: session-store.ts). */
export function createAppStore(api: AgentApi): AppStore {
  return createStore<AppStoreState>()((set, get) => {
    const patchReady = (update: { settings: Settings }): void => {
      const { app } = get();
      if (app.status === 'ready') set({ app: { ...app, ...update } });
    };

    return {
      app: { status: 'loading' },

      async load() {
        set({ app: { status: 'loading' } });
        try {
          const [appInfo, settings] = await Promise.all([api.getAppInfo(), api.getSettings()]);
          set({ app: { status: 'ready', appInfo, settings } });
        } catch (err) {
          set({ app: { status: 'failed', message: errorMessage(err) } });
        }
      },

      async updateSettings(patch) {
        const settings = await api.updateSettings(patch);
        // The settingsChanged event brings the same value; applying it here keeps this window
        // responsive even if the event arrives late.
        patchReady({ settings });
        return settings;
      },

      subscribe() {
        return api.on('settingsChanged', (settings) => patchReady({ settings }));
      },
    };
  });
}

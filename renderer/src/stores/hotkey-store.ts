import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AgentApi, Unsubscribe } from '../../../shared/api';
import type { HotkeyStatus } from '../../../shared/workstation/desk';
import { errorMessage } from '../bridge/call-failure';

export interface HotkeyStoreState {
  /** Null until the first answer or event. */
  status: HotkeyStatus | null;
  error: string | null;
  load(): Promise<void>;
  /** Follows hotkeyStatusChanged (a new hotkey saved, another app took it). Returns the unsubscribe. */
  follow(): Unsubscribe;
}

export type HotkeyStore = StoreApi<HotkeyStoreState>;

/** Whether the desktop app could register the global hotkey, for Settings. Events win over answers. */
export function createHotkeyStore(api: AgentApi): HotkeyStore {
  let version = 0;
  return createStore<HotkeyStoreState>()((set) => ({
    status: null,
    error: null,

    async load() {
      const since = version;
      try {
        const status = await api.getHotkeyStatus();
        if (since === version) set({ status, error: null });
      } catch (err) {
        if (since === version) set({ error: errorMessage(err) });
      }
    },

    follow() {
      return api.on('hotkeyStatusChanged', (status) => {
        version++;
        set({ status, error: null });
      });
    },
  }));
}

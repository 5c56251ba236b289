import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AgentApi, Unsubscribe } from '../../../shared/api';
import type { NoticeView } from '../../../shared/workstation/notices';
import { errorMessage, quotedMessage } from '../bridge/call-failure';
import { coalescedLoad, type LoadState } from './coalesced-load';

/** Typing in the history's search box asks the core once the agent pauses. */
export const NOTICE_SEARCH_DEBOUNCE_MS = 200;

// ---------------------------------------------------------------- what needs the agent now

export interface PendingNoticesStoreState extends LoadState {
  /** Urgent notices awaiting "read and understood", oldest first: the modal shows the first. */
  mustAcknowledge: NoticeView[];
  /** Important notices not yet read: pinned on Home. */
  pinned: NoticeView[];
  /** The notice whose acknowledgement is being stored. */
  acknowledging: string | null;
  acknowledgeError: string | null;
  load(): Promise<void>;
  acknowledge(id: string): Promise<void>;
  /** Reloads on noticesReceived, noticesChanged and sessionChanged. Returns the unsubscribe. */
  follow(): Unsubscribe;
}

export type PendingNoticesStore = StoreApi<PendingNoticesStoreState>;

/**
 * The urgent modal and Home's pinned notices. An acknowledged notice leaves the modal at once,
 * before the reload confirms it, and a reload that started before the acknowledgement cannot
 * bring it back.
 */
export function createPendingNoticesStore(api: AgentApi): PendingNoticesStore {
  const acknowledged = new Set<string>();
  return createStore<PendingNoticesStoreState>()((set, get) => {
    const load = coalescedLoad(set, get, async () => {
      const pending = await api.getPendingNotices();
      return {
        mustAcknowledge: pending.mustAcknowledge.filter((n) => !acknowledged.has(n.id)),
        pinned: pending.pinned,
      };
    });
    return {
      status: 'idle',
      error: null,
      mustAcknowledge: [],
      pinned: [],
      acknowledging: null,
      acknowledgeError: null,

      load,

      async acknowledge(id) {
        if (get().acknowledging === id) return;
        set({ acknowledging: id, acknowledgeError: null });
        try {
          // Offline too: the core stores it here and queues it in the outbox.
          await api.acknowledgeNotice({ id });
          acknowledged.add(id);
          set({
            acknowledging: null,
            mustAcknowledge: get().mustAcknowledge.filter((n) => n.id !== id),
          });
        } catch (err) {
          set({ acknowledging: null, acknowledgeError: quotedMessage(err) });
          return;
        }
        await get().load();
      },

      follow() {
        const reload = (): void => void get().load();
        const offs = [
          api.on('noticesReceived', reload),
          api.on('noticesChanged', reload),
          // Someone else signed in at this desk: their notices, not the last agent's.
          api.on('sessionChanged', () => {
            acknowledged.clear();
            reload();
          }),
        ];
        return () => {
          for (const off of offs) off();
        };
      },
    };
  });
}

// ---------------------------------------------------------------- the history

export interface NoticeHistoryStoreState extends LoadState {
  /** The search box's text; the list shows what the core found for it. */
  text: string;
  items: NoticeView[];
  /** The text the shown items were found for (the box may be ahead of it while typing). */
  shownText: string;
  setText(text: string): void;
  load(): Promise<void>;
  /** Reloads on noticesChanged. Returns the unsubscribe. */
  follow(): Unsubscribe;
}

export type NoticeHistoryStore = StoreApi<NoticeHistoryStoreState>;

/** Every notice meant for the agent, newest first, with expired ones; searched by the core. */
export function createNoticeHistoryStore(
  api: AgentApi,
  options: { debounceMs?: number } = {},
): NoticeHistoryStore {
  const debounceMs = options.debounceMs ?? NOTICE_SEARCH_DEBOUNCE_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  return createStore<NoticeHistoryStoreState>()((set, get) => {
    const load = coalescedLoad(set, get, async () => {
      const text = get().text.trim();
      const items = await api.listNotices(
        text === '' ? { includeExpired: true } : { text, includeExpired: true },
      );
      return { items, shownText: text };
    });
    return {
      status: 'idle',
      error: null,
      text: '',
      items: [],
      shownText: '',

      setText(text) {
        set({ text });
        if (timer !== undefined) clearTimeout(timer);
        timer = setTimeout(() => {
          timer = undefined;
          void get().load();
        }, debounceMs);
      },

      load,

      follow() {
        return api.on('noticesChanged', () => void get().load());
      },
    };
  });
}

// ---------------------------------------------------------------- one notice

export interface NoticeStoreState {
  id: string | null;
  /** 'missing': the replica has no such notice for this agent. */
  status: 'idle' | 'loading' | 'ready' | 'missing' | 'failed';
  notice: NoticeView | null;
  error: string | null;
  acknowledging: boolean;
  acknowledgeError: string | null;
  /** Shows a notice and marks it read (the agent opened it). */
  open(id: string): Promise<void>;
  acknowledge(): Promise<void>;
  /** Reloads the open notice on noticesChanged. Returns the unsubscribe. */
  follow(): Unsubscribe;
}

export type NoticeStore = StoreApi<NoticeStoreState>;

export function createNoticeStore(api: AgentApi): NoticeStore {
  return createStore<NoticeStoreState>()((set, get) => {
    const fetch = async (id: string, markRead: boolean): Promise<void> => {
      try {
        const notice = await api.getNotice({ id });
        if (get().id !== id) return; // another notice was opened meanwhile
        if (!notice) {
          set({ status: 'missing', notice: null, error: null });
          return;
        }
        set({ status: 'ready', notice, error: null });
        if (markRead && notice.reading.readAt === null) {
          await api.markNoticeRead({ id });
          const now = new Date().toISOString();
          const shown = get().notice;
          if (get().id === id && shown)
            set({ notice: { ...shown, reading: { ...shown.reading, readAt: now } } });
        }
      } catch (err) {
        if (get().id === id) set({ status: 'failed', error: errorMessage(err) });
      }
    };

    return {
      id: null,
      status: 'idle',
      notice: null,
      error: null,
      acknowledging: false,
      acknowledgeError: null,

      async open(id) {
        const same = get().id === id && get().notice !== null;
        set({
          id,
          status: same ? 'ready' : 'loading',
          notice: same ? get().notice : null,
          error: null,
          acknowledgeError: null,
        });
        await fetch(id, true);
      },

      async acknowledge() {
        const { id, notice } = get();
        if (!id || !notice || get().acknowledging) return;
        set({ acknowledging: true, acknowledgeError: null });
        try {
          await api.acknowledgeNotice({ id });
        } catch (err) {
          set({ acknowledging: false, acknowledgeError: quotedMessage(err) });
          return;
        }
        const now = new Date().toISOString();
        const shown = get().notice;
        set({
          acknowledging: false,
          notice:
            get().id === id && shown
              ? {
                  ...shown,
                  reading: { readAt: shown.reading.readAt ?? now, acknowledgedAt: now },
                }
              : shown,
        });
      },

      follow() {
        return api.on('noticesChanged', () => {
          const id = get().id;
          if (id !== null) void fetch(id, false);
        });
      },
    };
  });
}

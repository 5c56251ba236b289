import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AgentApi, Unsubscribe } from '../../../shared/api';
import type { Settings } from '../../../shared/settings';
import type { FeedbackItem } from '../../../shared/workstation/authoring';
import type { ArticleChange, NoticeSummary } from '../../../shared/workstation/sync-state';

/** Long enough to read a two-line toast and reach its button (WCAG 2.2.1 asks for a way to keep it: hover or focus pauses). */
export const TOAST_DURATION_MS = 8000;
/** More than three stacked toasts cover the work area; the oldest goes first. */
export const MAX_TOASTS = 3;

export type ToastContent =
  | { kind: 'articles'; changes: ArticleChange[] }
  | { kind: 'notices'; notices: NoticeSummary[] }
  /** Owners answered some of the agent's feedback (R17). */
  | { kind: 'feedback'; items: FeedbackItem[] }
  /** The owner's articles overdue for review, once per app start (R16). */
  | { kind: 'overdue'; count: number }
  /** A confirmation of something the agent just did ("Link copied"), already worded. */
  | { kind: 'info'; message: string };
export type Toast = ToastContent & { id: number };

export interface ToastStoreState {
  toasts: Toast[];
  dismiss(id: number): void;
  /** Confirms an action in a toast (always shown: the agent asked for it). */
  notify(message: string): void;
  /** Tells an owner how many of their articles are overdue for review (R16). */
  remindOverdue(count: number): void;
  /** Stops the clocks while the agent points at or focuses a toast. */
  pause(): void;
  resume(): void;
  /** Turns articlesChanged, noticesReceived and feedbackAnswered into toasts. Returns the unsubscribe. */
  follow(): Unsubscribe;
}

export type ToastStore = StoreApi<ToastStoreState>;

export interface ToastStoreOptions {
  /** The agent's notification settings now; null (not loaded yet) shows nothing. */
  notifications: () => Settings['notifications'] | null;
  durationMs?: number;
  max?: number;
}

/** In-app toasts for knowledge that just arrived; one toast per batch, never one per article. */
export function createToastStore(api: AgentApi, options: ToastStoreOptions): ToastStore {
  const durationMs = options.durationMs ?? TOAST_DURATION_MS;
  const max = options.max ?? MAX_TOASTS;
  let nextId = 1;
  let paused = false;
  // Per toast: its timer while running, and the time it has left.
  const clocks = new Map<
    number,
    { timer?: ReturnType<typeof setTimeout>; left: number; since: number }
  >();

  return createStore<ToastStoreState>()((set, get) => {
    const start = (id: number): void => {
      const clock = clocks.get(id);
      if (!clock || clock.timer !== undefined) return;
      clock.since = Date.now();
      clock.timer = setTimeout(() => get().dismiss(id), clock.left);
    };

    const stop = (id: number, forget: boolean): void => {
      const clock = clocks.get(id);
      if (!clock) return;
      if (clock.timer !== undefined) {
        clearTimeout(clock.timer);
        clock.timer = undefined;
        clock.left = Math.max(0, clock.left - (Date.now() - clock.since));
      }
      if (forget) clocks.delete(id);
    };

    const add = (content: ToastContent): void => {
      const id = nextId++;
      clocks.set(id, { left: durationMs, since: Date.now() });
      const toasts: Toast[] = [...get().toasts, { ...content, id }];
      const dropped = toasts.slice(0, Math.max(0, toasts.length - max));
      for (const old of dropped) stop(old.id, true);
      set({ toasts: toasts.slice(-max) });
      if (!paused) start(id);
    };

    return {
      toasts: [],

      dismiss(id) {
        stop(id, true);
        set({ toasts: get().toasts.filter((t) => t.id !== id) });
      },

      notify(message) {
        add({ kind: 'info', message });
      },

      remindOverdue(count) {
        if (count > 0) add({ kind: 'overdue', count });
      },

      pause() {
        paused = true;
        for (const id of clocks.keys()) stop(id, false);
      },

      resume() {
        paused = false;
        for (const id of clocks.keys()) start(id);
      },

      follow() {
        const offArticles = api.on('articlesChanged', (batch) => {
          // A first download or rebuild brings thousands: the status indicator covers it.
          if (batch.initial || !options.notifications()?.articles) return;
          const changes = [...batch.added, ...batch.changed];
          if (changes.length > 0) add({ kind: 'articles', changes });
        });
        const offNotices = api.on('noticesReceived', (received) => {
          // Notices to acknowledge get the urgent modal, whatever the settings say.
          const notices = received.notices.filter(
            (n) => !(n.priority === 'urgent' && n.requiresAck),
          );
          if (!options.notifications()?.notices || notices.length === 0) return;
          add({ kind: 'notices', notices });
        });
        // The agent asked the owner something: the answer is always worth a toast.
        const offFeedback = api.on('feedbackAnswered', ({ items }) => {
          if (items.length > 0) add({ kind: 'feedback', items });
        });
        return () => {
          offArticles();
          offNotices();
          offFeedback();
        };
      },
    };
  });
}

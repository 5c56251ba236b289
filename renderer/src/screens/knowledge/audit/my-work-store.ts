import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AgentApi } from '../../../../../shared/api';
import type { MyWork } from '../../../../../shared/workstation/authoring';

/** Often enough that a new inbox item shows within minutes, rare enough not to load the server. */
export const MY_WORK_REFRESH_MS = 5 * 60 * 1000;

/** The to-do counts each place shows (R16 "owners are notified"): the nav item sums the tabs. */
export interface WorkBadges {
  audit: number;
  inbox: number;
  review: number;
  total: number;
}

export function workBadges(work: MyWork | null): WorkBadges {
  if (!work) return { audit: 0, inbox: 0, review: 0, total: 0 };
  const audit = work.overdue + work.dueSoon;
  const inbox = work.openFeedback;
  const review = work.awaitingReview;
  return { audit, inbox, review, total: audit + inbox + review };
}

export interface MyWorkStoreState {
  /** Null while signed out, before the first answer, or for users who own nothing. */
  work: MyWork | null;
  /** Asks the server again (section opened, after an inbox or workflow action). */
  refresh(): Promise<void>;
  /**
   * Starts following: refresh now and on a timer. `remind` is called once per app start, the
   * first time anything is overdue. Returns the stop.
   */
  start(remind: (overdue: number) => void): () => void;
}

export type MyWorkStore = StoreApi<MyWorkStoreState>;

export function createMyWorkStore(
  api: AgentApi,
  options: { intervalMs?: number } = {},
): MyWorkStore {
  let reminded = false;
  let remind: ((overdue: number) => void) | null = null;
  let running = 0;

  return createStore<MyWorkStoreState>()((set, get) => ({
    work: null,

    async refresh() {
      const startedIn = running;
      const outcome = await api.authoring({ op: 'myWork' }).catch(() => null);
      // Stopped (signed out) while the call was on its way: the answer is someone else's.
      if (startedIn !== running) return;
      // Offline or refused: keep the last counts rather than blinking the badge away.
      if (!outcome?.ok) return;
      set({ work: outcome.work });
      if (!reminded && remind && outcome.work.overdue > 0) {
        reminded = true;
        remind(outcome.work.overdue);
      }
    },

    start(onOverdue) {
      running++;
      const mine = running;
      remind = onOverdue;
      const timer = setInterval(
        () => void get().refresh(),
        options.intervalMs ?? MY_WORK_REFRESH_MS,
      );
      void get().refresh();
      return () => {
        clearInterval(timer);
        if (running !== mine) return;
        running = 0;
        remind = null;
        set({ work: null });
      };
    },
  }));
}

// One store per bridge: the nav bar and the Knowledge tabs share it without a global registry
// (create-stores.ts is shared; this stays in the Knowledge folder).
const stores = new WeakMap<AgentApi, MyWorkStore>();

export function myWorkStoreFor(api: AgentApi): MyWorkStore {
  let store = stores.get(api);
  if (!store) {
    store = createMyWorkStore(api);
    stores.set(api, store);
  }
  return store;
}

import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AgentApi } from '../../../../../shared/api';
import type { FeedbackItem, FeedbackResolution } from '../../../../../shared/workstation/authoring';
import type { AuthoringProblem } from '../../../../../shared/workstation/trees';
import { errorMessage } from '../../../bridge/call-failure';

export type InboxScope = 'mine' | 'all';
export type InboxStatus = 'open' | 'closed';

export type InboxLoad =
  | { status: 'loading' }
  | { status: 'ready' }
  | { status: 'failed'; problem: AuthoringProblem | 'call-failed'; message: string };

export type ResolveOutcome =
  | { ok: true; item: FeedbackItem }
  | { ok: false; problem: AuthoringProblem | 'call-failed' | 'reply-required'; message: string };

export interface InboxStoreState {
  scope: InboxScope;
  status: InboxStatus;
  /** Both lists of the scope, so each status shows its count (null until loaded). */
  open: FeedbackItem[] | null;
  closed: FeedbackItem[] | null;
  load: InboxLoad;
  setScope(scope: InboxScope): Promise<void>;
  setStatus(status: InboxStatus): void;
  reload(): Promise<void>;
  /** Answers the agent (R17); a reply or a rejection must say why (the agent reads it). */
  resolve(id: number, resolution: FeedbackResolution, reply: string): Promise<ResolveOutcome>;
}

export type InboxStore = StoreApi<InboxStoreState>;

/** Newest first: the inbox is worked from the top. */
const newestFirst = (a: FeedbackItem, b: FeedbackItem) => b.createdAt.localeCompare(a.createdAt);

export function createInboxStore(
  api: AgentApi,
  options: { scope?: InboxScope; onResolved?: () => void } = {},
): InboxStore {
  let generation = 0;

  return createStore<InboxStoreState>()((set, get) => {
    const list = async (scope: InboxScope, status: InboxStatus) =>
      api.authoring({ op: 'listInbox', scope, status });

    return {
      scope: options.scope ?? 'mine',
      status: 'open',
      open: null,
      closed: null,
      load: { status: 'loading' },

      async reload() {
        const mine = ++generation;
        const { scope } = get();
        set({ load: { status: 'loading' } });
        try {
          const [open, closed] = await Promise.all([list(scope, 'open'), list(scope, 'closed')]);
          if (mine !== generation) return;
          const failed = !open.ok ? open : !closed.ok ? closed : null;
          if (failed && !failed.ok) {
            set({ load: { status: 'failed', problem: failed.problem, message: failed.message } });
            return;
          }
          set({
            open: open.ok ? [...open.items].sort(newestFirst) : [],
            closed: closed.ok ? [...closed.items].sort(newestFirst) : [],
            load: { status: 'ready' },
          });
        } catch (err) {
          if (mine !== generation) return;
          set({ load: { status: 'failed', problem: 'call-failed', message: errorMessage(err) } });
        }
      },

      async setScope(scope) {
        if (scope === get().scope) return;
        set({ scope, open: null, closed: null });
        await get().reload();
      },

      setStatus(status) {
        set({ status });
      },

      async resolve(id, resolution, reply) {
        const text = reply.trim();
        if (resolution !== 'fixed' && text === '')
          return { ok: false, problem: 'reply-required', message: '' };
        let outcome;
        try {
          outcome = await api.authoring({ op: 'resolveFeedback', id, resolution, reply: text });
        } catch (err) {
          return { ok: false, problem: 'call-failed', message: errorMessage(err) };
        }
        if (!outcome.ok) return { ok: false, problem: outcome.problem, message: outcome.message };
        const { item } = outcome;
        // Moves from Open to Closed at once; the next reload brings anything else that changed.
        set((s) => ({
          open: s.open?.filter((i) => i.id !== id) ?? null,
          closed: s.closed ? [item, ...s.closed.filter((i) => i.id !== id)] : null,
        }));
        options.onResolved?.();
        return { ok: true, item };
      },
    };
  });
}

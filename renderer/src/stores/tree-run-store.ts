import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AgentApi } from '../../../shared/api';
import type { ContentLanguage } from '../../../shared/languages';
import {
  outcome,
  resumeSession,
  startSession,
  TreeRunError,
  type TreeSession,
} from '../../../shared/trees/runner';
import type { TreeForRun } from '../../../shared/workstation/trees';
import { errorMessage } from '../bridge/call-failure';
import { hasAnswers, outcomeReport } from './tree-report';

export interface ReadyRun {
  status: 'ready';
  id: string;
  run: TreeForRun;
  /** The language the texts show in (one of `run.langs`). */
  lang: ContentLanguage;
  session: TreeSession;
  /** A saved run was found: the agent chooses between resuming it and starting over. */
  resumable: boolean;
  /** This run's outcome went out; reaching an end again (after Back) does not count twice. */
  reported: boolean;
}

export type TreeRunState =
  | { status: 'idle' }
  | { status: 'loading'; id: string }
  | { status: 'not-found'; id: string }
  /** The tree arrived but cannot be run (its start node is missing, or it loops). */
  | { status: 'broken'; id: string; message: string }
  | { status: 'failed'; id: string; message: string }
  | ReadyRun;

export interface TreeRunStoreState {
  state: TreeRunState;
  /** Saving the run or sending its outcome failed (the run itself goes on). */
  problem: { kind: 'save' | 'report'; message: string } | null;
  open(id: string): Promise<void>;
  close(): void;
  /** Continue the saved run. */
  resume(): void;
  /** Drop the saved run (reported as abandoned) and start from the first node. */
  startOver(): void;
  /** Every answer, input, done and back: saved, and reported when the run reaches an end. */
  step(next: TreeSession): void;
  /** Start from the first node again; an unfinished run with answers is reported abandoned. */
  restart(): void;
  setLang(lang: ContentLanguage): void;
  /** Resolves when every save and report asked for so far has been sent (tests, leaving). */
  flushed(): Promise<void>;
}

export type TreeRunStore = StoreApi<TreeRunStoreState>;

export interface TreeRunStoreOptions {
  /** Milliseconds since the epoch; tests pass a fake clock. */
  now?: () => number;
}

/**
 * The tree being run on the Troubleshoot screen (issue 7 items 2 and 3). The session is saved
 * after every step so a restart of the app can resume it; the end of a run, or where it was
 * given up, goes to the outbox once.
 */
export function createTreeRunStore(api: AgentApi, options: TreeRunStoreOptions = {}): TreeRunStore {
  const now = options.now ?? Date.now;
  let generation = 0;
  // Saves and reports go out one after another, so a slow save never lands after a newer one.
  let queue: Promise<void> = Promise.resolve();

  return createStore<TreeRunStoreState>()((set, get) => {
    const ready = (): ReadyRun | null => {
      const { state } = get();
      return state.status === 'ready' ? state : null;
    };
    const send = (kind: 'save' | 'report', call: () => Promise<void>): void => {
      const mine = generation;
      queue = queue.then(call).then(
        () => {
          if (mine === generation && get().problem?.kind === kind) set({ problem: null });
        },
        (err: unknown) => {
          if (mine === generation) set({ problem: { kind, message: errorMessage(err) } });
        },
      );
    };
    const report = (run: ReadyRun, session: TreeSession): void => {
      const r = outcomeReport(
        { tree: run.run.tree, documentVersion: run.run.documentVersion, lang: run.lang },
        session,
        now(),
      );
      send('report', () => api.reportTreeOutcome(r));
    };
    const save = (treeId: string, session: TreeSession | null): void =>
      send('save', () => api.saveTreeSession({ treeId, session }));
    /** Leaves the current run: abandoned when the agent had answered something and not finished. */
    const leaveRun = (run: ReadyRun, session: TreeSession): void => {
      if (!run.reported && hasAnswers(session) && !outcome(run.run.tree, session))
        report(run, session);
      else if (hasAnswers(session)) save(run.id, null);
    };

    return {
      state: { status: 'idle' },
      problem: null,

      async open(id) {
        const mine = ++generation;
        set({ state: { status: 'loading', id }, problem: null });
        let run: TreeForRun | null;
        try {
          run = await api.getTree({ id });
        } catch (err) {
          if (mine === generation)
            set({ state: { status: 'failed', id, message: errorMessage(err) } });
          return;
        }
        if (mine !== generation) return;
        if (!run) {
          set({ state: { status: 'not-found', id } });
          return;
        }
        try {
          const saved = run.session ? resumeSession(run.tree, run.session) : null;
          const session = saved ?? startSession(run.tree, now());
          set({
            state: {
              status: 'ready',
              id,
              run,
              lang: run.lang,
              session,
              resumable: saved !== null && hasAnswers(saved),
              reported: false,
            },
          });
        } catch (err) {
          if (!(err instanceof TreeRunError)) throw err;
          set({ state: { status: 'broken', id, message: err.message } });
        }
      },

      close() {
        generation++;
        set({ state: { status: 'idle' }, problem: null });
      },

      resume() {
        const run = ready();
        if (run) set({ state: { ...run, resumable: false } });
      },

      startOver() {
        const run = ready();
        if (!run) return;
        leaveRun(run, run.session);
        set({
          state: {
            ...run,
            session: startSession(run.run.tree, now()),
            resumable: false,
            reported: false,
          },
        });
      },

      step(next) {
        const run = ready();
        if (!run) return;
        const end = outcome(run.run.tree, next);
        set({
          state: { ...run, session: next, resumable: false, reported: run.reported || !!end },
        });
        if (end && !run.reported) report(run, next);
        else if (end) save(run.id, null);
        else save(run.id, next);
      },

      restart() {
        const run = ready();
        if (!run) return;
        leaveRun(run, run.session);
        set({ state: { ...run, session: startSession(run.run.tree, now()), reported: false } });
      },

      setLang(lang) {
        const run = ready();
        if (run && run.run.langs.includes(lang)) set({ state: { ...run, lang } });
      },

      flushed: () => queue,
    };
  });
}

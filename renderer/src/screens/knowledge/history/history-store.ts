import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AgentApi } from '../../../../../shared/api';
import type { ContentLanguage } from '../../../../../shared/languages';
import type { RevisionContent, RevisionSummary } from '../../../../../shared/workstation/authoring';
import type { AuthoringProblem } from '../../../../../shared/workstation/trees';
import { errorMessage } from '../../../bridge/call-failure';

export type HistoryProblem = AuthoringProblem | 'call-failed';
export interface Failure {
  problem: HistoryProblem;
  message: string;
}

export type Load = { status: 'loading' } | { status: 'ready' } | ({ status: 'failed' } & Failure);

export interface HistoryStoreState {
  /** Newest first. */
  revisions: RevisionSummary[];
  load: Load;
  /** The two revisions compared: `from` (older, may be null: nothing to compare with) and `to`. */
  from: number | null;
  to: number | null;
  /** Loaded contents by revision number. */
  contents: Record<number, RevisionContent>;
  contentFailure: Failure | null;
  reload(): Promise<void>;
  select(from: number | null, to: number | null): Promise<void>;
  /** Saves revision `n` again as a new draft revision; answers its number. */
  restore(revision: number): Promise<{ ok: true; revision: number } | ({ ok: false } & Failure)>;
}

export type HistoryStore = StoreApi<HistoryStoreState>;

/** The default comparison (R14): the one before the latest against the latest. */
export function defaultPair(revisions: readonly RevisionSummary[]): {
  from: number | null;
  to: number | null;
} {
  return { from: revisions[1]?.revision ?? null, to: revisions[0]?.revision ?? null };
}

/** The revision agents have now, if any. */
export function publishedRevision(revisions: readonly RevisionSummary[]): number | null {
  return revisions.find((r) => r.published)?.revision ?? null;
}

const failed = (err: unknown): Failure => ({ problem: 'call-failed', message: errorMessage(err) });

/** Versions of one language variant of an article (R14): the list, two of them compared, restore. */
export function createHistoryStore(api: AgentApi, id: string, lang: ContentLanguage): HistoryStore {
  let generation = 0;
  return createStore<HistoryStoreState>()((set, get) => {
    const content = async (revision: number): Promise<RevisionContent | Failure> => {
      const have = get().contents[revision];
      if (have) return have;
      try {
        const outcome = await api.authoring({ op: 'getRevision', id, lang, revision });
        if (!outcome.ok) return { problem: outcome.problem, message: outcome.message };
        set((s) => ({ contents: { ...s.contents, [revision]: outcome.revision } }));
        return outcome.revision;
      } catch (err) {
        return failed(err);
      }
    };

    return {
      revisions: [],
      load: { status: 'loading' },
      from: null,
      to: null,
      contents: {},
      contentFailure: null,

      async reload() {
        const mine = ++generation;
        set({ load: { status: 'loading' } });
        try {
          const outcome = await api.authoring({ op: 'listRevisions', id, lang });
          if (mine !== generation) return;
          if (!outcome.ok) {
            set({ load: { status: 'failed', problem: outcome.problem, message: outcome.message } });
            return;
          }
          const revisions = [...outcome.revisions].sort((a, b) => b.revision - a.revision);
          set({ revisions, load: { status: 'ready' } });
          const pair = defaultPair(revisions);
          await get().select(pair.from, pair.to);
        } catch (err) {
          if (mine === generation) set({ load: { status: 'failed', ...failed(err) } });
        }
      },

      async select(from, to) {
        // Older on the left whichever order they were picked in.
        const [a, b] = from !== null && to !== null && from > to ? [to, from] : [from, to];
        set({ from: a, to: b, contentFailure: null });
        const wanted = [a, b].filter((n): n is number => n !== null);
        const answers = await Promise.all(wanted.map(content));
        const failure = answers.find((x): x is Failure => 'problem' in x);
        if (failure && get().from === a && get().to === b) set({ contentFailure: failure });
      },

      async restore(revision) {
        try {
          const outcome = await api.authoring({ op: 'restoreRevision', id, lang, revision });
          if (!outcome.ok) return { ok: false, problem: outcome.problem, message: outcome.message };
          await get().reload();
          return { ok: true, revision: outcome.revision };
        } catch (err) {
          return { ok: false, ...failed(err) };
        }
      },
    };
  });
}

import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AgentApi } from '../../../../../shared/api';
import type { ContentLanguage } from '../../../../../shared/languages';
import type { SynonymSet } from '../../../../../shared/workstation/authoring';
import type { AuthoringProblem } from '../../../../../shared/workstation/trees';
import { errorMessage } from '../../../bridge/call-failure';
import { synonymSetId, termProblems, type TermProblem } from './synonym-rules';

export type SynonymFailure = { problem: AuthoringProblem | 'call-failed'; message: string };
export type SynonymOutcome =
  | { ok: true; id: string }
  | ({ ok: false } & SynonymFailure)
  | { ok: false; problem: 'terms'; problems: TermProblem[] };

export type SynonymLoad =
  { status: 'loading' } | { status: 'ready' } | ({ status: 'failed' } & SynonymFailure);

export interface SynonymStoreState {
  sets: SynonymSet[] | null;
  load: SynonymLoad;
  reload(): Promise<void>;
  /** Creates (id null: made from the first term) or replaces a set's terms; checked first. */
  save(id: string | null, lang: ContentLanguage, terms: string[]): Promise<SynonymOutcome>;
  remove(id: string): Promise<SynonymOutcome>;
}

export type SynonymStore = StoreApi<SynonymStoreState>;

type Sent = { ok: true } | { ok: false; problem: AuthoringProblem; message: string };

export function createSynonymStore(api: AgentApi): SynonymStore {
  let generation = 0;
  return createStore<SynonymStoreState>()((set, get) => {
    const change = async (id: string, send: () => Promise<Sent>): Promise<SynonymOutcome> => {
      try {
        const outcome = await send();
        if (!outcome.ok) return { ok: false, problem: outcome.problem, message: outcome.message };
        await get().reload();
        return { ok: true, id };
      } catch (err) {
        return { ok: false, problem: 'call-failed', message: errorMessage(err) };
      }
    };

    return {
      sets: null,
      load: { status: 'loading' },

      async reload() {
        const mine = ++generation;
        try {
          const outcome = await api.authoring({ op: 'listSynonyms' });
          if (mine !== generation) return;
          if (!outcome.ok) {
            set({ load: { status: 'failed', problem: outcome.problem, message: outcome.message } });
            return;
          }
          set({ sets: outcome.sets, load: { status: 'ready' } });
        } catch (err) {
          if (mine === generation) {
            set({ load: { status: 'failed', problem: 'call-failed', message: errorMessage(err) } });
          }
        }
      },

      async save(id, lang, terms) {
        const kept = terms.map((t) => t.trim()).filter((t) => t !== '');
        const problems = termProblems(kept);
        if (problems.length > 0) return { ok: false, problem: 'terms', problems };
        const taken = new Set((get().sets ?? []).map((s) => s.id));
        const target = id ?? synonymSetId(lang, kept[0] ?? '', taken);
        return change(target, () =>
          api.authoring({ op: 'saveSynonymSet', id: target, lang, terms: kept }),
        );
      },

      async remove(id) {
        return change(id, () => api.authoring({ op: 'deleteSynonymSet', id }));
      },
    };
  });
}

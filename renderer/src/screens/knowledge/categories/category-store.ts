import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AgentApi } from '../../../../../shared/api';
import type { ContentLanguage } from '../../../../../shared/languages';
import type { AuthoringProblem } from '../../../../../shared/workstation/trees';
import { errorMessage } from '../../../bridge/call-failure';
import { applyMove, categoryIdFrom, type Category, type Placement } from './category-tree';

export type Failure = { problem: AuthoringProblem | 'call-failed' | 'no-name'; message: string };
export type Outcome = { ok: true; id: string } | ({ ok: false } & Failure);

export type CategoryLoad =
  { status: 'loading' } | { status: 'ready' } | ({ status: 'failed' } & Failure);

export interface CategoryStoreState {
  categories: Category[] | null;
  load: CategoryLoad;
  reload(): Promise<void>;
  /** Shows the move at once and sends it; a refusal (a cycle, a lost connection) puts it back. */
  move(id: string, to: Placement): Promise<Outcome>;
  /** Creates (id null: last under `parentId`) or renames; at least one name is required. */
  save(
    id: string | null,
    parentId: string | null,
    names: Partial<Record<ContentLanguage, string>>,
  ): Promise<Outcome>;
  remove(id: string): Promise<Outcome>;
}

export type CategoryStore = StoreApi<CategoryStoreState>;

type Sent = { ok: true } | { ok: false; problem: AuthoringProblem; message: string };

const failed = (err: unknown): Failure => ({ problem: 'call-failed', message: errorMessage(err) });

export function createCategoryStore(api: AgentApi): CategoryStore {
  let generation = 0;
  return createStore<CategoryStoreState>()((set, get) => {
    /** Runs one change; on success the tree is asked again so positions match the server's. */
    const change = async (id: string, send: () => Promise<Sent>): Promise<Outcome> => {
      try {
        const outcome = await send();
        if (!outcome.ok)
          return { ok: false as const, problem: outcome.problem, message: outcome.message };
        await get().reload();
        return { ok: true as const, id };
      } catch (err) {
        return { ok: false as const, ...failed(err) };
      }
    };

    return {
      categories: null,
      load: { status: 'loading' },

      async reload() {
        const mine = ++generation;
        try {
          const outcome = await api.authoring({ op: 'listCategories' });
          if (mine !== generation) return;
          if (!outcome.ok) {
            set({ load: { status: 'failed', problem: outcome.problem, message: outcome.message } });
            return;
          }
          set({ categories: outcome.categories, load: { status: 'ready' } });
        } catch (err) {
          if (mine === generation) set({ load: { status: 'failed', ...failed(err) } });
        }
      },

      async move(id, to) {
        const before = get().categories;
        if (!before) return { ok: false, problem: 'not-found', message: id };
        // An answer to an older reload must not overwrite the optimistic tree.
        generation++;
        set({ categories: applyMove(before, id, to) });
        const outcome = await change(id, () =>
          api.authoring({ op: 'moveCategory', id, parentId: to.parentId, index: to.index }),
        );
        if (!outcome.ok) {
          set({ categories: before });
          void get().reload();
        }
        return outcome;
      },

      async save(id, parentId, names) {
        const kept = Object.fromEntries(
          Object.entries(names)
            .map(([lang, name]) => [lang, (name ?? '').trim()] as const)
            .filter(([, name]) => name !== ''),
        ) as Partial<Record<ContentLanguage, string>>;
        const first = Object.values(kept)[0];
        if (!first) return { ok: false, problem: 'no-name', message: '' };
        const taken = new Set((get().categories ?? []).map((c) => c.id));
        const target = id ?? categoryIdFrom(kept.en ?? first, taken);
        return change(target, () =>
          api.authoring({ op: 'saveCategory', id: target, parentId, names: kept }),
        );
      },

      async remove(id) {
        return change(id, () => api.authoring({ op: 'deleteCategory', id }));
      },
    };
  });
}

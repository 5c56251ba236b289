import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AgentApi } from '../../../shared/api';
import type { Tree } from '../../../shared/trees/model';
import type { TreeProblem } from '../../../shared/trees/validate';
import type {
  AuthoringProblem,
  AuthoringResult,
  AuthoringTreeSummary,
} from '../../../shared/workstation/trees';
import { errorMessage } from '../bridge/call-failure';
import {
  newTree,
  renameNode,
  toSaveInput,
  treeProblems,
  type RenameResult,
  type SaveBlocker,
} from '../screens/tree-editor/edit-ops';

/** The core's authoring problems, and a call that failed before reaching the core. */
export type EditorProblem = AuthoringProblem | 'call-failed';

export interface CallFailed {
  problem: EditorProblem;
  message: string;
}

export type AuthorsListState =
  | { status: 'idle' | 'loading' }
  | { status: 'ready'; trees: AuthoringTreeSummary[] }
  | ({ status: 'failed' } & CallFailed);

export type SaveState =
  | { status: 'idle' | 'busy' }
  /** `publishedVersion` is what agents still see after this save. */
  | { status: 'saved'; version: number; publishedVersion: number | null }
  /** Required fields still empty; nothing was sent. */
  | { status: 'blocked'; blockers: SaveBlocker[] }
  | ({ status: 'failed'; problems: TreeProblem[] } & CallFailed);

export type PublishState =
  | { status: 'idle' | 'busy' }
  | { status: 'published'; version: number }
  | ({ status: 'failed'; problems: TreeProblem[] } & CallFailed);

export interface EditorDraft {
  status: 'ready';
  /** The route's `edit` value this draft belongs to ("new" until a new tree is first saved). */
  key: string;
  /** True until the tree exists on the server: only then may its id change. */
  isNew: boolean;
  id: string;
  tree: Tree;
  /** validateTree on the draft, in the languages its title has; recomputed on every edit. */
  problems: TreeProblem[];
  selected: string | null;
  dirty: boolean;
  /** The latest version on the server, and the one agents have. */
  savedVersion: number | null;
  publishedVersion: number | null;
  save: SaveState;
  publish: PublishState;
}

export type EditorState =
  | { status: 'idle' }
  | { status: 'loading'; key: string }
  | ({ status: 'failed'; key: string } & CallFailed)
  | EditorDraft;

export interface TreeEditorStoreState {
  list: AuthorsListState;
  editor: EditorState;
  /** The authors' list: latest and published version of every tree. */
  loadList(): Promise<void>;
  /** Opens "new" or a tree id; a draft already open under that key is kept (unsaved work). */
  open(key: string): Promise<void>;
  /** Applies a pure edit (edit-ops.ts) to the draft and validates the result. */
  edit(change: (tree: Tree) => Tree): void;
  setId(id: string): void;
  select(nodeId: string | null): void;
  rename(from: string, to: string): RenameResult;
  save(): Promise<void>;
  /** Publishes the saved version (reviewers); refused while there are unsaved changes. */
  publish(): Promise<void>;
  /** Forgets the draft (the author discarded it or left on purpose). */
  close(): void;
}

export type TreeEditorStore = StoreApi<TreeEditorStoreState>;

function failure(err: unknown): CallFailed {
  return { problem: 'call-failed', message: errorMessage(err) };
}

type Failed = Extract<AuthoringResult<object>, { ok: false }>;

function refused(result: Failed): CallFailed & { problems: TreeProblem[] } {
  return { problem: result.problem, message: result.message, problems: result.problems ?? [] };
}

/** The tree editor (issue 7 item 4): the authors' list and one draft, kept across navigation. */
export function createTreeEditorStore(api: AgentApi): TreeEditorStore {
  let listGeneration = 0;
  let openGeneration = 0;

  return createStore<TreeEditorStoreState>()((set, get) => {
    const draft = (): EditorDraft | null => {
      const editor = get().editor;
      return editor.status === 'ready' ? editor : null;
    };
    const update = (change: Partial<EditorDraft>): void => {
      const current = draft();
      if (current) set({ editor: { ...current, ...change } });
    };
    const fresh = (
      key: string,
      tree: Tree,
      versions: Pick<EditorDraft, 'savedVersion' | 'publishedVersion'>,
    ): EditorDraft => ({
      status: 'ready',
      key,
      isNew: key === 'new',
      id: tree.id,
      tree,
      problems: treeProblems(tree),
      selected: Object.hasOwn(tree.nodes, tree.start)
        ? tree.start
        : (Object.keys(tree.nodes)[0] ?? null),
      dirty: false,
      ...versions,
      save: { status: 'idle' },
      publish: { status: 'idle' },
    });

    return {
      list: { status: 'idle' },
      editor: { status: 'idle' },

      async loadList() {
        const mine = ++listGeneration;
        set({ list: { status: 'loading' } });
        try {
          const result = await api.listAuthoringTrees();
          if (mine !== listGeneration) return;
          set({
            list: result.ok
              ? { status: 'ready', trees: result.trees }
              : { status: 'failed', problem: result.problem, message: result.message },
          });
        } catch (err) {
          if (mine === listGeneration) set({ list: { status: 'failed', ...failure(err) } });
        }
      },

      async open(key) {
        const editor = get().editor;
        if (editor.status === 'ready' && editor.key === key) return;
        const mine = ++openGeneration;
        if (key === 'new') {
          set({ editor: fresh(key, newTree(), { savedVersion: null, publishedVersion: null }) });
          return;
        }
        set({ editor: { status: 'loading', key } });
        try {
          const result = await api.getAuthoringTree({ id: key });
          if (mine !== openGeneration) return;
          if (!result.ok) {
            set({
              editor: { status: 'failed', key, problem: result.problem, message: result.message },
            });
            return;
          }
          const { tree } = result;
          // The document's own id and title may lag behind the record's; the record wins.
          const document: Tree = { ...tree.document, id: tree.id, title: tree.title };
          set({
            editor: fresh(key, document, {
              savedVersion: tree.version,
              publishedVersion: tree.publishedVersion,
            }),
          });
        } catch (err) {
          if (mine === openGeneration) set({ editor: { status: 'failed', key, ...failure(err) } });
        }
      },

      edit(change) {
        const current = draft();
        if (!current) return;
        const tree = change(current.tree);
        if (tree === current.tree) return;
        update({
          tree,
          problems: treeProblems(tree),
          dirty: true,
          // The server's verdict was on the saved version; the live validator speaks for the draft.
          save: current.save.status === 'busy' ? current.save : { status: 'idle' },
          publish: current.publish.status === 'busy' ? current.publish : { status: 'idle' },
        });
      },

      setId(id) {
        const current = draft();
        if (!current?.isNew) return;
        update({ id, tree: { ...current.tree, id }, dirty: true, save: { status: 'idle' } });
      },

      select(nodeId) {
        update({ selected: nodeId });
      },

      rename(from, to) {
        const current = draft();
        if (!current) return { ok: false, reason: 'invalid' };
        const result = renameNode(current.tree, from, to);
        if (result.ok && result.tree !== current.tree) {
          get().edit(() => result.tree);
          if (current.selected === from) update({ selected: to });
        }
        return result;
      },

      async save() {
        const current = draft();
        if (!current || current.save.status === 'busy') return;
        const prepared = toSaveInput(current.tree, current.id.trim());
        if (!prepared.ok) {
          update({ save: { status: 'blocked', blockers: prepared.blockers } });
          return;
        }
        const sent = current.tree;
        update({ save: { status: 'busy' } });
        let result: AuthoringResult<{ version: number }>;
        try {
          // Saving over a version someone else has replaced answers "conflict", never overwrites.
          result = await api.saveAuthoringTree({
            ...prepared.input,
            baseVersion: current.savedVersion ?? 0,
          });
        } catch (err) {
          update({ save: { status: 'failed', ...failure(err), problems: [] } });
          return;
        }
        const after = draft();
        if (!after) return;
        if (!result.ok) {
          update({ save: { status: 'failed', ...refused(result) } });
          return;
        }
        set({
          editor: {
            ...after,
            key: prepared.input.id,
            isNew: false,
            // Edits typed while the call was on its way are still unsaved.
            dirty: after.tree !== sent,
            savedVersion: result.version,
            save: {
              status: 'saved',
              version: result.version,
              publishedVersion: after.publishedVersion,
            },
          },
        });
      },

      async publish() {
        const current = draft();
        if (!current || current.publish.status === 'busy') return;
        if (current.dirty || current.savedVersion === null || current.problems.length > 0) return;
        update({ publish: { status: 'busy' } });
        let result: AuthoringResult<{ version: number }>;
        try {
          result = await api.publishAuthoringTree({
            id: current.id,
            version: current.savedVersion,
          });
        } catch (err) {
          update({ publish: { status: 'failed', ...failure(err), problems: [] } });
          return;
        }
        if (!result.ok) {
          update({ publish: { status: 'failed', ...refused(result) } });
          return;
        }
        update({
          publishedVersion: result.version,
          publish: { status: 'published', version: result.version },
          save: { status: 'idle' },
        });
      },

      close() {
        openGeneration++;
        set({ editor: { status: 'idle' } });
      },
    };
  });
}

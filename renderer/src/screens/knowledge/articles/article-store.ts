import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AgentApi } from '../../../../../shared/api';
import type { ContentLanguage } from '../../../../../shared/languages';
import type {
  AuthoringArticle,
  AuthoringArticleSummary,
  AuthoringCategory,
  AuthoringInput,
  AuthoringOutcome,
  Person,
} from '../../../../../shared/workstation/authoring';
import type { OrgUnits } from '../../../../../shared/workstation/notices';
import type { AuthoringProblem } from '../../../../../shared/workstation/trees';
import { errorMessage } from '../../../bridge/call-failure';
import {
  blankDraft,
  blankVariant,
  changedVariants,
  draftFromArticle,
  metaChanged,
  metaRequest,
  saveBlockers,
  slugify,
  variantRequest,
  type ArticleDraft,
  type MetaDraft,
  type SaveBlocker,
  type VariantDraft,
} from './article-draft';

/** The core's authoring problems, and a call that failed before reaching the core. */
export type ArticleProblem = AuthoringProblem | 'call-failed';
export interface Failure {
  problem: ArticleProblem;
  message: string;
}

export type Loadable<T> =
  { status: 'idle' | 'loading' } | { status: 'ready'; value: T } | ({ status: 'failed' } & Failure);

export type EditorState =
  | { status: 'idle' }
  | { status: 'loading'; key: string }
  | ({ status: 'failed'; key: string } & Failure)
  | { status: 'ready'; draft: ArticleDraft };

export type SaveState =
  | { status: 'idle' | 'busy' }
  | { status: 'saved'; revisions: Partial<Record<ContentLanguage, number>> }
  | { status: 'blocked'; blockers: SaveBlocker[] }
  /** `lang`: the variant that was refused (the ones before it are saved); none: the metadata. */
  | ({ status: 'failed'; lang: ContentLanguage | null } & Failure);

export type ImportMode = 'replace' | 'append';

export interface ArticleStoreState {
  list: Loadable<AuthoringArticleSummary[]>;
  owners: Loadable<Person[]>;
  categories: Loadable<AuthoringCategory[]>;
  org: Loadable<OrgUnits>;
  editor: EditorState;
  save: SaveState;
  loadList(): Promise<void>;
  /** Owners, categories and business lines/positions for the metadata panel. */
  loadLookups(): Promise<void>;
  /** "new" (a blank draft owned by `me`, in `lang`) or an article id; a draft open under that key stays. */
  open(key: string, me: string, lang: ContentLanguage): Promise<void>;
  editMeta(change: Partial<MetaDraft>): void;
  editVariant(lang: ContentLanguage, change: Partial<VariantDraft>): void;
  addVariant(lang: ContentLanguage): void;
  setId(id: string): void;
  /** Metadata first (it creates a new article), then each changed variant on its loaded revision (R14). */
  saveDraft(note: string, mayReview: boolean): Promise<void>;
  convert(
    input: Omit<AuthoringInput<'convertDocument'>, 'op'>,
  ): Promise<AuthoringOutcome<'convertDocument'>>;
  /** Puts converted HTML into a variant's body: instead of it, or after what is there. */
  insertImported(lang: ContentLanguage, html: string, mode: ImportMode, title?: string): void;
  /** The workflow panel changed the article (submitted, approved…): status and published revisions. */
  articleChanged(article: AuthoringArticle): void;
  upload(
    input: Omit<AuthoringInput<'uploadAttachment'>, 'op' | 'articleId'>,
  ): Promise<AuthoringOutcome<'uploadAttachment'>>;
}

export type ArticleStore = StoreApi<ArticleStoreState>;

const failure = (err: unknown): Failure => ({ problem: 'call-failed', message: errorMessage(err) });

export function createArticleStore(
  api: AgentApi,
  now: () => Date = () => new Date(),
): ArticleStore {
  // A new article whose title slugs to nothing (Chinese) gets an id from the time it was started.
  let fallbackId = '';

  return createStore<ArticleStoreState>()((set, get) => {
    async function load<K extends 'listArticles' | 'listOwners' | 'listCategories'>(
      op: K,
      pick: (answer: Extract<AuthoringOutcome<K>, { ok: true }>) => unknown,
      key: 'list' | 'owners' | 'categories',
    ): Promise<void> {
      set({ [key]: { status: 'loading' } } as Partial<ArticleStoreState>);
      try {
        const r = await api.authoring({ op } as AuthoringInput<K>);
        set({
          [key]: r.ok
            ? { status: 'ready', value: pick(r as Extract<AuthoringOutcome<K>, { ok: true }>) }
            : { status: 'failed', problem: r.problem, message: r.message },
        } as Partial<ArticleStoreState>);
      } catch (err) {
        set({ [key]: { status: 'failed', ...failure(err) } } as Partial<ArticleStoreState>);
      }
    }

    /** Applies a change to the open draft (nothing when none is open). */
    function update(change: (draft: ArticleDraft) => ArticleDraft): void {
      const editor = get().editor;
      if (editor.status !== 'ready') return;
      const draft = change(editor.draft);
      set({ editor: { status: 'ready', draft }, save: { status: 'idle' } });
    }

    const derivedId = (draft: ArticleDraft): string => {
      for (const v of draft.variants) {
        const slug = slugify(v.title, '');
        if (slug) return slug;
      }
      return draft.variants.some((v) => v.title.trim()) ? fallbackId : '';
    };

    return {
      list: { status: 'idle' },
      owners: { status: 'idle' },
      categories: { status: 'idle' },
      org: { status: 'idle' },
      editor: { status: 'idle' },
      save: { status: 'idle' },

      loadList: () => load('listArticles', (a) => a.articles, 'list'),

      async loadLookups() {
        const org = async () => {
          set({ org: { status: 'loading' } });
          try {
            const r = await api.getOrgUnits();
            set({
              org: r.ok
                ? { status: 'ready', value: r.org }
                : { status: 'failed', problem: r.problem, message: r.message },
            });
          } catch (err) {
            set({ org: { status: 'failed', ...failure(err) } });
          }
        };
        await Promise.all([
          load('listOwners', (a) => a.owners, 'owners'),
          load('listCategories', (a) => a.categories, 'categories'),
          org(),
        ]);
      },

      async open(key, me, lang) {
        const editor = get().editor;
        if (editor.status === 'ready' && editor.draft.key === key) return;
        if (key === 'new') {
          fallbackId = `article-${now().getTime().toString(36)}`;
          set({
            editor: { status: 'ready', draft: blankDraft(me, lang) },
            save: { status: 'idle' },
          });
          return;
        }
        set({ editor: { status: 'loading', key }, save: { status: 'idle' } });
        try {
          const r = await api.authoring({ op: 'getArticle', id: key });
          set({
            editor: r.ok
              ? { status: 'ready', draft: draftFromArticle(r.article) }
              : { status: 'failed', key, problem: r.problem, message: r.message },
          });
        } catch (err) {
          set({ editor: { status: 'failed', key, ...failure(err) } });
        }
      },

      editMeta: (change) => update((d) => ({ ...d, meta: { ...d.meta, ...change } })),

      editVariant: (lang, change) =>
        update((d) => {
          const variants = d.variants.map((v) => (v.lang === lang ? { ...v, ...change } : v));
          const next = { ...d, variants };
          return d.isNew && !d.idEdited && change.title !== undefined
            ? { ...next, id: derivedId(next) }
            : next;
        }),

      addVariant: (lang) =>
        update((d) =>
          d.variants.some((v) => v.lang === lang)
            ? d
            : { ...d, variants: [...d.variants, blankVariant(lang)] },
        ),

      setId: (id) => update((d) => (d.isNew ? { ...d, id: id.trim(), idEdited: true } : d)),

      async saveDraft(note, mayReview) {
        const editor = get().editor;
        if (editor.status !== 'ready' || get().save.status === 'busy') return;
        const start = editor.draft;
        const blockers = saveBlockers(start);
        if (blockers.length > 0) {
          set({ save: { status: 'blocked', blockers } });
          return;
        }
        set({ save: { status: 'busy' } });
        // Later steps apply to whatever the author has now: they may type while it saves.
        const apply = (change: (d: ArticleDraft) => ArticleDraft) => {
          const now = get().editor;
          // A new article's key turns from "new" into its id after the metadata save.
          if (
            now.status === 'ready' &&
            (now.draft.key === start.key || now.draft.key === start.id)
          ) {
            set({ editor: { status: 'ready', draft: change(now.draft) } });
          }
        };
        try {
          if (metaChanged(start)) {
            const r = await api.authoring(metaRequest(start, mayReview));
            if (!r.ok) {
              set({
                save: { status: 'failed', lang: null, problem: r.problem, message: r.message },
              });
              return;
            }
            apply((d) => ({
              ...d,
              key: start.id,
              isNew: false,
              idEdited: true,
              savedMeta: start.meta,
              article: r.article,
            }));
          }
          const revisions: Partial<Record<ContentLanguage, number>> = {};
          for (const v of changedVariants(start)) {
            const r = await api.authoring(variantRequest(start.id, v, note));
            if (!r.ok) {
              // A conflict keeps the author's text: nothing of the draft is replaced.
              set({
                save: { status: 'failed', lang: v.lang, problem: r.problem, message: r.message },
              });
              return;
            }
            revisions[v.lang] = r.revision;
            const { title, summary, bodyHtml, tags, synonyms } = v;
            apply((d) => ({
              ...d,
              savedVariants: {
                ...d.savedVariants,
                [v.lang]: { title, summary, bodyHtml, tags, synonyms },
              },
              variants: d.variants.map((x) =>
                x.lang === v.lang ? { ...x, baseRevision: r.revision } : x,
              ),
            }));
          }
          const fresh = await api.authoring({ op: 'getArticle', id: start.id });
          if (fresh.ok) apply((d) => withArticle(d, fresh.article));
          set({ save: { status: 'saved', revisions } });
        } catch (err) {
          set({ save: { status: 'failed', lang: null, ...failure(err) } });
        }
      },

      async convert(input) {
        try {
          return await api.authoring({ op: 'convertDocument', ...input });
        } catch (err) {
          return { ok: false, ...failure(err) } as AuthoringOutcome<'convertDocument'>;
        }
      },

      insertImported: (lang, html, mode, title) =>
        update((d) => {
          const variants = d.variants.map((v) => {
            if (v.lang !== lang) return v;
            const bodyHtml =
              mode === 'replace' || v.bodyHtml === '' ? html : `${v.bodyHtml}${html}`;
            return { ...v, bodyHtml, title: v.title.trim() === '' && title ? title : v.title };
          });
          const next = { ...d, variants };
          return d.isNew && !d.idEdited ? { ...next, id: derivedId(next) } : next;
        }),

      articleChanged: (article) =>
        update((d) => (d.id === article.id ? withArticle(d, article) : d)),

      async upload(input) {
        const editor = get().editor;
        if (editor.status !== 'ready') {
          return {
            ok: false,
            problem: 'not-found',
            message: '',
          } as AuthoringOutcome<'uploadAttachment'>;
        }
        try {
          return await api.authoring({
            op: 'uploadAttachment',
            articleId: editor.draft.id,
            ...input,
          });
        } catch (err) {
          return { ok: false, ...failure(err) } as AuthoringOutcome<'uploadAttachment'>;
        }
      },
    };
  });
}

/** The server's view after a save (status, published revisions), keeping the author's text. */
function withArticle(draft: ArticleDraft, article: AuthoringArticle): ArticleDraft {
  const byLang = new Map(article.variants.map((v) => [v.lang, v]));
  return {
    ...draft,
    article,
    variants: draft.variants.map((v) => {
      const server = byLang.get(v.lang);
      return server
        ? { ...v, baseRevision: server.revision, publishedRevision: server.publishedRevision }
        : v;
    }),
  };
}

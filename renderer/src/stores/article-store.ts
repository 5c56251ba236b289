import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AgentApi, ArticleRef } from '../../../shared/api';
import type { Article } from '../../../shared/article';
import type { ArticleDetails, FlagReason } from '../../../shared/workstation/desk';
import { errorMessage } from '../bridge/call-failure';

export type ArticleState =
  | { status: 'idle' }
  | { status: 'loading'; ref: ArticleRef }
  | { status: 'loaded'; ref: ArticleRef; article: Article }
  | { status: 'not-found'; ref: ArticleRef }
  | { status: 'failed'; ref: ArticleRef; message: string };

/** The article view's extras; the article shows without them when they fail. */
export type DetailsState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; details: ArticleDetails }
  | { status: 'failed'; message: string };

export type Vote = 'helpful' | 'not-helpful';

export interface ArticleStoreState {
  article: ArticleState;
  details: DetailsState;
  open(ref: ArticleRef): Promise<void>;
  close(): void;
  /** Loads the details again (their retry button). */
  reloadDetails(): Promise<void>;
  /** "Got it" on the changed-since-you-last-read banner. Rejects with the call's error. */
  markRead(): Promise<void>;
  /** Rejects with the call's error; the star is put back then. */
  setFavourite(favourite: boolean): Promise<void>;
  /** Rejects with the call's error; the vote is put back then. */
  vote(vote: Vote): Promise<void>;
  /** Rejects with the call's error so the form keeps what was typed. */
  flag(reason: FlagReason, comment: string): Promise<void>;
}

export type ArticleStore = StoreApi<ArticleStoreState>;

export interface ArticleStoreOptions {
  /** Told after a favourite changed, so lists that show favourites can reload. */
  onFavouriteChanged?: () => void;
}

export function sameRef(a: ArticleRef, b: ArticleRef): boolean {
  return a.id === b.id && a.lang === b.lang;
}

/**
 * The article being read and its details (breadcrumbs, changes since the last read, favourite,
 * vote, related articles). Like search, only the latest request may land.
 */
export function createArticleStore(api: AgentApi, options: ArticleStoreOptions = {}): ArticleStore {
  let generation = 0;
  return createStore<ArticleStoreState>()((set, get) => {
    const loaded = (): Article | null => {
      const { article } = get();
      return article.status === 'loaded' ? article.article : null;
    };
    const patchDetails = (patch: Partial<ArticleDetails>): void => {
      const { details } = get();
      if (details.status === 'ready')
        set({ details: { ...details, details: { ...details.details, ...patch } } });
    };
    const readyDetails = (): ArticleDetails | null => {
      const { details } = get();
      return details.status === 'ready' ? details.details : null;
    };

    async function loadArticle(ref: ArticleRef, mine: number): Promise<void> {
      try {
        const article = await api.getArticle(ref);
        if (mine !== generation) return;
        set({
          article: article ? { status: 'loaded', ref, article } : { status: 'not-found', ref },
        });
      } catch (err) {
        if (mine !== generation) return;
        set({ article: { status: 'failed', ref, message: errorMessage(err) } });
      }
    }

    async function loadDetails(ref: ArticleRef, mine: number): Promise<void> {
      try {
        const details = await api.getArticleDetails(ref);
        if (mine !== generation) return;
        // No details for an article the core does not know: the article's own state says so.
        set({ details: details ? { status: 'ready', details } : { status: 'idle' } });
      } catch (err) {
        if (mine !== generation) return;
        set({ details: { status: 'failed', message: errorMessage(err) } });
      }
    }

    return {
      article: { status: 'idle' },
      details: { status: 'idle' },

      async open(ref) {
        const mine = ++generation;
        set({ article: { status: 'loading', ref }, details: { status: 'loading' } });
        // The core counts the view (recent, most used) and marks a first reading itself.
        await Promise.all([loadArticle(ref, mine), loadDetails(ref, mine)]);
      },

      close() {
        generation++;
        set({ article: { status: 'idle' }, details: { status: 'idle' } });
      },

      async reloadDetails() {
        const { article } = get();
        if (article.status === 'idle') return;
        const mine = generation;
        set({ details: { status: 'loading' } });
        await loadDetails(article.ref, mine);
      },

      async markRead() {
        const article = loaded();
        if (!article) return;
        await api.markRead({ id: article.id, lang: article.lang, revision: article.revision });
        if (loaded() === article) patchDetails({ changes: null });
      },

      async setFavourite(favourite) {
        const article = loaded();
        const before = readyDetails()?.favourite ?? !favourite;
        if (!article) return;
        patchDetails({ favourite });
        try {
          await api.setFavourite({ id: article.id, favourite });
          options.onFavouriteChanged?.();
        } catch (err) {
          if (loaded() === article) patchDetails({ favourite: before });
          throw err;
        }
      },

      async vote(vote) {
        const article = loaded();
        if (!article) return;
        const before = readyDetails()?.vote ?? null;
        patchDetails({ vote });
        try {
          await api.sendFeedback({
            kind: vote,
            articleId: article.id,
            lang: article.lang,
            revision: article.revision,
          });
        } catch (err) {
          if (loaded() === article) patchDetails({ vote: before });
          throw err;
        }
      },

      async flag(reason, comment) {
        const article = loaded();
        if (!article) return;
        await api.sendFeedback({
          kind: 'flag',
          articleId: article.id,
          lang: article.lang,
          revision: article.revision,
          reason,
          comment: comment.trim(),
        });
      },
    };
  });
}

import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AgentApi, ArticleRef } from '../../../shared/api';
import type { Article } from '../../../shared/article';
import { errorMessage } from '../bridge/call-failure';

export type ArticleState =
  | { status: 'idle' }
  | { status: 'loading'; ref: ArticleRef }
  | { status: 'loaded'; ref: ArticleRef; article: Article }
  | { status: 'not-found'; ref: ArticleRef }
  | { status: 'failed'; ref: ArticleRef; message: string };

export interface ArticleStoreState {
  article: ArticleState;
  open(ref: ArticleRef): Promise<void>;
  close(): void;
}

export type ArticleStore = StoreApi<ArticleStoreState>;

export function sameRef(a: ArticleRef, b: ArticleRef): boolean {
  return a.id === b.id && a.lang === b.lang;
}

/** The article being read; like search, only the latest request may land. */
export function createArticleStore(api: AgentApi): ArticleStore {
  let generation = 0;
  return createStore<ArticleStoreState>()((set) => ({
    article: { status: 'idle' },

    async open(ref) {
      const mine = ++generation;
      set({ article: { status: 'loading', ref } });
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
    },

    close() {
      generation++;
      set({ article: { status: 'idle' } });
    },
  }));
}

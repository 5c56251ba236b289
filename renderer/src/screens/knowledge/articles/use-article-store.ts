import { useMemo } from 'react';
import { useStore } from 'zustand';
import { contentLanguageFor, type ContentLanguage } from '../../../../../shared/languages';
import { useReadyApp, useSessionStore, useStores } from '../../../stores/stores-context';
import { createArticleStore, type ArticleStore, type ArticleStoreState } from './article-store';

/** One article store per screen (the Knowledge section's stores are not app-wide: it loads lazily). */
export function useArticleStoreInstance(): ArticleStore {
  const { api } = useStores();
  return useMemo(() => createArticleStore(api), [api]);
}

export function useArticles<T>(store: ArticleStore, selector: (s: ArticleStoreState) => T): T {
  return useStore(store, selector);
}

/** The signed-in user's name and whether they review (review-required is theirs to change). */
export function useMe(): { username: string; reviewer: boolean } {
  const session = useSessionStore((s) => s.session);
  if (session?.status !== 'signed-in') return { username: '', reviewer: false };
  return {
    username: session.user.username,
    reviewer: session.capabilities.some((c) => c === 'reviewer' || c === 'admin'),
  };
}

/** The author's reading order: the UI language's content language first, then their others. */
export function useContentLanguages(): ContentLanguage[] {
  const { settings } = useReadyApp();
  const first = contentLanguageFor(settings.uiLanguage);
  return [first, ...settings.contentLanguages.filter((l) => l !== first)];
}

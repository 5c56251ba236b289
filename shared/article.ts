import type { ContentLanguage } from './languages';

export const ARTICLE_TYPES = ['reference', 'procedure', 'canned', 'tree', 'notice'] as const;
export type ArticleType = (typeof ARTICLE_TYPES)[number];

/** A run of display text, marked where it matched the query. Renderers never receive HTML for highlights. */
export interface TextRun {
  text: string;
  match: boolean;
}

export interface CategoryRef {
  id: string;
  name: string;
}

/** One article in one language, as the article view shows it. */
export interface Article {
  id: string;
  lang: ContentLanguage;
  type: ArticleType;
  title: string;
  summary: string;
  /** Sanitised HTML (sanitised on the server on save and again before render). */
  bodyHtml: string;
  tags: string[];
  categories: CategoryRef[];
  revision: number;
  /** ISO 8601. */
  updatedAt: string;
  owner: string;
  /** Every language this article exists in, so the view can offer to switch. */
  languages: ContentLanguage[];
}

import { z } from 'zod';
import { ARTICLE_TYPES, type ArticleType, type TextRun } from './article';
import { CONTENT_LANGUAGES, type ContentLanguage } from './languages';

/** Longest query we look at; longer input is cut, never rejected (R31: nothing a user types errors). */
export const MAX_QUERY_CHARS = 10_000;

export const searchQuerySchema = z.object({
  text: z.string().max(MAX_QUERY_CHARS * 4),
  lang: z.enum(CONTENT_LANGUAGES).optional(),
  type: z.enum(ARTICLE_TYPES).optional(),
  category: z.string().max(200).optional(),
  limit: z.number().int().min(1).max(100).optional(),
  /** Results while typing: the last word also matches as a prefix. Default true; false for a submitted question. */
  prefix: z.boolean().optional(),
});

export type SearchQuery = z.infer<typeof searchQuerySchema>;

export interface SearchHit {
  id: string;
  lang: ContentLanguage;
  type: ArticleType;
  title: TextRun[];
  snippet: TextRun[];
  categories: string[];
}

export interface SearchResult {
  hits: SearchHit[];
  /** Time spent in the engine, in milliseconds. */
  tookMs: number;
  /** A corrected query to offer when nothing matched. */
  didYouMean?: string;
}

import { z } from 'zod';
import { ARTICLE_TYPES, type ArticleType, type CategoryRef, type TextRun } from '../article';
import { CONTENT_LANGUAGES, type ContentLanguage } from '../languages';

/*
 * The agent's desk (issue 6): browsing, reading marks, favourites, feedback and the quick-search
 * popup, as AgentCore offers them to the renderer. R1, R4, R8, R10–R12, R18.
 */

const id = z.string().min(1).max(200);
const lang = z.enum(CONTENT_LANGUAGES);

/** An article in a list (browse, home, the popup's empty state). */
export interface ArticleSummary {
  id: string;
  lang: ContentLanguage;
  type: ArticleType;
  title: string;
  summary: string;
  updatedAt: string;
  /** Category names, for the list's second line. */
  categories: string[];
}

/** A category with its children, named in the agent's language. */
export interface CategoryNode {
  id: string;
  name: string;
  /** Articles in this category or any below it (an article in two of them counts once). */
  count: number;
  children: CategoryNode[];
}

export const categoryListQuerySchema = z.strictObject({
  categoryId: id,
  type: z.enum(ARTICLE_TYPES).optional(),
});
export type CategoryListQuery = z.infer<typeof categoryListQuerySchema>;

export interface CategoryListing {
  category: CategoryRef;
  /** Root → this category. */
  path: CategoryRef[];
  /** Articles directly in this category, by title. */
  articles: ArticleSummary[];
  /** The category's most used articles (FAQ), most used first; at most 5. */
  faq: ArticleSummary[];
}

/** What the agent did with articles on this workstation: recently viewed, most used, favourites. */
export interface DeskLists {
  recent: ArticleSummary[];
  mostUsed: ArticleSummary[];
  favourites: ArticleSummary[];
}

export const favouriteInputSchema = z.strictObject({ id, favourite: z.boolean() });
export type FavouriteInput = z.infer<typeof favouriteInputSchema>;

/** The article changed since this agent last read it: its current text with what is new marked. */
export interface ChangesSinceRead {
  /** The revision the agent read, and when. */
  readRevision: number;
  readAt: string;
  /** The current plain text as runs; `match: true` marks words that were not there before. */
  text: TextRun[];
  /** Words of the old text that are gone. */
  removedWords: number;
}

/** The article view's extra facts (issue 6 item 3), beside the Article itself. */
export interface ArticleDetails {
  /** One path root → leaf per category the article is in. */
  breadcrumbs: CategoryRef[][];
  /** Canned responses: `customer.name`, `agent.name`, `today`, … in order of first use. */
  placeholders: string[];
  /** Display name of whoever published the current revision, when the server says. */
  updatedBy: string | null;
  favourite: boolean;
  changes: ChangesSinceRead | null;
  related: ArticleSummary[];
  /** The agent's vote on this revision, if any. */
  vote: 'helpful' | 'not-helpful' | null;
}

export const markReadInputSchema = z.strictObject({
  id,
  lang,
  revision: z.number().int().nonnegative(),
});
export type MarkReadInput = z.infer<typeof markReadInputSchema>;

export const FLAG_REASONS = ['wrong', 'outdated', 'unclear'] as const;
export type FlagReason = (typeof FLAG_REASONS)[number];

export const feedbackInputSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.enum(['helpful', 'not-helpful']),
    articleId: id,
    lang,
    revision: z.number().int().nonnegative(),
  }),
  z.strictObject({
    kind: z.literal('flag'),
    articleId: id,
    lang,
    revision: z.number().int().nonnegative(),
    reason: z.enum(FLAG_REASONS),
    comment: z.string().max(2000),
  }),
]);
export type FeedbackInput = z.infer<typeof feedbackInputSchema>;

/** "Nothing found → report this question": reaches the authors through the outbox. */
export const questionReportSchema = z.strictObject({
  query: z.string().min(1).max(500),
  comment: z.string().max(2000).optional(),
});
export type QuestionReport = z.infer<typeof questionReportSchema>;

/** The global hotkey as the desktop app could (or could not) register it. */
export type HotkeyStatus =
  | { state: 'registered'; accelerator: string }
  /** Another application holds it, or the accelerator is not valid: pick another in Settings. */
  | { state: 'failed'; accelerator: string; reason: 'in-use' | 'invalid' }
  /** Web mode: the in-page shortcut only (a browser cannot register a system-wide key). */
  | { state: 'in-page'; accelerator: string };

/** The quick-search popup was summoned (hotkey); the clipboard's text is offered as the query. */
export interface PopupRequest {
  clipboardText: string;
}

import type { ArticleType } from './article';

/**
 * The bulk import contract (issue 4 item 6): `kb import --server` converts files to these items
 * and sends them in one `POST /api/import`; the server validates them with its own zod schema,
 * which is type-checked against these interfaces (server/knowledge/import.ts).
 */

/** A category path ("Cards/Security") in the item's language, names by language, or a list. */
export type ImportCategory = string | Partial<Record<string, string>>;

/** One language variant of one article. Variants of one article share its `id`. */
export interface ImportItem {
  id: string;
  /** en, zh-Hans, zh-Hant, hu, id (zh-CN and zh-TW are accepted too). */
  lang: string;
  title: string;
  summary?: string;
  /** HTML; the server sanitises it (inline data: images in PNG, JPEG, GIF and WebP are kept). */
  bodyHtml: string;
  tags?: string[];
  synonyms?: string[];
  type?: ArticleType;
  owner?: string;
  audience?: { businessLines?: string[]; positions?: string[] };
  category?: ImportCategory | ImportCategory[];
  /** Where the item came from ("articles.jsonl:3", "manual.docx"); echoed in every problem. */
  source?: string;
}

export interface ImportRequest {
  items: ImportItem[];
  /** Skip bad items and import the rest; by default one bad item means nothing is written. */
  keepGoing?: boolean;
  /** Publish every saved revision at once (needs the reviewer capability). */
  publish?: boolean;
}

/** A bad item: its position in `items`, its `source`, and what is wrong with it. */
export interface ImportProblem {
  index: number;
  source?: string;
  message: string;
}

export interface ImportedVariant {
  index: number;
  id: string;
  lang: string;
  revision: number;
}

export interface ImportAnswer {
  articles: number;
  variants: ImportedVariant[];
  skipped: ImportProblem[];
  published: boolean;
}

/** The fields of one JSONL import line, for `kb import --db` and `kb import --server` alike. */
export const IMPORT_LINE_FIELDS: ReadonlySet<string> = new Set([
  'id',
  'lang',
  'title',
  'body',
  'category',
  'tags',
  'type',
  'synonyms',
  'summary',
  'owner',
  // Who may see the article: the server's business (it filters what reaches each replica), so a
  // local import accepts it and keeps nothing of it.
  'audience',
]);

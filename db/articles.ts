import type { Article, ArticleType } from '../shared/article';
import { CONTENT_LANGUAGES, parseContentLanguage, type ContentLanguage } from '../shared/languages';
import { categoriesOfArticle } from './categories';
import type { Replica } from './connection';
import {
  analyzeIndexed,
  deleteIndexRow,
  fromStored,
  parseStringArray,
  writeIndexRow,
  type StoredIndexedText,
} from './fts';
import { updateSearchLists, type AnalyzedVariant, type BulkLists } from './engine/lists';
import { invalidateEngineState } from './engine/state';

/** One language variant of an article, as the server (or an import) delivers it. */
export interface ArticleInput {
  id: string;
  lang: ContentLanguage;
  type: ArticleType;
  title: string;
  summary: string;
  /** Sanitised HTML for display. */
  bodyHtml: string;
  /** The same body as plain text, for the index and for snippets. */
  bodyText: string;
  tags: string[];
  /** Words customers use for this article; indexed with the tags. */
  synonyms: string[];
  /** The article's categories (all of them: the set replaces the stored one). */
  categoryIds: string[];
  revision: number;
  /** ISO 8601. */
  updatedAt: string;
  owner: string;
  /** Left as stored when absent. */
  popularity?: number;
  /** `{{customer.name}}` slots of a canned response. */
  placeholders?: string[];
  /** The server record's version (sync); left as stored when absent. */
  version?: number;
}

export interface UpsertOptions {
  /**
   * Write every input, even at a lower revision than stored: the sync client has already
   * decided by the record's version that the server's copy is the newer one.
   */
  replace?: boolean;
  /** A bulk load: term lists are gathered here and written once at the end (BulkLists). */
  bulk?: BulkLists;
}

export interface UpsertResult {
  /** Variants written (new, or at an equal or higher revision). */
  applied: number;
  /** Variants ignored because the replica already holds a higher revision. */
  stale: number;
}

const EXISTING_VARIANT = `
  SELECT variant_id AS rowid, lang, revision, title, tags, synonyms, summary, body_text AS bodyText
  FROM article_variant WHERE article_id = ? AND lang = ?`;

const UPSERT_ARTICLE = `
  INSERT INTO article (id, type, owner, popularity, created_at, updated_at, version)
  VALUES (@id, @type, @owner, coalesce(@popularity, 0), @updatedAt, @updatedAt, coalesce(@version, 0))
  ON CONFLICT (id) DO UPDATE SET
    type = excluded.type,
    owner = excluded.owner,
    popularity = coalesce(@popularity, article.popularity),
    version = coalesce(@version, article.version),
    updated_at = max(article.updated_at, excluded.updated_at)`;

const UPSERT_VARIANT = `
  INSERT INTO article_variant
    (article_id, lang, title, summary, body_html, body_text, tags, synonyms, placeholders,
     revision, updated_at)
  VALUES (@id, @lang, @title, @summary, @bodyHtml, @bodyText, @tags, @synonyms, @placeholders,
          @revision, @updatedAt)
  ON CONFLICT (article_id, lang) DO UPDATE SET
    title = excluded.title, summary = excluded.summary, body_html = excluded.body_html,
    body_text = excluded.body_text, tags = excluded.tags, synonyms = excluded.synonyms,
    placeholders = excluded.placeholders,
    revision = excluded.revision, updated_at = excluded.updated_at
  RETURNING variant_id AS rowid`;

const CLEAR_CATEGORIES = `DELETE FROM article_category WHERE article_id = ?`;
// Only categories the replica has: a link to one it lacks would fail the whole transaction at
// commit (deferred foreign key), and with it every later page of the feed.
const ADD_CATEGORY = `
  INSERT OR IGNORE INTO article_category (article_id, category_id)
  SELECT ?, id FROM category WHERE id = ?`;

const VARIANTS_OF = `
  SELECT variant_id AS rowid, lang, title, tags, synonyms, summary, body_text AS bodyText
  FROM article_variant WHERE article_id = ?`;
const DELETE_ARTICLE = `DELETE FROM article WHERE id = ?`;

const LANGUAGES_OF = `SELECT lang FROM article_variant WHERE article_id = ?`;
const ARTICLE_IN = `
  SELECT a.type, a.owner, v.title, v.summary, v.body_html AS bodyHtml, v.tags,
         v.revision, v.updated_at AS updatedAt
  FROM article_variant v JOIN article a ON a.id = v.article_id
  WHERE v.article_id = ? AND v.lang = ?`;
// Tree search documents (db/trees/search-docs.ts) are not articles: type 'tree', id "tree:…".
const COUNT = `SELECT count(*) AS n FROM article
  WHERE NOT (type = 'tree' AND substr(id, 1, 5) = 'tree:')`;

interface ArticleRow {
  type: ArticleType;
  owner: string;
  title: string;
  summary: string;
  bodyHtml: string;
  tags: string;
  revision: number;
  updatedAt: string;
}

/**
 * Writes article variants in one transaction. Idempotent by id + lang: writing the same
 * variant twice changes nothing, and a lower revision never replaces a higher one (pages of
 * the change feed may be applied again, or overlap a snapshot).
 */
export function upsertArticles(
  replica: Replica,
  inputs: readonly ArticleInput[],
  options: UpsertOptions = {},
): UpsertResult {
  const existing = replica.statement<[string, string], StoredIndexedText & { revision: number }>(
    EXISTING_VARIANT,
  );
  const upsertArticle = replica.statement<Record<string, unknown>>(UPSERT_ARTICLE);
  const upsertVariant = replica.statement<Record<string, unknown>, { rowid: number }>(
    UPSERT_VARIANT,
  );

  return replica.transaction(() => {
    const result: UpsertResult = { applied: 0, stale: 0 };
    const removedText: AnalyzedVariant[] = [];
    const addedText: AnalyzedVariant[] = [];
    for (const input of inputs) {
      const old = existing.get(input.id, input.lang);
      if (old && old.revision > input.revision && !options.replace) {
        result.stale++;
        continue;
      }
      upsertArticle.run({
        id: input.id,
        type: input.type,
        owner: input.owner,
        popularity: input.popularity ?? null,
        updatedAt: input.updatedAt,
        version: input.version ?? null,
      });
      if (old) {
        const oldIndexed = analyzeIndexed(old.rowid, fromStored(old));
        deleteIndexRow(replica, oldIndexed);
        removedText.push(oldIndexed);
      }
      const tags = JSON.stringify(input.tags);
      const synonyms = JSON.stringify(input.synonyms);
      const row = upsertVariant.get({
        id: input.id,
        lang: input.lang,
        title: input.title,
        summary: input.summary,
        bodyHtml: input.bodyHtml,
        bodyText: input.bodyText,
        tags,
        synonyms,
        placeholders: JSON.stringify(input.placeholders ?? []),
        revision: input.revision,
        updatedAt: input.updatedAt,
      });
      if (!row) throw new Error(`Upserting ${input.id}/${input.lang} returned no row.`);
      const text = {
        lang: input.lang,
        title: input.title,
        tags: [...input.tags, ...input.synonyms],
        summary: input.summary,
        bodyText: input.bodyText,
      };
      const indexed = analyzeIndexed(row.rowid, text);
      writeIndexRow(replica, indexed);
      addedText.push(indexed);
      setArticleCategories(replica, input.id, input.categoryIds);
      result.applied++;
    }
    if (options.bulk) {
      if (removedText.length > 0) updateSearchLists(replica, removedText, []);
      options.bulk.add(replica, addedText);
    } else {
      updateSearchLists(replica, removedText, addedText);
    }
    return result;
  });
}

/** Replaces the article's categories (links to categories the replica lacks are left out). */
export function setArticleCategories(
  replica: Replica,
  articleId: string,
  categoryIds: readonly string[],
): void {
  replica.statement<[string]>(CLEAR_CATEGORIES).run(articleId);
  const add = replica.statement<[string, string]>(ADD_CATEGORY);
  for (const categoryId of categoryIds) add.run(articleId, categoryId);
}

/** Removes articles with every variant, category link and read state, and their index rows. */
export function deleteArticles(replica: Replica, ids: readonly string[]): void {
  const variants = replica.statement<[string], StoredIndexedText>(VARIANTS_OF);
  const remove = replica.statement<[string]>(DELETE_ARTICLE);
  replica.transaction(() => {
    const removedText: AnalyzedVariant[] = [];
    for (const id of ids) {
      // The index is external content: its rows must go before the variants they describe.
      for (const v of variants.all(id)) {
        const indexed = analyzeIndexed(v.rowid, fromStored(v));
        deleteIndexRow(replica, indexed);
        removedText.push(indexed);
      }
      remove.run(id);
    }
    updateSearchLists(replica, removedText, []);
  });
}

const VARIANT_OF = `
  SELECT variant_id AS rowid, lang, title, tags, synonyms, summary, body_text AS bodyText
  FROM article_variant WHERE article_id = ? AND lang = ?`;
const DELETE_VARIANT = `DELETE FROM article_variant WHERE variant_id = ?`;

/** Removes some language variants of an article (no longer published in them), with their index rows. */
export function deleteVariants(
  replica: Replica,
  articleId: string,
  langs: readonly ContentLanguage[],
): void {
  const variant = replica.statement<[string, string], StoredIndexedText>(VARIANT_OF);
  const remove = replica.statement<[number]>(DELETE_VARIANT);
  replica.transaction(() => {
    const removedText: AnalyzedVariant[] = [];
    for (const lang of langs) {
      const v = variant.get(articleId, lang);
      if (!v) continue;
      const indexed = analyzeIndexed(v.rowid, fromStored(v));
      deleteIndexRow(replica, indexed);
      removedText.push(indexed);
      remove.run(v.rowid);
    }
    updateSearchLists(replica, removedText, []);
  });
}

const CLEAR_ALL = `
  DELETE FROM article;
  INSERT INTO article_fts (article_fts) VALUES ('delete-all');
  DELETE FROM search_term; DELETE FROM search_stem; DELETE FROM search_stats;`;

/** Removes every article with its index rows and term lists (an interrupted first download). */
export function clearArticles(replica: Replica): void {
  replica.transaction(() => replica.db.exec(CLEAR_ALL));
  invalidateEngineState(replica);
}

/**
 * The article in the first of `langs` it exists in, else in any language it has.
 * Categories are named in the article's language, falling back to the others.
 */
export function getArticle(
  replica: Replica,
  id: string,
  langs: readonly ContentLanguage[],
): Article | null {
  const available = replica
    .statement<[string], { lang: string }>(LANGUAGES_OF)
    .all(id)
    .map((r) => parseContentLanguage(r.lang))
    .filter((l): l is ContentLanguage => l !== undefined);
  const languages = CONTENT_LANGUAGES.filter((l) => available.includes(l));
  const lang = langs.find((l) => languages.includes(l)) ?? languages[0];
  if (lang === undefined) return null;
  const row = replica.statement<[string, string], ArticleRow>(ARTICLE_IN).get(id, lang);
  if (!row) return null;
  return {
    id,
    lang,
    type: row.type,
    title: row.title,
    summary: row.summary,
    bodyHtml: row.bodyHtml,
    tags: parseStringArray(row.tags),
    categories: categoriesOfArticle(replica, id, [lang, ...langs]),
    revision: row.revision,
    updatedAt: row.updatedAt,
    owner: row.owner,
    languages,
  };
}

/** Number of articles (not variants), without the search documents of trees. */
export function countArticles(replica: Replica): number {
  return replica.statement<[], { n: number }>(COUNT).get()?.n ?? 0;
}

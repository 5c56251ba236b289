import type { ArticleType, TextRun } from '../shared/article';
import type { ContentLanguage } from '../shared/languages';
import { CONTENT_LANGUAGES } from '../shared/languages';
import type { SearchHit, SearchQuery, SearchResult } from '../shared/search';
import { categoriesOfArticle } from './categories';
import type { Replica } from './connection';
import { highlight, snippet } from './highlight';
import { parseQueryTerms, toFtsMatch, type QueryTerms } from './query-terms';

const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 100;

/*
 * The baseline: every term ANDed, ranked by bm25 with title 10, tags/synonyms 4, body 1.
 * An article can match in several languages; at most one row per language exists, so
 * limit × languages rows always hold `limit` distinct articles when there are that many.
 */
const SEARCH = `
  WITH RECURSIVE subtree (id) AS (
    SELECT id FROM category WHERE id = @category
    UNION
    SELECT c.id FROM category c JOIN subtree s ON c.parent_id = s.id
  )
  SELECT v.article_id AS id, v.lang, a.type, v.title, v.summary, v.body_text AS bodyText
  FROM article_fts
  JOIN article_variant v ON v.variant_id = article_fts.rowid
  JOIN article a ON a.id = v.article_id
  WHERE article_fts MATCH @match
    AND (@lang IS NULL OR v.lang = @lang)
    AND (@type IS NULL OR a.type = @type)
    AND (@category IS NULL OR v.article_id IN (
      SELECT ac.article_id FROM article_category ac WHERE ac.category_id IN subtree))
  ORDER BY bm25(article_fts, 10.0, 4.0, 1.0), v.article_id
  LIMIT @rows`;

interface SearchParams {
  match: string;
  lang: string | null;
  type: string | null;
  category: string | null;
  rows: number;
}

interface Candidate {
  id: string;
  lang: ContentLanguage;
  type: ArticleType;
  title: string;
  summary: string;
  bodyText: string;
}

/**
 * Articles matching every word of `query.text`, best first. When an article matches in
 * several languages, the variant shown is the one earliest in `langs`. Nothing in the text
 * can make this throw: it is reduced to words before it reaches FTS5.
 */
export function searchArticles(
  replica: Replica,
  query: SearchQuery,
  langs: readonly ContentLanguage[],
): SearchResult {
  const started = performance.now();
  const terms = parseQueryTerms(query.text);
  const match = toFtsMatch(terms);
  if (match === null) return { hits: [], tookMs: elapsed(started) };

  const limit = Math.min(MAX_LIMIT, Math.max(1, Math.trunc(query.limit ?? DEFAULT_LIMIT)));
  const rows = replica.statement<SearchParams, Candidate>(SEARCH).all({
    match,
    lang: query.lang ?? null,
    type: query.type ?? null,
    category: query.category ?? null,
    rows: limit * CONTENT_LANGUAGES.length,
  });

  const hits: SearchHit[] = pickVariants(rows, langs)
    .slice(0, limit)
    .map((row) => ({
      id: row.id,
      lang: row.lang,
      type: row.type,
      title: highlight(row.title, terms),
      snippet: hitSnippet(row, terms),
      categories: categoriesOfArticle(replica, row.id, [row.lang, ...langs]).map((c) => c.name),
    }));
  return { hits, tookMs: elapsed(started) };
}

/** One row per article, in rank order of its best row, showing the most preferred language that matched. */
function pickVariants(rows: readonly Candidate[], langs: readonly ContentLanguage[]): Candidate[] {
  const rank = (lang: ContentLanguage) => {
    const i = langs.indexOf(lang);
    return i === -1 ? langs.length : i;
  };
  const chosen = new Map<string, Candidate>();
  for (const row of rows) {
    const current = chosen.get(row.id);
    if (!current || rank(row.lang) < rank(current.lang)) chosen.set(row.id, row);
  }
  return [...chosen.values()];
}

/** Around the first match in the body; else the summary (a title-only hit reads best as its summary). */
function hitSnippet(row: Candidate, terms: QueryTerms): TextRun[] {
  const body = snippet(row.bodyText, terms);
  if (row.summary === '' || body.some((r) => r.match)) return body;
  return snippet(row.summary, terms);
}

function elapsed(started: number): number {
  return Math.round((performance.now() - started) * 1000) / 1000;
}

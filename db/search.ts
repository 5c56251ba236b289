import type { TextRun } from '../shared/article';
import type { ContentLanguage } from '../shared/languages';
import type { SearchHit, SearchQuery, SearchResult } from '../shared/search';
import { analyzeQuery, type QueryUnit } from '../shared/text/analyze';
import { pickName } from './categories';
import type { Replica } from './connection';
import { highlight, snippet, type HighlightTerms } from './highlight';
import { languageStats } from './engine/lists';
import { Planner, type Group } from './engine/plan';
import { scoreCandidates, type Scored } from './engine/rank';
import { engineState, type EngineState } from './engine/state';

const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 100;
/** Popularity and freshness nudge the order; they never lift a poor match over a good one. */
const POPULARITY_BOOST = 0.05;
const FRESHNESS_BOOST = 0.05;
const FRESH_DAYS = 30;

const CATEGORY_SUBTREE = `
  WITH RECURSIVE subtree (id) AS (
    SELECT id FROM category WHERE id = ?
    UNION
    SELECT c.id FROM category c JOIN subtree s ON c.parent_id = s.id
  ) SELECT id FROM subtree`;
/** Texts fetched per statement: a fixed list of placeholders (unused ones get -1), never SQL built from input. */
const TEXT_BATCH = 10;
const VARIANT_TEXTS = `
  SELECT variant_id AS rowid, title, summary, body_text AS bodyText FROM article_variant
  WHERE variant_id IN (${Array.from({ length: TEXT_BATCH }, () => '?').join(', ')})`;

interface Ranked extends Scored {
  lang: ContentLanguage;
  groups: Group[];
}

/**
 * Articles for what the user typed, best first (DESIGN.md "Search"): in the query's language, or
 * else in each of `langs` (the agent's content languages, most preferred first), one hit per
 * article in the most preferred language that matched.
 * Nothing in the text can make this throw: it is reduced to words before it reaches an index.
 */
export function searchArticles(
  replica: Replica,
  query: SearchQuery,
  langs: readonly ContentLanguage[],
  options: SearchOptions = {},
): SearchResult {
  return replica.read(() => search(replica, query, langs, options));
}

export interface SearchOptions {
  /**
   * Rank articles by how much of the text they share, never dropping those that miss a word
   * (related articles by a short title: "all of its words" would find only the article itself).
   */
  anyWords?: boolean;
}

function search(
  replica: Replica,
  query: SearchQuery,
  langs: readonly ContentLanguage[],
  options: SearchOptions,
): SearchResult {
  const started = performance.now();
  const units = analyzeQuery(query.text, { typing: query.prefix ?? true });
  if (units.length === 0) return { hits: [], tookMs: elapsed(started) };
  const limit = Math.min(MAX_LIMIT, Math.max(1, Math.trunc(query.limit ?? DEFAULT_LIMIT)));
  const state = engineState(replica);
  const accept = filter(replica, state, query);
  const now = Date.now();

  const planners: { lang: ContentLanguage; docs: number; planner: Planner }[] = [];
  // The agent's content languages, unless the query names one: an agent reads a handful of
  // languages, and every language searched costs a planning pass.
  for (const lang of query.lang ? [query.lang] : langs) {
    const docs = languageStats(replica, lang)?.docs ?? 0;
    if (docs > 0) planners.push({ lang, docs, planner: new Planner(replica, state, lang) });
  }
  const unknown = new Set(
    units.filter((u) => !planners.some((p) => p.planner.knows(u))).map((u) => u.term),
  );
  let ranked: Ranked[] = [];
  for (const { lang, docs, planner } of planners) {
    const groups = planner.groups(units, unknown);
    for (const s of scoreCandidates(replica, groups, docs, accept)) {
      const r = s as Ranked;
      r.score = boost(s.score, state, s.rowid, now);
      r.lang = lang;
      r.groups = groups;
      ranked.push(r);
    }
  }
  if (!options.anyWords) ranked = keepBestCovered(ranked, units);
  ranked = leaders(ranked, limit * Math.max(1, planners.length) * 2);

  const picked = pickArticles(ranked, state, langs, limit);
  const texts = variantTexts(
    replica,
    picked.map((r) => r.rowid),
  );
  const hits = picked.map((r) => toHit(state, r, texts.get(r.rowid), langs));
  const result: SearchResult = { hits, tookMs: elapsed(started) };
  if (hits.length === 0) {
    const suggestion = didYouMean(units, planners);
    if (suggestion) result.didYouMean = suggestion;
  }
  return result;
}

/**
 * A few keywords mean "all of them" (R1: the right answer, not hundreds of hits): when some
 * article has every word, articles missing one are left out. A longer question is ranked as a
 * whole instead, because no article repeats a caller's every word.
 */
const KEYWORD_QUERY_WORDS = 3;

function keepBestCovered(ranked: Ranked[], units: readonly QueryUnit[]): Ranked[] {
  const required = units.filter((u) => !u.optional).length;
  if (required > KEYWORD_QUERY_WORDS || ranked.length === 0) return ranked;
  const best = Math.max(...ranked.map((r) => r.covered));
  return ranked.filter((r) => r.covered >= best);
}

function filter(
  replica: Replica,
  state: EngineState,
  query: SearchQuery,
): (rowid: number) => boolean {
  const categories = query.category
    ? new Set(
        replica
          .statement<[string], { id: string }>(CATEGORY_SUBTREE)
          .all(query.category)
          .map((r) => r.id),
      )
    : null;
  return (rowid) => {
    const meta = state.variants.get(rowid);
    if (!meta) return false;
    if (query.type && meta.type !== query.type) return false;
    if (categories && !(state.categories.get(meta.articleId) ?? []).some((c) => categories.has(c)))
      return false;
    return true;
  };
}

function boost(score: number, state: EngineState, rowid: number, now: number): number {
  const meta = state.variants.get(rowid);
  if (!meta) return score;
  const ageDays = Math.max(0, (now - meta.updatedMs) / 86_400_000);
  return (
    score *
    (1 + POPULARITY_BOOST * Math.log1p(Math.max(0, meta.popularity))) *
    (1 + FRESHNESS_BOOST * Math.exp(-ageDays / FRESH_DAYS))
  );
}

/** One hit per article, ranked by its best variant, shown in the most preferred language that matched. */
function pickArticles(
  ranked: readonly Ranked[],
  state: EngineState,
  langs: readonly ContentLanguage[],
  limit: number,
): Ranked[] {
  const order: string[] = [];
  const shown = new Map<string, Ranked>();
  const pref = (l: ContentLanguage): number => {
    const i = langs.indexOf(l);
    return i === -1 ? langs.length : i;
  };
  for (const r of ranked) {
    const id = state.variants.get(r.rowid)?.articleId;
    if (id === undefined) continue;
    const current = shown.get(id);
    if (!current) {
      if (order.length >= limit) continue;
      order.push(id);
      shown.set(id, r);
    } else if (pref(r.lang) < pref(current.lang)) shown.set(id, r);
  }
  return order.map((id) => shown.get(id)).filter((r): r is Ranked => r !== undefined);
}

/**
 * The best `n` by score, best first. Only they can be shown (n leaves room for one article
 * matching in several languages), and sorting every candidate of a frequent word costs more.
 */
function leaders(ranked: Ranked[], n: number): Ranked[] {
  const byScore = (a: Ranked, b: Ranked): number => b.score - a.score || a.rowid - b.rowid;
  if (ranked.length <= n * 4) return ranked.sort(byScore).slice(0, n);
  const cut =
    Float64Array.from(ranked, (r) => r.score)
      .sort()
      .at(-n) ?? 0;
  return ranked
    .filter((r) => r.score >= cut)
    .sort(byScore)
    .slice(0, n);
}

interface VariantText {
  title: string;
  summary: string;
  bodyText: string;
}

/** The shown variants' text in one statement (a statement per hit costs ~5 µs more each). */
function variantTexts(replica: Replica, rowids: readonly number[]): Map<number, VariantText> {
  const out = new Map<number, VariantText>();
  const stmt = replica.statement<number[], VariantText & { rowid: number }>(VARIANT_TEXTS);
  for (let i = 0; i < rowids.length; i += TEXT_BATCH) {
    const ids = rowids.slice(i, i + TEXT_BATCH);
    const params = Array.from({ length: TEXT_BATCH }, (_, k) => ids[k] ?? -1);
    for (const row of stmt.all(...params)) out.set(row.rowid, row);
  }
  return out;
}

function toHit(
  state: EngineState,
  r: Ranked,
  found: VariantText | undefined,
  langs: readonly ContentLanguage[],
): SearchHit {
  const meta = state.variants.get(r.rowid);
  const text = found ?? { title: '', summary: '', bodyText: '' };
  const terms = highlightTerms(r.groups);
  const articleId = meta?.articleId ?? '';
  return {
    id: articleId,
    lang: r.lang,
    type: meta?.type ?? 'reference',
    title: highlight(text.title, terms),
    snippet: hitSnippet(text, terms),
    categories: (state.categories.get(articleId) ?? []).map(
      (id) => pickName(state.categoryNames.get(id) ?? {}, [r.lang, ...langs]) ?? id,
    ),
  };
}

function highlightTerms(groups: readonly Group[]): HighlightTerms {
  const words = new Set<string>();
  const prefixes: string[] = [];
  const han: string[] = [];
  for (const g of groups) {
    // A lone Chinese character that is optional (a particle, or half of a word) would light up
    // every occurrence of it; the bigrams already show where the words matched.
    if (g.unit.han && g.unit.optional) continue;
    for (const a of g.alternatives) {
      if (g.unit.han) han.push(a.term);
      else if (a.prefix) prefixes.push(a.term);
      else words.add(a.term);
    }
  }
  return { words, prefixes, han };
}

/** Around the first match in the body; else the summary (a title-only hit reads best as its summary). */
function hitSnippet(text: { summary: string; bodyText: string }, terms: HighlightTerms): TextRun[] {
  const body = snippet(text.bodyText, terms);
  if (text.summary === '' || body.some((r) => r.match)) return body;
  return snippet(text.summary, terms);
}

function didYouMean(
  units: readonly QueryUnit[],
  planners: readonly { planner: Planner }[],
): string | undefined {
  const fixes = new Map<string, string>();
  for (const { planner } of planners) {
    for (const [from, to] of planner.corrections(units)) if (!fixes.has(from)) fixes.set(from, to);
  }
  if (fixes.size === 0) return undefined;
  return units.map((u) => fixes.get(u.term) ?? u.term).join(units.some((u) => u.han) ? '' : ' ');
}

function elapsed(started: number): number {
  return Math.round((performance.now() - started) * 1000) / 1000;
}

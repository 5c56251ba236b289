import type { ArticleType } from '../../shared/article';
import type { ContentLanguage } from '../../shared/languages';
import { analyzeQuery } from '../../shared/text/analyze';
import { parseNames, type CategoryNames } from '../categories';
import type { Replica } from '../connection';
import { isPrefixable } from './impact';
import { TypoIndex } from './typo';

/*
 * What the engine keeps in memory per replica: facts about every variant that filters and boosts
 * need (reading them row by row costs ~2 µs each, too slow for hundreds of candidates), the typo
 * index per language and the synonym sets. It is rebuilt when the file changes under us
 * (PRAGMA data_version moves when another connection writes) or when this connection's writes
 * mark it stale.
 */

export interface VariantMeta {
  articleId: string;
  lang: ContentLanguage;
  type: ArticleType;
  popularity: number;
  updatedMs: number;
}

export interface EngineState {
  dataVersion: number;
  variants: Map<number, VariantMeta>;
  /** Article → its category ids, in category order. */
  categories: Map<string, string[]>;
  categoryNames: Map<string, CategoryNames>;
  typos: Map<ContentLanguage, TypoIndex>;
  /** Per language: a synonym's folded words joined by spaces → the other synonyms of its sets, as words. */
  synonyms: Map<ContentLanguage, Map<string, string[][]>>;
}

/** Longest synonym, in words, that a query is checked for. */
export const MAX_SYNONYM_WORDS = 3;

const states = new WeakMap<Replica, EngineState>();

const VARIANTS = `
  SELECT v.variant_id, v.article_id, v.lang, a.type, a.popularity, v.updated_at
  FROM article_variant v JOIN article a ON a.id = v.article_id`;
const CATEGORIES = `
  SELECT ac.article_id, ac.category_id FROM article_category ac
  JOIN category c ON c.id = ac.category_id ORDER BY c.position, c.id`;
const CATEGORY_NAMES = `SELECT id, names FROM category`;
const DATA_VERSION = `PRAGMA data_version`;
const VOCABULARY = `SELECT term FROM search_term WHERE lang = ?`;
const SYNONYM_SETS = `SELECT lang, terms FROM synonym_set`;

/**
 * Typo indexes kept across this connection's own writes. Building one costs ~1 s per language at
 * 20,000 articles, so after a synced change they are carried into the reloaded state and told
 * about new words (`noteNewTerm`) instead of being rebuilt by the agent's next typo. A word that
 * disappears stays in them: a correction to it finds nothing and costs nothing.
 */
const carried = new WeakMap<Replica, { dataVersion: number; typos: EngineState['typos'] }>();

/** Called by every write path of this connection (articles, synonyms) so the next search reloads. */
export function invalidateEngineState(replica: Replica): void {
  const old = states.get(replica);
  if (old) carried.set(replica, { dataVersion: old.dataVersion, typos: old.typos });
  states.delete(replica);
}

/** A word entered the vocabulary of `lang` (written by this connection). */
export function noteNewTerm(replica: Replica, lang: ContentLanguage, term: string): void {
  const typos = states.get(replica)?.typos ?? carried.get(replica)?.typos;
  typos?.get(lang)?.add(term);
}

export function engineState(replica: Replica): EngineState {
  const version = replica.statement<[], [number]>(DATA_VERSION).raw().get()?.[0] ?? 0;
  const cached = states.get(replica);
  if (cached && cached.dataVersion === version) return cached;
  // Another connection's writes (data_version moved) may have added words we were not told of.
  const carry = carried.get(replica);
  carried.delete(replica);
  const typos = carry && carry.dataVersion === version ? carry.typos : new Map();
  const state = loadState(replica, version, typos);
  states.set(replica, state);
  return state;
}

function loadState(
  replica: Replica,
  dataVersion: number,
  typos: EngineState['typos'],
): EngineState {
  const variants = new Map<number, VariantMeta>();
  for (const [rowid, articleId, lang, type, popularity, updated] of replica
    .statement<[], [number, string, ContentLanguage, ArticleType, number, string]>(VARIANTS)
    .raw()
    .all()) {
    variants.set(rowid, { articleId, lang, type, popularity, updatedMs: Date.parse(updated) || 0 });
  }
  const categories = new Map<string, string[]>();
  for (const [articleId, categoryId] of replica
    .statement<[], [string, string]>(CATEGORIES)
    .raw()
    .all()) {
    const list = categories.get(articleId);
    if (list) list.push(categoryId);
    else categories.set(articleId, [categoryId]);
  }
  const categoryNames = new Map<string, CategoryNames>();
  for (const [id, names] of replica.statement<[], [string, string]>(CATEGORY_NAMES).raw().all()) {
    categoryNames.set(id, parseNames(names));
  }
  return {
    dataVersion,
    variants,
    categories,
    categoryNames,
    typos,
    synonyms: loadSynonyms(replica),
  };
}

/** The typo index of a language, built on first use (~0.5 s for a 50,000-word vocabulary). */
export function typoIndex(replica: Replica, state: EngineState, lang: ContentLanguage): TypoIndex {
  let index = state.typos.get(lang);
  if (!index) {
    index = new TypoIndex();
    for (const [term] of replica.statement<[string], [string]>(VOCABULARY).raw().all(lang)) {
      if (isPrefixable(term)) index.add(term);
    }
    state.typos.set(lang, index);
  }
  return index;
}

function loadSynonyms(replica: Replica): Map<ContentLanguage, Map<string, string[][]>> {
  const out = new Map<ContentLanguage, Map<string, string[][]>>();
  for (const [lang, json] of replica
    .statement<[], [ContentLanguage, string]>(SYNONYM_SETS)
    .raw()
    .all()) {
    let byTerm = out.get(lang);
    if (!byTerm) out.set(lang, (byTerm = new Map()));
    const terms = (JSON.parse(json) as unknown[]).filter((t): t is string => typeof t === 'string');
    // Each synonym as its folded words; a one-word synonym is keyed by its word.
    const phrases = terms
      .map((t) => analyzeQuery(t, { typing: false }).map((u) => u.term))
      .filter((p) => p.length > 0);
    for (const phrase of phrases) {
      if (phrase.length > MAX_SYNONYM_WORDS) continue;
      const key = phrase.join(' ');
      const others = phrases.filter((p) => p !== phrase);
      byTerm.set(key, [...(byTerm.get(key) ?? []), ...others]);
    }
  }
  return out;
}

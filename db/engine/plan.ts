import type { ContentLanguage } from '../../shared/languages';
import type { QueryUnit } from '../../shared/text/analyze';
import { stemCandidates } from '../../shared/text/stem';
import type { Replica } from '../connection';
import { PREFIX_LENGTHS, isPrefixable } from './impact';
import { POSTINGS_K, decodePostings, type Posting } from './postings';
import { MAX_SYNONYM_WORDS, typoIndex, type EngineState } from './state';

/*
 * A query becomes groups, one per thing the user typed; a group matches a variant when any of
 * its alternatives does: the word itself, its other forms (stem class), the words it is a prefix
 * of while typing, its synonyms, and — only when the word is unknown — its typo corrections.
 * Weights (measured on ../shared/eval-data, docs/search.md) make the exact word win.
 */
const WEIGHT = {
  exact: 1,
  stem: 0.85,
  prefix: 0.9,
  synonym: 0.8,
  typo1: 0.7,
  typo2: 0.55,
} as const;
/** Longer prefixes have few expansions; they are looked up in the vocabulary, at most this many. */
const MAX_PREFIX_EXPANSIONS = 12;
const MAX_STEM_VARIANTS = 12;
const MAX_CORRECTIONS = 3;
/** Longer "words" are pasted identifiers or noise: matched exactly, never stemmed or corrected. */
const MAX_WORD_CHARS = 40;

export interface Alternative {
  term: string;
  weight: number;
  df: number;
  postings: Posting[];
  /** The list holds every variant with the term (df ≤ K); otherwise it is the best K only. */
  complete: boolean;
  /** Matched as a prefix ("pass" → password), for FTS5 checks and highlights. */
  prefix: boolean;
}

export interface Group {
  unit: QueryUnit;
  alternatives: Alternative[];
  /** Counts toward how much of the query a variant covers (not Chinese segmenter words or synonyms). */
  required: boolean;
  /** For a synonym group: the groups (by index) whose words it stands for. */
  covers?: number[];
}

const TERM = `SELECT df, postings FROM search_term WHERE lang = ? AND term = ?`;
// Stems and prefix expansions come with their lists in one statement: every separate lookup of a
// rare word touches its own cold pages (measured: ~0.3 ms of a rare-word search at 100k).
const STEMS = `
  SELECT t.term, t.df, t.postings FROM search_stem s
  JOIN search_term t ON t.lang = s.lang AND t.term = s.term
  WHERE s.lang = ? AND s.stem = ? LIMIT ${MAX_STEM_VARIANTS}`;
const ALL_OF = `SELECT rowid FROM article_fts WHERE article_fts MATCH ? LIMIT ${POSTINGS_K}`;
/** Impact given to a synonym phrase's matches: about a single body mention's (impacts run 0–2.2). */
const PHRASE_IMPACT = 1;
const PREFIXED = `
  SELECT term, df, postings FROM search_term WHERE lang = ? AND term > ? AND term < ?
  ORDER BY term LIMIT ${MAX_PREFIX_EXPANSIONS * 2}`;

interface TermRow {
  term: string;
  df: number;
  postings: Buffer;
}

export class Planner {
  private readonly seen = new Map<string, Alternative | null>();

  constructor(
    private readonly replica: Replica,
    private readonly state: EngineState,
    private readonly lang: ContentLanguage,
  ) {}

  /** Whether this language's index has the word (or, while typing, a word it starts). */
  knows(unit: QueryUnit): boolean {
    if (this.lookup(unit.term, 1, false)) return true;
    return unit.prefix && this.prefixAlternatives(unit.term).length > 0;
  }

  /** `unknown`: words no searched language knows; only those get typo corrections. */
  groups(units: readonly QueryUnit[], unknown: ReadonlySet<string>): Group[] {
    const groups = units.map((unit) => this.group(unit, unknown.has(unit.term)));
    this.addSynonyms(units, groups);
    return groups;
  }

  /** Corrections for "did you mean": the unknown words of a query that found nothing. */
  corrections(units: readonly QueryUnit[]): Map<string, string> {
    const out = new Map<string, string>();
    for (const u of units) {
      if (u.han || !isPrefixable(u.term) || this.lookup(u.term, 1, false)) continue;
      const best = this.typoAlternatives(u.term)[0];
      if (best) out.set(u.term, best.term);
    }
    return out;
  }

  private group(unit: QueryUnit, correct: boolean): Group {
    const alternatives: Alternative[] = [];
    const add = (a: Alternative | null): void => {
      if (a && !alternatives.some((x) => x.term === a.term && x.prefix === a.prefix))
        alternatives.push(a);
    };
    add(this.lookup(unit.term, WEIGHT.exact * unit.weight, false));
    if (!unit.han && isPrefixable(unit.term) && unit.term.length <= MAX_WORD_CHARS) {
      for (const stem of stemCandidates(unit.term, this.lang)) {
        for (const row of this.replica
          .statement<[string, string], TermRow>(STEMS)
          .all(this.lang, stem)) {
          if (row.term !== unit.term) add(this.lookup(row.term, WEIGHT.stem, false, row));
        }
      }
    }
    if (unit.prefix && !unit.han) for (const a of this.prefixAlternatives(unit.term)) add(a);
    if (correct && !unit.han && !alternatives.some((a) => a.term === unit.term || a.prefix)) {
      for (const a of this.typoAlternatives(unit.term)) add(a);
    }
    return { unit, alternatives, required: !unit.optional };
  }

  private prefixAlternatives(prefix: string): Alternative[] {
    const n = [...prefix].length;
    if (n < PREFIX_LENGTHS[0]) return [];
    if (n <= (PREFIX_LENGTHS.at(-1) ?? 0)) {
      const a = this.lookup(`${prefix}*`, WEIGHT.prefix, true);
      return a ? [{ ...a, term: prefix }] : [];
    }
    return this.replica
      .statement<[string, string, string], TermRow>(PREFIXED)
      .all(this.lang, prefix, `${prefix}\uffff`)
      .filter((r) => !r.term.endsWith('*'))
      .sort((a, b) => b.df - a.df)
      .slice(0, MAX_PREFIX_EXPANSIONS)
      .map((r) => this.lookup(r.term, WEIGHT.prefix, false, r))
      .filter((a): a is Alternative => a !== null);
  }

  private typoAlternatives(word: string): Alternative[] {
    // Numbers are never typos of each other (a card ending 1200 is not one ending 1001).
    if (!isPrefixable(word) || /\d/.test(word) || word.length > MAX_WORD_CHARS) return [];
    return typoIndex(this.replica, this.state, this.lang)
      .corrections(word)
      .map((c) => this.lookup(c.term, c.distance === 1 ? WEIGHT.typo1 : WEIGHT.typo2, false))
      .filter((a): a is Alternative => a !== null)
      .sort((a, b) => b.weight - a.weight || b.df - a.df)
      .slice(0, MAX_CORRECTIONS);
  }

  /**
   * Synonym sets matched by one to three consecutive words add one group with their other
   * members; a variant matching it covers those words (a caller's "card eaten" is answered by an
   * article about a "retained" card). A member of several words must have them all (FTS5 AND).
   */
  private addSynonyms(units: readonly QueryUnit[], groups: Group[]): void {
    const byPhrase = this.state.synonyms.get(this.lang);
    if (!byPhrase) return;
    for (let i = 0; i < units.length; i++) {
      for (let n = 1; n <= MAX_SYNONYM_WORDS && i + n <= units.length; n++) {
        const span = units.slice(i, i + n);
        const others = byPhrase.get(span.map((u) => u.term).join(' ')) ?? [];
        const alternatives = others
          .map((words) =>
            words.length === 1
              ? this.lookup(words[0] ?? '', WEIGHT.synonym, false)
              : this.allOf(words, WEIGHT.synonym),
          )
          .filter((a): a is Alternative => a !== null);
        if (alternatives.length === 0) continue;
        const unit = {
          term: span.map((u) => u.term).join(' '),
          han: false,
          prefix: false,
          optional: true,
          weight: 1,
        };
        groups.push({ unit, alternatives, required: false, covers: span.map((_, k) => i + k) });
      }
    }
  }

  /** Variants with every one of `words`, from FTS5 (no per-word impact: each counts as a typical match). */
  private allOf(words: readonly string[], weight: number): Alternative | null {
    const match = words.map((w) => `"${w}"`).join(' AND ');
    const rows = this.replica.statement<[string], { rowid: number }>(ALL_OF).all(match);
    if (rows.length === 0) return null;
    return {
      term: words.join(' '),
      weight,
      df: rows.length,
      postings: rows.map((r) => ({ rowid: r.rowid, impact: PHRASE_IMPACT })),
      complete: rows.length < POSTINGS_K,
      prefix: false,
    };
  }

  private lookup(
    term: string,
    weight: number,
    prefix: boolean,
    known?: TermRow,
  ): Alternative | null {
    const key = `${prefix ? '*' : ''}${term}`;
    let base = this.seen.get(key);
    if (base === undefined) {
      const row =
        known ??
        this.replica
          .statement<[string, string], { df: number; postings: Buffer }>(TERM)
          .get(this.lang, term);
      base = row
        ? {
            term,
            weight: 1,
            df: row.df,
            postings: decodePostings(row.postings),
            complete: false,
            prefix,
          }
        : null;
      if (base) base.complete = base.postings.length >= base.df;
      this.seen.set(key, base);
    }
    return base ? { ...base, weight } : null;
  }
}

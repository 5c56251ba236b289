import { MAX_QUERY_CHARS } from '../search';
import { hanChars, tokenize, type Token } from './tokenize';

/*
 * How text becomes index terms. Latin-script words are indexed as folded words. Chinese is
 * indexed two ways at once: single characters (a 1-character query) and every bigram of a run
 * (a 2-character word matches whatever the surrounding text is). Queries use the segmenter to
 * tell a bigram inside a word (密码 in 密码重置) from one straddling two (码重).
 */

export interface FieldTerms {
  /** Term → occurrences in the field. */
  tf: Map<string, number>;
  /** Field length in words (Latin words plus Han characters), for length normalisation. */
  length: number;
}

/** Runs of adjacent Han tokens: the segmenter's words glued back into the run they came from. */
export function hanRuns(
  tokens: readonly Token[],
): { text: string; words: Token[]; start: number; end: number }[] {
  const runs: { text: string; words: Token[]; start: number; end: number }[] = [];
  for (const t of tokens) {
    if (!t.han) continue;
    const last = runs[runs.length - 1];
    if (last && last.end === t.start) {
      last.text += t.term;
      last.words.push(t);
      last.end = t.end;
    } else runs.push({ text: t.term, words: [t], start: t.start, end: t.end });
  }
  return runs;
}

export function bigrams(chars: readonly string[]): string[] {
  return chars.slice(1).map((c, i) => chars[i] + c);
}

export interface FieldAnalysis extends FieldTerms {
  /** Every term in order, with repeats: what the FTS5 column holds. */
  terms: string[];
}

/**
 * A field as the index sees it. Chinese is indexed by characters and bigrams only: the
 * segmenter's longer words added nothing measurable on the eval sets and cost ~1 ms per article
 * (Intl.Segmenter is the slow part of indexing), so the index never segments.
 */
export function analyzeField(text: string): FieldAnalysis {
  const tokens = tokenize(text, { segment: false });
  const terms: string[] = [];
  for (const t of tokens) if (!t.han) terms.push(t.term);
  let length = terms.length;
  for (const t of tokens) {
    if (!t.han) continue;
    const chars = hanChars(t.term);
    terms.push(...chars, ...bigrams(chars));
    length += chars.length;
  }
  const tf = new Map<string, number>();
  for (const term of terms) tf.set(term, (tf.get(term) ?? 0) + 1);
  return { tf, length, terms };
}

/** The FTS5 column text of a field. */
export function indexTerms(text: string): string[] {
  return analyzeField(text).terms;
}

/** One unit of a query: a Latin word, or one Chinese unit (a bigram, a lone character or a 3+ character word). */
export interface QueryUnit {
  term: string;
  han: boolean;
  /** The last word, still being typed: it also matches as a prefix. */
  prefix: boolean;
  /** Adds score but does not count toward covering the query (see `weight`). */
  optional: boolean;
  /**
   * How much the unit says about the query: 1 for words and for Chinese bigrams inside a
   * segmenter word; less for bigrams that straddle two words (的信 in 我的信用卡) and for
   * 1-character words, which are mostly particles.
   */
  weight: number;
}

const STRADDLING_BIGRAM_WEIGHT = 0.6;
const HAN_CHAR_WORD_WEIGHT = 0.3;

/** Beyond this a query only gets slower, not better (a long Chinese question has ~30 bigrams). */
export const MAX_QUERY_UNITS = 32;

/**
 * The units of what a user typed. Everything that is not a letter or digit is dropped here, so
 * FTS5 syntax, quotes, emoji and control characters never reach an index.
 */
export function analyzeQuery(text: string, options: { typing: boolean }): QueryUnit[] {
  const input = text.slice(0, MAX_QUERY_CHARS);
  const tokens = tokenize(input);
  const units: QueryUnit[] = [];
  const seen = new Set<string>();
  const push = (u: QueryUnit): void => {
    if (seen.has(u.term) || units.length >= MAX_QUERY_UNITS) return;
    seen.add(u.term);
    units.push(u);
  };
  const runs = hanRuns(tokens);
  let runIndex = 0;
  for (const t of tokens) {
    if (!t.han) {
      push({ term: t.term, han: false, prefix: false, optional: false, weight: 1 });
      continue;
    }
    const run = runs[runIndex];
    if (!run || t !== run.words[0]) continue;
    runIndex++;
    const chars = hanChars(run.text);
    if (chars.length === 1) {
      push({ term: run.text, han: true, prefix: false, optional: false, weight: 1 });
      continue;
    }
    // Which segmenter word each character belongs to, to tell inner bigrams from straddling ones.
    const wordOf: number[] = [];
    run.words.forEach((w, i) => hanChars(w.term).forEach(() => wordOf.push(i)));
    bigrams(chars).forEach((b, i) => {
      const inner = wordOf[i] === wordOf[i + 1];
      const weight = inner ? 1 : STRADDLING_BIGRAM_WEIGHT;
      push({ term: b, han: true, prefix: false, optional: false, weight });
    });
    for (const w of run.words) {
      if (hanChars(w.term).length === 1) {
        push({
          term: w.term,
          han: true,
          prefix: false,
          optional: true,
          weight: HAN_CHAR_WORD_WEIGHT,
        });
      }
    }
  }
  // While typing, the last Latin word is probably unfinished ("passw" → password).
  const last = tokens[tokens.length - 1];
  const lastUnit = units[units.length - 1];
  if (
    options.typing &&
    last &&
    !last.han &&
    last.end === input.length &&
    lastUnit?.term === last.term
  ) {
    lastUnit.prefix = true;
  }
  return units;
}

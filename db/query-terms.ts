import { MAX_QUERY_CHARS } from '../shared/search';
import { hanQueryTerms, isHan, normaliseText } from './index-text';

/** More words than a caller's sentence has; beyond this a query only gets slower, not better. */
export const MAX_QUERY_TERMS = 16;

const WORD = /[\p{L}\p{N}]+/gu;
const HAN_SPLIT = /(\p{Script=Han}+)/u;
const ENDS_IN_WORD = /[\p{L}\p{N}]$/u;

export interface QueryTerms {
  /** Normalised terms, each made only of letters and digits, in the order typed, without repeats. */
  terms: string[];
  /** The last term is still being typed, so it matches as a prefix. */
  prefixLast: boolean;
}

/**
 * The words of what the user typed. Everything that is not a letter or digit is dropped, so
 * FTS5 syntax, quotes, emoji and control characters never reach the MATCH expression.
 */
export function parseQueryTerms(text: string): QueryTerms {
  const normalised = normaliseText(text.slice(0, MAX_QUERY_CHARS));
  const all: string[] = [];
  for (const word of normalised.match(WORD) ?? []) {
    for (const part of word.split(HAN_SPLIT)) {
      if (part === '') continue;
      if (isHan(part)) all.push(...hanQueryTerms(part));
      else all.push(part);
    }
  }
  const terms = [...new Set(all)].slice(0, MAX_QUERY_TERMS);
  const last = all[all.length - 1];
  const prefixLast =
    terms.length > 0 && ENDS_IN_WORD.test(normalised) && terms[terms.length - 1] === last;
  return { terms, prefixLast };
}

/** The FTS5 MATCH expression: every term quoted as a string, ANDed, the last one a prefix. */
export function toFtsMatch({ terms, prefixLast }: QueryTerms): string | null {
  if (terms.length === 0) return null;
  const quoted = terms.map((t) => `"${t}"`);
  if (prefixLast) quoted[quoted.length - 1] += '*';
  return quoted.join(' AND ');
}

import type { ContentLanguage } from '../../../../../shared/languages';
import { slugify } from '../categories/category-tree';

/*
 * The rules of a synonym set (R3), the same the server applies (server/knowledge/schemas.ts
 * synonymSetBody: 2–100 terms, each 1–200 characters after trimming), plus no term twice: the
 * server would silently drop a repeat, so the author is told instead.
 */

export const MIN_TERMS = 2;
export const MAX_TERMS = 100;
export const MAX_TERM_LENGTH = 200;

export type TermProblem =
  | { code: 'too-few' }
  | { code: 'too-many' }
  | { code: 'too-long'; term: string }
  | { code: 'duplicate'; term: string };

/** Terms compare without case and surrounding spaces: "PIN" and "pin " are the same word to search. */
export const termKey = (term: string) => term.trim().toLocaleLowerCase();

export function termProblems(terms: readonly string[]): TermProblem[] {
  const kept = terms.map((t) => t.trim()).filter((t) => t !== '');
  const problems: TermProblem[] = [];
  if (kept.length < MIN_TERMS) problems.push({ code: 'too-few' });
  if (kept.length > MAX_TERMS) problems.push({ code: 'too-many' });
  const seen = new Set<string>();
  for (const term of kept) {
    if (term.length > MAX_TERM_LENGTH) problems.push({ code: 'too-long', term });
    const key = termKey(term);
    if (seen.has(key)) problems.push({ code: 'duplicate', term });
    seen.add(key);
  }
  return problems;
}

/**
 * What typing into the chip input adds: Enter or a comma ends a term, so pasting
 * "card eaten, card swallowed" adds two. Empty pieces and terms already there are skipped.
 */
export function addTerms(terms: readonly string[], typed: string): string[] {
  const next = [...terms];
  for (const piece of typed.split(/[,，、\n]/)) {
    const term = piece.trim().replace(/\s+/g, ' ');
    if (term && !next.some((t) => termKey(t) === termKey(term))) next.push(term);
  }
  return next;
}

/** `syn-hu-kartya-letiltas` from the first term; a number is added where the id is taken. */
export function synonymSetId(
  lang: ContentLanguage,
  firstTerm: string,
  taken: ReadonlySet<string>,
): string {
  const slug = slugify(firstTerm) || Date.now().toString(36);
  const base = `syn-${lang}-${slug}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** Sets whose terms contain `text` (any case), in the chosen language ('all': every language). */
export function matchesFilter(
  set: { lang: ContentLanguage; terms: readonly string[] },
  lang: ContentLanguage | 'all',
  text: string,
): boolean {
  if (lang !== 'all' && set.lang !== lang) return false;
  const needle = text.trim().toLocaleLowerCase();
  return needle === '' || set.terms.some((t) => t.toLocaleLowerCase().includes(needle));
}

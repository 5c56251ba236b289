import type { TextRun } from '../shared/article';
import { isHan, normaliseText } from './index-text';
import type { QueryTerms } from './query-terms';

/*
 * Highlights are computed from the original text, as the index would have matched it:
 * a non-Han word matches when its normalised form is a query term (or starts with the term
 * being typed); inside a run of Han characters every occurrence of a Han term matches.
 */

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const SCRIPT_PIECE = /\p{Script=Han}+|[^\p{Script=Han}]+/gu;

export const SNIPPET_CHARS = 160;
/** How much text to show before the first match, so it reads as a sentence, not a cut-off word. */
const SNIPPET_LEAD = 50;
/** How far to look for a space to cut at before cutting inside a word. */
const CUT_SLACK = 20;
const ELLIPSIS = '…';

/** For each UTF-16 unit of `text`, whether it is part of a match. */
export function matchMask(text: string, query: QueryTerms): boolean[] {
  const mask = new Array<boolean>(text.length).fill(false);
  if (query.terms.length === 0) return mask;
  const words = new Set(query.terms);
  const prefix = query.prefixLast ? query.terms[query.terms.length - 1] : undefined;
  const hanTerms = query.terms.filter(isHan).map((t) => Array.from(t));

  for (const word of text.matchAll(WORD)) {
    for (const piece of word[0].matchAll(SCRIPT_PIECE)) {
      const start = word.index + piece.index;
      if (isHan(piece[0])) {
        markHan(mask, piece[0], start, hanTerms);
      } else {
        const n = normaliseText(piece[0]);
        if (words.has(n) || (prefix !== undefined && n.startsWith(prefix))) {
          mask.fill(true, start, start + piece[0].length);
        }
      }
    }
  }
  return mask;
}

function markHan(mask: boolean[], run: string, start: number, terms: string[][]): void {
  const chars = Array.from(run);
  const norm = chars.map(normaliseText);
  const offsets: number[] = [];
  let at = start;
  for (const c of chars) {
    offsets.push(at);
    at += c.length;
  }
  offsets.push(at);
  for (const term of terms) {
    for (let i = 0; i + term.length <= chars.length; i++) {
      if (term.every((c, k) => norm[i + k] === c)) {
        mask.fill(true, offsets[i], offsets[i + term.length]);
      }
    }
  }
}

/** `text[start, end)` as runs, adjacent units with the same flag merged. */
export function toRuns(
  text: string,
  mask: readonly boolean[],
  start = 0,
  end = text.length,
): TextRun[] {
  const runs: TextRun[] = [];
  for (let i = start; i < end; i++) {
    const match = mask[i] === true;
    const last = runs[runs.length - 1];
    if (last && last.match === match) last.text += text[i];
    else runs.push({ text: text[i] ?? '', match });
  }
  return runs;
}

export function highlight(text: string, query: QueryTerms): TextRun[] {
  return toRuns(text, matchMask(text, query));
}

/**
 * About SNIPPET_CHARS of `text` around its first match (or from its start when nothing
 * matches), on one line, with an ellipsis where it was cut.
 */
export function snippet(text: string, query: QueryTerms): TextRun[] {
  const mask = matchMask(text, query);
  const first = mask.indexOf(true);
  let start = first <= SNIPPET_LEAD ? 0 : cutPoint(text, first - SNIPPET_LEAD, +1);
  let end =
    start + SNIPPET_CHARS >= text.length ? text.length : cutPoint(text, start + SNIPPET_CHARS, -1);
  start = surrogateSafe(text, start);
  end = Math.max(start, surrogateSafe(text, end));
  const runs = toRuns(text, mask, start, end).map((r) => ({
    ...r,
    text: r.text.replace(/\s+/g, ' '),
  }));
  if (start > 0) runs.unshift({ text: ELLIPSIS, match: false });
  if (end < text.length) runs.push({ text: ELLIPSIS, match: false });
  return mergeRuns(runs);
}

/** The nearest whitespace to `at` within CUT_SLACK in `direction`, else `at` itself. */
function cutPoint(text: string, at: number, direction: 1 | -1): number {
  for (let d = 0; d <= CUT_SLACK; d++) {
    const i = at + d * direction;
    if (i <= 0 || i >= text.length) break;
    if (/\s/.test(text[i] ?? '')) return direction > 0 ? i + 1 : i;
  }
  return at;
}

/** Never cut between the two halves of a surrogate pair (an emoji, a rare Han character). */
function surrogateSafe(text: string, at: number): number {
  const code = text.charCodeAt(at);
  return code >= 0xdc00 && code <= 0xdfff ? at + 1 : at;
}

function mergeRuns(runs: TextRun[]): TextRun[] {
  const merged: TextRun[] = [];
  for (const run of runs) {
    const last = merged[merged.length - 1];
    if (run.text === '') continue;
    if (last && last.match === run.match) last.text += run.text;
    else merged.push({ ...run });
  }
  return merged;
}

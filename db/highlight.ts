import type { TextRun } from '../shared/article';
import { hanRuns } from '../shared/text/analyze';
import { foldHan } from '../shared/text/fold';
import { tokenize } from '../shared/text/tokenize';

/*
 * Highlights are computed from the original text, as the engine matched it: a Latin-script word
 * matches when its folded form is one of the query's terms (including the stems, synonyms and
 * corrections the engine searched for) or starts with a prefix being typed; inside a run of Han
 * characters every occurrence of a Han query unit matches. Folding keeps Han offsets.
 */

export interface HighlightTerms {
  words: ReadonlySet<string>;
  prefixes: readonly string[];
  han: readonly string[];
}

export const SNIPPET_CHARS = 160;
/** How much text to show before the first match, so it reads as a sentence, not a cut-off word. */
const SNIPPET_LEAD = 50;
/** How far to look for a space to cut at before cutting inside a word. */
const CUT_SLACK = 20;
const ELLIPSIS = '…';

/** For each UTF-16 unit of `text`, whether it is part of a match. */
export function matchMask(text: string, query: HighlightTerms): boolean[] {
  if (!FOLDS.test(text)) return plainMatchMask(text, query);
  const mask = new Array<boolean>(text.length).fill(false);
  const tokens = tokenize(text, { segment: false });
  for (const t of tokens) {
    if (t.han) continue;
    if (query.words.has(t.term) || query.prefixes.some((p) => t.term.startsWith(p))) {
      mask.fill(true, t.start, t.end);
    }
  }
  if (query.han.length === 0) return mask;
  for (const run of hanRuns(tokens)) {
    for (const term of query.han) {
      for (let i = run.text.indexOf(term); i !== -1; i = run.text.indexOf(term, i + 1)) {
        mask.fill(true, run.start + i, run.start + i + term.length);
      }
    }
  }
  return mask;
}

/**
 * matchMask for text whose words fold by lower-casing alone (ASCII, Han, punctuation): found
 * with indexOf and word-boundary checks instead of tokenising, ~10× faster on a title.
 */
function plainMatchMask(text: string, query: HighlightTerms): boolean[] {
  const mask = new Array<boolean>(text.length).fill(false);
  const lower = text.toLowerCase();
  const mark = (term: string, whole: boolean): void => {
    for (let i = lower.indexOf(term); i !== -1; i = lower.indexOf(term, i + 1)) {
      if (i > 0 && WORD_CHAR.test(lower[i - 1] ?? '')) continue;
      let end = i + term.length;
      if (whole && WORD_CHAR.test(lower[end] ?? '')) continue;
      // A prefix marks the whole word it starts, as the tokenised path does.
      while (!whole && end < lower.length && WORD_CHAR.test(lower[end] ?? '')) end++;
      mask.fill(true, i, end);
    }
  };
  for (const w of query.words) mark(w, true);
  for (const p of query.prefixes) mark(p, false);
  if (query.han.length > 0) {
    const folded = foldHan(text);
    for (const h of query.han) {
      for (let i = folded.indexOf(h); i !== -1; i = folded.indexOf(h, i + 1))
        mask.fill(true, i, i + h.length);
    }
  }
  return mask;
}

/** `text[start, end)` as runs, adjacent units with the same flag merged. */
export function toRuns(
  text: string,
  mask: readonly boolean[],
  start = 0,
  end = text.length,
): TextRun[] {
  const runs: TextRun[] = [];
  let from = start;
  for (let i = start + 1; i <= end; i++) {
    if (i < end && (mask[i] === true) === (mask[from] === true)) continue;
    runs.push({ text: text.slice(from, i), match: mask[from] === true });
    from = i;
  }
  return runs;
}

export function highlight(text: string, query: HighlightTerms): TextRun[] {
  return toRuns(text, matchMask(text, query));
}

/**
 * About SNIPPET_CHARS of `text` around its first match (or from its start when nothing
 * matches), on one line, with an ellipsis where it was cut.
 */
export function snippet(text: string, query: HighlightTerms): TextRun[] {
  const first = firstMatch(text, query);
  let start = first <= SNIPPET_LEAD ? 0 : cutPoint(text, first - SNIPPET_LEAD, +1);
  let end =
    start + SNIPPET_CHARS >= text.length ? text.length : cutPoint(text, start + SNIPPET_CHARS, -1);
  start = surrogateSafe(text, start);
  end = Math.max(start, surrogateSafe(text, end));
  // Only the shown window is marked: a body is thousands of characters, a snippet 160.
  const mask = matchMask(text.slice(start, end), query);
  const runs = toRuns(text.slice(start, end), mask).map((r) => ({
    ...r,
    text: r.text.replace(/\s+/g, ' '),
  }));
  if (start > 0) runs.unshift({ text: ELLIPSIS, match: false });
  if (end < text.length) runs.push({ text: ELLIPSIS, match: false });
  return mergeRuns(runs);
}

/**
 * Where the first match starts. Plain text (no letters that fold, such as accents) is searched
 * with indexOf on its lower-cased form: a body is thousands of characters, and tokenising it all
 * cost ~50 µs per result. Other text is tokenised a chunk at a time (chunks overlap).
 */
const CHUNK = 512;
const OVERLAP = 64;
const FOLDS = /[^\t\n\r\x20-\x7e\p{Script=Han}\s\p{P}]/u;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

function firstMatch(text: string, query: HighlightTerms): number {
  if (FOLDS.test(text)) return firstMatchByTokens(text, query);
  const lower = text.toLowerCase();
  let first = -1;
  const consider = (at: number): void => {
    if (at !== -1 && (first === -1 || at < first)) first = at;
  };
  const wordAt = (term: string, whole: boolean): number => {
    for (let i = lower.indexOf(term); i !== -1; i = lower.indexOf(term, i + 1)) {
      if (i > 0 && WORD_CHAR.test(lower[i - 1] ?? '')) continue;
      if (whole && WORD_CHAR.test(lower[i + term.length] ?? '')) continue;
      return i;
    }
    return -1;
  };
  for (const w of query.words) consider(wordAt(w, true));
  for (const p of query.prefixes) consider(wordAt(p, false));
  if (query.han.length > 0) {
    const folded = foldHan(text);
    for (const h of query.han) consider(folded.indexOf(h));
  }
  return first;
}

function firstMatchByTokens(text: string, query: HighlightTerms): number {
  for (let at = 0; at < text.length; at += CHUNK - OVERLAP) {
    const from = at === 0 ? 0 : cutPoint(text, at, -1);
    const to = at + CHUNK >= text.length ? text.length : cutPoint(text, at + CHUNK, +1);
    const i = matchMask(text.slice(from, to), query).indexOf(true);
    if (i !== -1) return from + i;
    if (to >= text.length) break;
  }
  return -1;
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

import { foldHan, foldWord } from './fold';

/** A word of the original text: where it is, and its folded form for matching. */
export interface Token {
  /** Folded form (lower case, no diacritics, Simplified Chinese). */
  term: string;
  /** UTF-16 offsets into the original text. */
  start: number;
  end: number;
  /** Chinese (Han) text; matched by characters and bigrams, never by prefix or typo. */
  han: boolean;
}

// Letters, digits and combining marks make words; Han runs are cut out and segmented separately.
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const HAN_RUN = /\p{Script=Han}+/gu;
const HAN = /\p{Script=Han}/u;

let segmenter: Intl.Segmenter | undefined;

/** Chinese words of a Han run, by the platform's dictionary (no dependency, ICU's segmenter). */
function hanWords(run: string): { word: string; index: number }[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const out: { word: string; index: number }[] = [];
  for (const s of segmenter.segment(run))
    if (s.isWordLike !== false) out.push({ word: s.segment, index: s.index });
  return out;
}

/**
 * Splits text into tokens. Han runs become their segmented words (each flagged `han`), or with
 * `segment: false` stay whole runs — enough for highlighting, and Intl.Segmenter is the slow part.
 */
export function tokenize(text: string, options: { segment: boolean } = { segment: true }): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    const base = m.index;
    if (!HAN.test(word)) {
      const term = foldWord(word);
      if (term) tokens.push({ term, start: base, end: base + word.length, han: false });
      continue;
    }
    // Mixed words like "SIM卡" split at script boundaries.
    let last = 0;
    for (const run of word.matchAll(HAN_RUN)) {
      if (run.index > last) pushLatin(tokens, word.slice(last, run.index), base + last);
      const folded = foldHan(run[0]);
      const words = options.segment ? hanWords(folded) : [{ word: folded, index: 0 }];
      for (const w of words) {
        const start = base + run.index + w.index;
        tokens.push({ term: w.word, start, end: start + w.word.length, han: true });
      }
      last = run.index + run[0].length;
    }
    if (last < word.length) pushLatin(tokens, word.slice(last), base + last);
  }
  return tokens;
}

function pushLatin(tokens: Token[], piece: string, start: number): void {
  const term = foldWord(piece);
  if (term) tokens.push({ term, start, end: start + piece.length, han: false });
}

/** The characters of a Han term (code points, so astral characters stay whole). */
export function hanChars(term: string): string[] {
  return Array.from(term);
}

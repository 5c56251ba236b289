import { T2S_PAIRS } from './t2s-data';

/*
 * Folding makes text comparable for matching; it is never shown. Every fold here keeps a Han
 * character's UTF-16 length, so offsets into folded Han text are offsets into the original.
 */

let t2s: Uint16Array | undefined;

/** Traditional → Simplified by UTF-16 code unit (every pair is one BMP character each; 0 = unchanged). */
function t2sTable(): Uint16Array {
  if (!t2s) {
    t2s = new Uint16Array(0x10000);
    for (let i = 0; i + 1 < T2S_PAIRS.length; i += 2) {
      t2s[T2S_PAIRS.charCodeAt(i)] = T2S_PAIRS.charCodeAt(i + 1);
    }
  }
  return t2s;
}

/** Letters that carry no combining mark to strip but that people type without (straße → strasse). */
const LATIN_SPECIALS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  ı: 'i',
  þ: 'th',
};
const SPECIALS = /[ßæœøđðłıþ]/g;
const MARKS = /\p{Mn}+/gu;

/** Traditional → Simplified, character by character (密碼 → 密码); other characters unchanged. */
export function foldHan(text: string): string {
  const table = t2sTable();
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const to = table[text.charCodeAt(i)] ?? 0;
    if (to === 0) continue;
    out += text.slice(from, i) + String.fromCharCode(to);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * One word as the index and the query see it: NFKC (full-width and compatibility forms), lower
 * case, diacritics removed (jelszó → jelszo, Ő → o, ł → l), Traditional Chinese → Simplified.
 */
export function foldWord(word: string): string {
  // Text is Zipf-distributed: a small memo of folded words saves most of the Unicode work
  // (highlighting folds every word of a shown snippet).
  const known = memo.get(word);
  if (known !== undefined) return known;
  const folded = foldUncached(word);
  if (memo.size >= MEMO_SIZE) memo.clear();
  memo.set(word, folded);
  return folded;
}

const MEMO_SIZE = 50_000;
const memo = new Map<string, string>();

function foldUncached(word: string): string {
  const lowered = word.normalize('NFKC').toLowerCase();
  // Fast path: plain ASCII needs nothing else (most English and Indonesian words).
  if (!/[^\x20-\x7e]/.test(lowered)) return lowered;
  return foldHan(
    lowered
      .normalize('NFD')
      .replace(MARKS, '')
      .replace(SPECIALS, (c) => LATIN_SPECIALS[c] ?? c)
      .normalize('NFC'),
  );
}

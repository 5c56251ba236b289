/*
 * Text as the index and the query see it. Issue 3 replaces normaliseText with the shared/
 * normaliser (NFKC, Traditional→Simplified, Intl.Segmenter words); everything else in db/
 * reaches normalisation only through the functions below.
 */

const MARKS = /\p{M}+/gu;
const HAN_RUN = /\p{Script=Han}+/gu;
const HAN = /\p{Script=Han}/u;

/** Lower case, compatibility forms unfolded, diacritics removed (jelszó → jelszo, Ő → o). */
export function normaliseText(text: string): string {
  return text.normalize('NFKD').replace(MARKS, '').toLowerCase().normalize('NFC');
}

export function isHan(text: string): boolean {
  return HAN.test(text);
}

/**
 * Terms for one run of Han characters. unicode61 keeps a whole run as one token, so a
 * 2-character word inside a sentence would never match; single characters plus bigrams
 * make any 1- or 2-character word findable (重置密码 → 重 置 密 码 重置 置密 密码).
 */
export function hanIndexTerms(run: string): string[] {
  const chars = Array.from(run);
  const bigrams = chars.slice(1).map((c, i) => chars[i] + c);
  return [...chars, ...bigrams];
}

/** The query side of hanIndexTerms: bigrams imply their characters, so only a lone character stands alone. */
export function hanQueryTerms(run: string): string[] {
  const chars = Array.from(run);
  if (chars.length < 2) return chars;
  return chars.slice(1).map((c, i) => chars[i] + c);
}

/** What goes into an FTS column for `text`: normalised, with Han runs spelled out as terms. */
export function indexText(text: string): string {
  return normaliseText(text).replace(HAN_RUN, (run) => ` ${hanIndexTerms(run).join(' ')} `);
}

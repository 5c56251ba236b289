import { foldWord } from '../../shared/text/fold';
import { htmlToPlainText } from '../../shared/text/html-text';
import type { LocalizedText } from '../../shared/sync/records';

/*
 * Finding notices by words (issue 8 item 5). Notices are few, so this scans instead of indexing:
 * every word of the query must occur in the folded title + body text of some language the agent
 * reads. Folding is the search index's (accents, case, Traditional → Simplified), and matching is
 * by substring, which is also right for Chinese, written without spaces.
 */

const SPACE = /\s+/u;

/** Folded text; words are folded one by one (foldWord memoises words, not paragraphs). */
export function foldText(text: string): string {
  return text
    .split(SPACE)
    .filter((w) => w.length > 0)
    .map(foldWord)
    .join(' ');
}

export function queryWords(text: string): string[] {
  return foldText(text)
    .split(' ')
    .filter((w) => w.length > 0);
}

/** The searchable text of a notice in each of `langs` it has, folded. */
export function noticeHaystacks(
  title: LocalizedText,
  body: LocalizedText,
  langs: readonly string[],
): string[] {
  return langs.flatMap((lang) => {
    const t = title[lang as keyof LocalizedText] ?? '';
    const b = body[lang as keyof LocalizedText] ?? '';
    if (!t && !b) return [];
    return [foldText(`${t} ${htmlToPlainText(b)}`)];
  });
}

export function matchesWords(haystacks: readonly string[], words: readonly string[]): boolean {
  if (words.length === 0) return true;
  return haystacks.some((h) => words.every((w) => h.includes(w)));
}

import type { ContentLanguage } from './languages';
import type { LocalizedText } from './sync/records';

/** The text in the first of `langs` it has, else in any language, else empty. */
export function pickText(text: LocalizedText, langs: readonly ContentLanguage[]): string {
  for (const l of langs) {
    const t = text[l];
    if (t) return t;
  }
  return Object.values(text).find((t) => t) ?? '';
}

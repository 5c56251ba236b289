import { UI_LANGUAGES, type UiLanguage } from '../../../shared/languages';

/**
 * The UI language that best fits the browser's languages, for the moment before settings load
 * (and for a startup error). Settings decide from then on.
 */
export function pickUiLanguage(preferred: readonly string[]): UiLanguage {
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    const exact = UI_LANGUAGES.find((l) => l.toLowerCase() === lower);
    if (exact) return exact;
    if (/^zh-(tw|hk|mo)|^zh-hant/.test(lower)) return 'zh-TW';
    if (lower.startsWith('zh')) return 'zh-CN';
    const primary = lower.split('-')[0];
    const byPrimary = UI_LANGUAGES.find((l) => l === primary);
    if (byPrimary) return byPrimary;
  }
  return 'en';
}

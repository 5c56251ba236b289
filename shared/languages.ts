/** Languages the agent UI is translated into (R10). The same codes name `renderer/locales/<code>.json`. */
export const UI_LANGUAGES = ['en', 'zh-CN', 'zh-TW', 'hu', 'id'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/**
 * Languages knowledge is written in. Chinese content is tagged by script, not region:
 * a Traditional article serves Taiwan and Hong Kong alike.
 */
export const CONTENT_LANGUAGES = ['en', 'zh-Hans', 'zh-Hant', 'hu', 'id'] as const;
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number];

/** Each language's own name, shown in the language switcher so a reader can always find theirs. */
export const UI_LANGUAGE_NAMES: Record<UiLanguage, string> = {
  en: 'English',
  'zh-CN': '简体中文',
  'zh-TW': '繁體中文',
  hu: 'Magyar',
  id: 'Bahasa Indonesia',
};

/** The content language an agent working in a UI language most likely reads first. */
export function contentLanguageFor(ui: UiLanguage): ContentLanguage {
  switch (ui) {
    case 'zh-CN':
      return 'zh-Hans';
    case 'zh-TW':
      return 'zh-Hant';
    default:
      return ui;
  }
}

/** Accepts the region-style codes customers' systems send (zh-CN, zh-TW) as well as script codes. */
export function parseContentLanguage(code: string): ContentLanguage | undefined {
  const c = code.trim();
  if ((CONTENT_LANGUAGES as readonly string[]).includes(c)) return c as ContentLanguage;
  const lower = c.toLowerCase();
  if (lower === 'zh-cn' || lower === 'zh-sg' || lower === 'zh') return 'zh-Hans';
  if (lower === 'zh-tw' || lower === 'zh-hk' || lower === 'zh-mo') return 'zh-Hant';
  return undefined;
}

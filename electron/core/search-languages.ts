import { contentLanguageFor, type ContentLanguage } from '../../shared/languages';
import type { SearchQuery } from '../../shared/search';
import type { Settings } from '../../shared/settings';

const HAN = /\p{Script=Han}/u;

/**
 * The content languages a search covers, most preferred first: the one the query names, else the
 * language of the agent's UI, their content languages, and Chinese whenever Chinese was typed —
 * an agent with a Hungarian screen searching "jelszó", or typing 密碼 with English preferences,
 * must not get an empty list because a setting was left at its default.
 */
export function searchLanguages(settings: Settings, query: SearchQuery): ContentLanguage[] {
  if (query.lang) return readingLanguages(settings, query.lang);
  const langs: ContentLanguage[] = [
    contentLanguageFor(settings.uiLanguage),
    ...settings.contentLanguages,
  ];
  if (HAN.test(query.text)) {
    // Simplified or Traditional first as the agent reads it; the normaliser matches both anyway.
    langs.push(settings.uiLanguage === 'zh-TW' ? 'zh-Hant' : 'zh-Hans', 'zh-Hant', 'zh-Hans');
  }
  return [...new Set(langs)];
}

/** For reading an article: the asked-for language first, then the agent's preference order. */
export function readingLanguages(
  settings: Settings,
  preferred?: ContentLanguage,
): ContentLanguage[] {
  const prefs = settings.contentLanguages;
  return preferred ? [preferred, ...prefs.filter((l) => l !== preferred)] : prefs;
}

import { contentLanguageFor, type ContentLanguage } from '../../../../shared/languages';
import { useReadyApp } from '../../stores/stores-context';

/** The lead's reading order: the UI language's content language, then their content languages. */
export function useLeadLanguages(): ContentLanguage[] {
  const { settings } = useReadyApp();
  const first = contentLanguageFor(settings.uiLanguage);
  return [first, ...settings.contentLanguages.filter((l) => l !== first)];
}

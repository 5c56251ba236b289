import type { UiLanguage } from '../../../shared/languages';
import en from '../../locales/en.json';
import hu from '../../locales/hu.json';
import id from '../../locales/id.json';
import zhCN from '../../locales/zh-CN.json';
import zhTW from '../../locales/zh-TW.json';

/** Bundled with the app: the UI never downloads translations at run time. */
export const resources = {
  en: { translation: en },
  'zh-CN': { translation: zhCN },
  'zh-TW': { translation: zhTW },
  hu: { translation: hu },
  id: { translation: id },
} satisfies Record<UiLanguage, { translation: object }>;

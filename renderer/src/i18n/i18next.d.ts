import 'i18next';
import type en from '../../locales/en.json';

// en.json is the source of truth for keys: a key it lacks is a type error at the call site.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}

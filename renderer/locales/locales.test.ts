import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES, type UiLanguage } from '../../shared/languages';
import { createI18n } from '../src/i18n/create-i18n';
import { resources } from '../src/i18n/resources';

/** Values that are the same in every language because they are names, not words. */
const SAME_IN_EVERY_LANGUAGE = new Set(['Cuecard']);

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function flatten(value: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) {
      for (const [key, leaf] of flatten(v, prefix ? `${prefix}.${k}` : k)) out.set(key, leaf);
    }
  } else {
    out.set(prefix, value);
  }
  return out;
}

function variables(text: string): string[] {
  return [...text.matchAll(/{{\s*([^,}\s]+)[^}]*}}/g)].map((m) => m[1] ?? '').sort();
}

const english = flatten(resources.en.translation);

/**
 * The keys a language must have: plural keys get the categories that language uses plus every
 * category English has, so each file holds every key of en.json (i18next ignores the unused ones:
 * Chinese and Indonesian never pick `_one`).
 */
function expectedKeys(lang: UiLanguage): Map<string, string> {
  const categories = new Set([
    ...new Intl.PluralRules(lang).resolvedOptions().pluralCategories,
    ...new Intl.PluralRules('en').resolvedOptions().pluralCategories,
  ]);
  const expected = new Map<string, string>(); // key → the English key it translates
  for (const key of english.keys()) {
    if (!PLURAL_SUFFIX.test(key)) {
      expected.set(key, key);
      continue;
    }
    const base = key.replace(PLURAL_SUFFIX, '');
    for (const cat of categories)
      expected.set(
        `${base}_${cat}`,
        english.has(`${base}_${cat}`) ? `${base}_${cat}` : `${base}_other`,
      );
  }
  return expected;
}

describe('locales', () => {
  it('has a file for every UI language', () => {
    expect(Object.keys(resources).sort()).toEqual([...UI_LANGUAGES].sort());
  });

  for (const lang of UI_LANGUAGES) {
    describe(lang, () => {
      const table = flatten(resources[lang].translation);
      const expected = expectedKeys(lang);

      it('has every key of en.json and no others', () => {
        const missing = [...expected.keys()].filter((k) => !table.has(k));
        const extra = [...table.keys()].filter((k) => !expected.has(k));
        expect({ missing, extra }).toEqual({ missing: [], extra: [] });
      });

      it('has no empty or non-string values', () => {
        const bad = [...table]
          .filter(([, v]) => typeof v !== 'string' || v.trim() === '')
          .map(([k]) => k);
        expect(bad).toEqual([]);
      });

      it('keeps the interpolation variables of English', () => {
        const wrong = [...expected]
          .filter(([key, enKey]) => {
            const value = table.get(key);
            const source = english.get(enKey);
            if (typeof value !== 'string' || typeof source !== 'string') return false;
            return variables(value).join() !== variables(source).join();
          })
          .map(([key]) => key);
        expect(wrong).toEqual([]);
      });

      if (lang !== 'en') {
        it('translates every value (no English left behind)', () => {
          const untranslated = [...expected]
            .filter(([key, enKey]) => {
              const value = table.get(key);
              return value === english.get(enKey) && !SAME_IN_EVERY_LANGUAGE.has(String(value));
            })
            .map(([key]) => key);
          expect(untranslated).toEqual([]);
        });
      }

      it('resolves plurals and interpolation through i18next', () => {
        const i18n = createI18n(lang);
        const two = i18n.t('search.resultCount', { count: 2 });
        expect(two).toContain('2');
        expect(two).not.toContain('resultCount');
        const signedIn = i18n.t('home.signedIn', {
          name: 'Ana',
          username: 'ana.k',
          serverUrl: 'http://kb.test',
        });
        expect(signedIn).toContain('Ana');
        expect(signedIn).toContain('ana.k');
      });
    });
  }
});

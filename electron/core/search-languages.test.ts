import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import { searchLanguages } from './search-languages';

describe('searchLanguages', () => {
  it('searches the UI language’s content first, then the agent’s content languages', () => {
    expect(searchLanguages({ ...DEFAULT_SETTINGS, uiLanguage: 'hu' }, { text: 'jelszo' })).toEqual([
      'hu',
      'en',
    ]);
    expect(searchLanguages({ ...DEFAULT_SETTINGS, uiLanguage: 'en' }, { text: 'pin' })).toEqual([
      'en',
    ]);
  });

  it('adds Chinese when Chinese is typed, Traditional first for a Taiwanese screen', () => {
    expect(searchLanguages(DEFAULT_SETTINGS, { text: '忘记密碼' })).toEqual([
      'en',
      'zh-Hans',
      'zh-Hant',
    ]);
    expect(searchLanguages({ ...DEFAULT_SETTINGS, uiLanguage: 'zh-TW' }, { text: '密碼' })).toEqual(
      ['zh-Hant', 'en', 'zh-Hans'],
    );
  });

  it('puts a language the query names first', () => {
    expect(
      searchLanguages(
        { ...DEFAULT_SETTINGS, contentLanguages: ['en', 'id'] },
        { text: 'x', lang: 'id' },
      ),
    ).toEqual(['id', 'en']);
  });
});

import { describe, expect, it } from 'vitest';
import { pickUiLanguage } from './pick-language';

describe('pickUiLanguage', () => {
  it.each([
    [['hu-HU', 'en'], 'hu'],
    [['zh-TW'], 'zh-TW'],
    [['zh-HK'], 'zh-TW'],
    [['zh-Hant-TW'], 'zh-TW'],
    [['zh'], 'zh-CN'],
    [['zh-Hans-CN'], 'zh-CN'],
    [['in', 'id-ID'], 'id'],
    [['de-DE', 'fr'], 'en'],
    [[], 'en'],
  ] as const)('%j → %s', (preferred, expected) => expect(pickUiLanguage(preferred)).toBe(expected));
});

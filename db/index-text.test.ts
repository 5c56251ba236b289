import { describe, expect, it } from 'vitest';
import { MAX_QUERY_CHARS } from '../shared/search';
import { indexText, normaliseText } from './index-text';
import { MAX_QUERY_TERMS, parseQueryTerms, toFtsMatch } from './query-terms';

const tokens = (text: string) => indexText(text).trim().split(/\s+/);

describe('normaliseText', () => {
  it('folds case and Hungarian, Indonesian and other Latin diacritics', () => {
    expect(normaliseText('JELSZÓ Őrző Űrlap kártyá')).toBe('jelszo orzo urlap kartya');
    expect(normaliseText('Ｆｕｌｌｗｉｄｔｈ ﬁle')).toBe('fullwidth file');
  });

  it('gives the same text for composed and decomposed accents', () => {
    expect(normaliseText('jelszo\u0301')).toBe(normaliseText('jelszó'));
  });
});

describe('indexText', () => {
  it('spells a Han run as single characters plus bigrams', () => {
    expect(tokens('重置密码')).toEqual(['重', '置', '密', '码', '重置', '置密', '密码']);
  });

  it('separates Han characters from adjacent Latin letters', () => {
    expect(tokens('SIM卡无法使用')).toEqual([
      'sim',
      '卡',
      '无',
      '法',
      '使',
      '用',
      '卡无',
      '无法',
      '法使',
      '使用',
    ]);
  });

  it('leaves Latin text as normalised words', () => {
    expect(indexText('Netbank jelszó')).toBe('netbank jelszo');
  });
});

describe('parseQueryTerms', () => {
  it('keeps only letters and digits, so FTS5 syntax becomes plain words', () => {
    expect(parseQueryTerms('"card" AND (pin* OR NEAR(x y)) -z ^w').terms).toEqual([
      'card',
      'and',
      'pin',
      'or',
      'near',
      'x',
      'y',
      'z',
      'w',
    ]);
    expect(parseQueryTerms('" * ( ) : ^ + - 🔥 \u0000 \ud83d').terms).toEqual([]);
  });

  it('marks the last word as a prefix only while it is being typed', () => {
    expect(parseQueryTerms('sim car')).toEqual({ terms: ['sim', 'car'], prefixLast: true });
    expect(parseQueryTerms('sim car ').prefixLast).toBe(false);
    expect(parseQueryTerms('sim car?').prefixLast).toBe(false);
  });

  it('turns Chinese into bigrams, or the single character when there is only one', () => {
    expect(parseQueryTerms('密码').terms).toEqual(['密码']);
    expect(parseQueryTerms('重置密码').terms).toEqual(['重置', '置密', '密码']);
    expect(parseQueryTerms('卡').terms).toEqual(['卡']);
    expect(parseQueryTerms('SIM卡').terms).toEqual(['sim', '卡']);
  });

  it('drops repeats and stops at MAX_QUERY_TERMS terms', () => {
    expect(parseQueryTerms('pin PIN pín').terms).toEqual(['pin']);
    const many = Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ');
    const parsed = parseQueryTerms(many);
    expect(parsed.terms).toHaveLength(MAX_QUERY_TERMS);
    expect(parsed.terms[0]).toBe('w0');
    expect(parsed.prefixLast).toBe(false);
  });

  it('reads no further than MAX_QUERY_CHARS', () => {
    const text = `${'a '.repeat(MAX_QUERY_CHARS / 2)}beyond`;
    expect(parseQueryTerms(text).terms).toEqual(['a']);
  });
});

describe('toFtsMatch', () => {
  it('quotes every term, ANDs them and stars the last one while typing', () => {
    expect(toFtsMatch(parseQueryTerms('near( pass'))).toBe('"near" AND "pass"*');
    expect(toFtsMatch(parseQueryTerms('near( pass '))).toBe('"near" AND "pass"');
  });

  it('gives no expression for text without words', () => {
    expect(toFtsMatch(parseQueryTerms('  "" ** '))).toBeNull();
  });
});

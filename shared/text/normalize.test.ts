// The one normaliser for indexing and querying (issue 3 item 2; R2).
import { describe, expect, it } from 'vitest';
import { analyzeQuery, indexTerms } from './analyze';
import { foldHan, foldWord } from './fold';
import { stemCandidates } from './stem';
import { tokenize } from './tokenize';

const terms = (q: string, typing = false) => analyzeQuery(q, { typing }).map((u) => u.term);

describe('folding', () => {
  it('folds Hungarian accents, long and short alike', () => {
    expect(foldWord('Jelszó')).toBe('jelszo');
    expect(['ŐRZŐ', 'Űrlap', 'kártyá', 'tündérrózsa'].map(foldWord)).toEqual([
      'orzo',
      'urlap',
      'kartya',
      'tunderrozsa',
    ]);
  });

  it('folds compatibility forms, case and letters without marks', () => {
    expect(foldWord('ＦＵＬＬ')).toBe('full');
    expect(foldWord('ﬁle')).toBe('file');
    expect(foldWord('Straße')).toBe('strasse');
    expect(foldWord('Łódź')).toBe('lodz');
    // A decomposed accent folds like a precomposed one.
    expect(foldWord('jelszo\u0301')).toBe(foldWord('jelszó'));
  });

  it('folds Traditional Chinese to Simplified, keeping the length', () => {
    expect(foldHan('密碼')).toBe('密码');
    expect(foldHan('帳號與網路銀行')).toBe('帐号与网路银行');
    expect(foldHan('密码')).toBe('密码');
    const text = '請重設您的網路銀行密碼';
    expect(foldHan(text)).toHaveLength(text.length);
  });
});

describe('Chinese', () => {
  it('indexes single characters and every bigram', () => {
    const t = indexTerms('重置網路銀行密碼');
    expect(t).toEqual(
      expect.arrayContaining(['重', '置', '密', '码', '重置', '密码', '银行', '网路']),
    );
  });

  it('makes a 2-character query word one unit that the index holds', () => {
    expect(terms('密碼')).toEqual(['密码']);
    expect(indexTerms('忘记了登录密码怎么办')).toContain('密码');
  });

  it('queries a longer run by its bigrams, weighing those inside a word over those across two', () => {
    const units = analyzeQuery('我的信用卡', { typing: false });
    expect(units.map((u) => u.term)).toEqual(expect.arrayContaining(['信用', '用卡']));
    const weight = (t: string) => units.find((u) => u.term === t)?.weight;
    expect(weight('信用')).toBe(1);
    expect(weight('的信')).toBeLessThan(1);
  });

  it('asks for a lone character as itself, and splits mixed-script words', () => {
    expect(terms('卡')).toEqual(['卡']);
    expect(terms('SIM卡')).toEqual(['sim', '卡']);
  });

  it('never treats Chinese as a prefix while typing', () => {
    const units = analyzeQuery('密码', { typing: true });
    expect(units.every((u) => !u.prefix)).toBe(true);
  });
});

describe('query units', () => {
  it('drops everything that is not a letter or digit: FTS5 syntax, quotes, emoji, control characters', () => {
    expect(terms('"card" AND (pin* OR NEAR(x y)) -z ^w')).toEqual([
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
    expect(terms('" * ( ) : ^ + - 🔥 \u0000 \ud83d')).toEqual([]);
  });

  it('marks the last word as a prefix only while it is being typed', () => {
    expect(analyzeQuery('sim car', { typing: true }).map((u) => u.prefix)).toEqual([false, true]);
    expect(analyzeQuery('sim car ', { typing: true }).some((u) => u.prefix)).toBe(false);
    expect(analyzeQuery('sim car', { typing: false }).some((u) => u.prefix)).toBe(false);
  });

  it('caps very long input instead of failing', () => {
    expect(analyzeQuery('word '.repeat(10_000), { typing: true })).toHaveLength(1);
    expect(
      analyzeQuery(Array.from({ length: 500 }, (_, i) => `w${i}`).join(' '), { typing: false })
        .length,
    ).toBeLessThanOrEqual(32);
  });

  it('keeps offsets into the original text for highlighting', () => {
    const text = 'Új jelszó: 密碼';
    const t = tokenize(text);
    expect(t.map((x) => text.slice(x.start, x.end))).toEqual(['Új', 'jelszó', '密碼']);
    expect(t.map((x) => x.term)).toEqual(['uj', 'jelszo', '密码']);
  });
});

describe('stemming', () => {
  const shareStem = (a: string, b: string, lang: 'en' | 'id' | 'hu') =>
    stemCandidates(a, lang).some((s) => stemCandidates(b, lang).includes(s));

  it('relates English word forms', () => {
    expect(shareStem('reservations', 'reserve', 'en')).toBe(true);
    expect(shareStem('cancelled', 'cancel', 'en')).toBe(true);
    expect(shareStem('countries', 'country', 'en')).toBe(true);
    expect(shareStem('card', 'care', 'en')).toBe(false);
  });

  it('relates Indonesian affixed forms to their root', () => {
    expect(shareStem('memblokir', 'diblokir', 'id')).toBe(true);
    expect(shareStem('pemblokiran', 'blokir', 'id')).toBe(true);
    expect(shareStem('pengembalian', 'dikembalikan', 'id')).toBe(true);
    expect(shareStem('mengirim', 'kirim', 'id')).toBe(true);
    expect(shareStem('kartunya', 'kartu', 'id')).toBe(true);
  });

  it('relates Hungarian case endings', () => {
    expect(shareStem('kartyaval', 'kartya', 'hu')).toBe(true);
    expect(shareStem('szamlarol', 'szamla', 'hu')).toBe(true);
  });

  it('leaves short words and numbers alone', () => {
    expect(stemCandidates('pin', 'en')).toEqual(['pin']);
    expect(stemCandidates('1200s', 'en')).toEqual(['1200s']);
  });
});

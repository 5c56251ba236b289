import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TextRun } from '../shared/article';
import type { ContentLanguage } from '../shared/languages';
import { MAX_QUERY_CHARS, type SearchQuery } from '../shared/search';
import { countArticles, upsertArticles } from './articles';
import { upsertCategories } from './categories';
import type { Replica } from './connection';
import { searchArticles } from './search';
import { articleInput, tempReplica } from './testing';

let r: Replica;
let dispose: () => void;

const LONG_BODY =
  'When a caller says the connection is gone, first look at the outage map for the address. ' +
  'If nothing is reported there, run the remote line test and read the result aloud. ' +
  'Only then ask the customer to look at the router and tell you which lights are on.';

beforeAll(() => {
  ({ replica: r, dispose } = tempReplica());
  upsertCategories(r, [
    { id: 'internet', parentId: null, position: 0, names: { en: 'Internet', hu: 'Internet' } },
    { id: 'wifi', parentId: 'internet', position: 0, names: { en: 'Wi-Fi' } },
    { id: 'cards', parentId: null, position: 1, names: { en: 'Cards', hu: 'Kártyák' } },
  ]);
  upsertArticles(r, [
    articleInput({
      id: 'router-title',
      lang: 'en',
      title: 'Router restart',
      bodyText: 'Switch it off and on again.',
      categoryIds: ['internet'],
    }),
    articleInput({
      id: 'router-body',
      lang: 'en',
      title: 'Home connection checklist',
      bodyText: 'The router, the router cable and the router lights: check the router first.',
      categoryIds: ['wifi'],
    }),
    articleInput({
      id: 'outage',
      lang: 'en',
      title: 'Connection lost',
      bodyText: LONG_BODY,
      categoryIds: ['internet'],
    }),
    articleInput({
      id: 'password',
      lang: 'en',
      title: 'Reset the online banking password',
      bodyText: 'Use Forgot password.',
    }),
    articleInput({
      id: 'password',
      lang: 'hu',
      title: 'Netbank jelszó visszaállítása',
      bodyText: 'Az új jelszó legalább 10 karakter.',
      categoryIds: ['cards'],
    }),
    articleInput({
      id: 'pin',
      lang: 'en',
      title: 'PIN reset',
      bodyText: 'Set a new PIN in the app.',
      type: 'procedure',
      categoryIds: ['cards'],
    }),
    articleInput({
      id: 'pin',
      lang: 'hu',
      title: 'PIN-kód pótlása',
      bodyText: 'Új PIN-kód az alkalmazásban.',
      type: 'procedure',
      categoryIds: ['cards'],
    }),
    articleInput({
      id: 'pin-script',
      lang: 'en',
      title: 'What to say about the PIN',
      bodyText: 'We never read out a PIN.',
      type: 'canned',
    }),
    articleInput({
      id: 'zh-reset',
      lang: 'zh-Hans',
      title: '网上银行',
      bodyText: '客户可以在登录页面自行重置密码，坐席无法代设。',
    }),
    articleInput({
      id: 'zh-card',
      lang: 'zh-Hans',
      title: '银行卡挂失',
      bodyText: '密切关注近期交易，随后补办新卡。',
    }),
  ]);
});
afterAll(() => dispose());

function search(text: string, extra: Partial<SearchQuery> = {}, langs: ContentLanguage[] = ['en']) {
  return searchArticles(r, { text, ...extra }, langs);
}
const hitIds = (text: string, extra: Partial<SearchQuery> = {}, langs?: ContentLanguage[]) =>
  search(text, extra, langs).hits.map((h) => h.id);
const matched = (runs: TextRun[]) => runs.filter((run) => run.match).map((run) => run.text);

describe('searchArticles ranking', () => {
  it('ranks a title match above an article that only mentions the word in its body', () => {
    expect(hitIds('router')).toEqual(['router-title', 'router-body', 'outage']);
  });

  it('requires every word of a few keywords when some article has them all', () => {
    expect(hitIds('router lights')).toEqual(['router-body', 'outage']);
  });

  it('falls back to articles with some of the words when none has all', () => {
    const ids = hitIds('router banking');
    expect(new Set(ids)).toEqual(new Set(['password', 'router-title', 'router-body', 'outage']));
  });

  it('ranks a longer question as a whole, best match first', () => {
    expect(hitIds('how do I restart my router')[0]).toBe('router-title');
  });

  it('matches the last word as a prefix while typing, and not once it is finished', () => {
    expect(hitIds('passw')).toEqual(['password']);
    expect(hitIds('reset the online bank')[0]).toBe('password');
    expect(hitIds('passw ')).toEqual([]);
  });

  it('honours the limit', () => {
    expect(hitIds('router', { limit: 1 })).toEqual(['router-title']);
  });
});

describe('searchArticles filters', () => {
  it('filters by language', () => {
    const hits = search('pin', { lang: 'hu' }, ['hu', 'en']).hits;
    expect(hits.map((h) => `${h.id}/${h.lang}`)).toEqual(['pin/hu']);
  });

  it('filters by type', () => {
    expect(hitIds('pin', { type: 'canned' })).toEqual(['pin-script']);
    expect(hitIds('pin', { type: 'procedure' })).toEqual(['pin']);
  });

  it('filters by category, including its subcategories', () => {
    expect(hitIds('router', { category: 'wifi' })).toEqual(['router-body']);
    expect(hitIds('router', { category: 'internet' })).toEqual([
      'router-title',
      'router-body',
      'outage',
    ]);
    expect(hitIds('router', { category: 'cards' })).toEqual([]);
  });

  it('shows one hit per article, in the most preferred language that matched', () => {
    expect(
      search('pin', {}, ['hu', 'en'])
        .hits.filter((h) => h.id === 'pin')
        .map((h) => h.lang),
    ).toEqual(['hu']);
    expect(
      search('pin', {}, ['en', 'hu'])
        .hits.filter((h) => h.id === 'pin')
        .map((h) => h.lang),
    ).toEqual(['en']);
    // Only the Hungarian variant says "jelszó": it is shown even to a reader who prefers English.
    expect(search('jelszo', {}, ['en', 'hu']).hits.map((h) => `${h.id}/${h.lang}`)).toEqual([
      'password/hu',
    ]);
  });
});

describe('searchArticles languages', () => {
  it('searches only the reader’s languages unless the query names one', () => {
    expect(search('jelszo', {}, ['en']).hits).toEqual([]);
    expect(search('jelszo', { lang: 'hu' }, ['en']).hits.map((h) => h.id)).toEqual(['password']);
  });

  it('finds a 2-character Chinese word inside a longer run', () => {
    expect(hitIds('密码', {}, ['zh-Hans'])).toEqual(['zh-reset']);
    expect(hitIds('重置密码', {}, ['zh-Hans'])).toEqual(['zh-reset']);
    const hit = search('密码', {}, ['zh-Hans']).hits[0];
    expect(matched(hit?.snippet ?? [])).toEqual(['密码']);
    // 密 alone is a word start in both articles; as a completed bigram it is only in one.
    expect(hitIds('密', {}, ['zh-Hans']).sort()).toEqual(['zh-card', 'zh-reset']);
  });

  it('finds Hungarian words typed without accents, and highlights the accented original', () => {
    expect(hitIds('jelszo', { lang: 'hu' }, ['hu'])).toEqual(['password']);
    expect(hitIds('NETBANK JELSZÓ', { lang: 'hu' }, ['hu'])).toEqual(['password']);
    expect(hitIds('potlasa', { lang: 'hu' }, ['hu'])).toEqual(['pin']);
    const hit = search('jelszo', { lang: 'hu' }, ['hu']).hits[0];
    expect(hit?.title).toEqual([
      { text: 'Netbank ', match: false },
      { text: 'jelszó', match: true },
      { text: ' visszaállítása', match: false },
    ]);
  });
});

describe('searchArticles results', () => {
  it('returns a snippet of about 160 characters around the first body match, as plain runs', () => {
    const hit = search('lights').hits.find((h) => h.id === 'outage');
    const text = hit?.snippet.map((s) => s.text).join('') ?? '';
    expect(text.startsWith('…')).toBe(true);
    expect(text).not.toContain('When a caller');
    expect(matched(hit?.snippet ?? [])).toEqual(['lights']);
    expect(text.length).toBeLessThanOrEqual(170);
    expect(text).toContain('which lights are on.');
    expect(hit?.categories).toEqual(['Internet']);
  });

  it('shows the start of the body when only the title matched', () => {
    const hit = search('restart').hits[0];
    expect(hit?.id).toBe('router-title');
    expect(hit?.snippet).toEqual([{ text: 'Switch it off and on again.', match: false }]);
    expect(matched(hit?.title ?? [])).toEqual(['restart']);
  });

  it('reports how long it took', () => {
    const result = search('router');
    expect(typeof result.tookMs).toBe('number');
    expect(result.tookMs).toBeGreaterThanOrEqual(0);
  });
});

describe('searchArticles with hostile or empty input', () => {
  const cases: [string, string][] = [
    ['empty', ''],
    ['spaces', '   \t\n '],
    ['a double quote', '"'],
    ['unbalanced quotes', '"router'],
    ['boolean operators', 'AND OR NOT'],
    ['a lone star', '*'],
    ['NEAR(', 'NEAR('],
    ['column filter', 'title:router'],
    ['caret and minus', '^router -pin +x'],
    ['SQL', "router'; DROP TABLE article; --"],
    ['10,000 characters', 'router '.repeat(1500).slice(0, 10_000)],
    ['far too long', 'x'.repeat(MAX_QUERY_CHARS * 4)],
    ['emoji', '🔥📱👍🏽'],
    ['NUL', '\u0000'],
    ['control characters', '\u0001\u0007\u001b[31m\u007f'],
    ['lone surrogate', '\ud83d router \udc00'],
    ['right-to-left marks', '\u202erouter\u202c'],
    ['many words', Array.from({ length: 500 }, (_, i) => `w${i}`).join(' ')],
  ];

  it.each(cases)('does not throw for %s', (_name, text) => {
    const result = search(text);
    expect(Array.isArray(result.hits)).toBe(true);
  });

  it('finds nothing for text without words', () => {
    for (const text of ['', '"', '*', '🔥📱', '\u0000', '() : ^ -'])
      expect(hitIds(text)).toEqual([]);
  });

  it('treats syntax around words as the words themselves', () => {
    expect(hitIds('"router')).toEqual(['router-title', 'router-body', 'outage']);
    expect(hitIds('router\u0000')).toEqual(['router-title', 'router-body', 'outage']);
    expect(hitIds("router'; DROP TABLE article; --")[0]).toMatch(/^router-/);
    expect(countArticles(r)).toBe(8);
  });
});

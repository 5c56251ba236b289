import { describe, expect, it } from 'vitest';
import { countArticles, deleteArticles, getArticle, upsertArticles } from './articles';
import { upsertCategories } from './categories';
import { rebuildIndex } from './fts';
import { searchArticles } from './search';
import {
  articleInput,
  indexedRowCount,
  indexVocabulary,
  cleanupAfterEach,
  replicaPerTest,
} from './testing';

const track = cleanupAfterEach();
const replica = replicaPerTest(track);

const ids = (r: ReturnType<typeof replica>, text: string) =>
  searchArticles(r, { text }, ['en']).hits.map((h) => `${h.id}/${h.lang}`);

describe('upsertArticles', () => {
  it('is idempotent by id and language', () => {
    const r = replica();
    const input = articleInput({
      id: 'a',
      lang: 'en',
      title: 'Roaming charges',
      bodyText: 'Daily pass.',
    });
    expect(upsertArticles(r, [input])).toEqual({ applied: 1, stale: 0 });
    const vocabulary = indexVocabulary(r);
    expect(upsertArticles(r, [input, input])).toEqual({ applied: 2, stale: 0 });
    expect(countArticles(r)).toBe(1);
    expect(indexedRowCount(r)).toBe(1);
    expect(indexVocabulary(r)).toEqual(vocabulary);
    expect(ids(r, 'roaming')).toEqual(['a/en']);
  });

  it('never lets a lower revision replace a higher one', () => {
    const r = replica();
    upsertArticles(r, [
      articleInput({ id: 'a', lang: 'en', title: 'Current title', revision: 3, owner: 'new' }),
    ]);
    const result = upsertArticles(r, [
      articleInput({
        id: 'a',
        lang: 'en',
        title: 'Outdated title',
        revision: 2,
        owner: 'old',
        type: 'canned',
      }),
    ]);
    expect(result).toEqual({ applied: 0, stale: 1 });
    expect(getArticle(r, 'a', ['en'])).toMatchObject({
      title: 'Current title',
      revision: 3,
      owner: 'new',
      type: 'reference',
    });
    expect(ids(r, 'outdated')).toEqual([]);
  });

  it('re-indexes a changed variant: old words are gone, new ones found', () => {
    const r = replica();
    upsertArticles(r, [
      articleInput({
        id: 'a',
        lang: 'en',
        title: 'Router lights',
        bodyText: 'Red light means no signal.',
        tags: ['modem'],
      }),
      articleInput({
        id: 'b',
        lang: 'en',
        title: 'Other',
        bodyText: 'Unrelated text about lights.',
      }),
    ]);
    upsertArticles(r, [
      articleInput({
        id: 'a',
        lang: 'en',
        title: 'Fibre box',
        bodyText: 'Green means fine.',
        revision: 2,
        synonyms: ['ont'],
      }),
    ]);
    expect(ids(r, 'router')).toEqual([]);
    expect(ids(r, 'modem')).toEqual([]);
    expect(ids(r, 'lights')).toEqual(['b/en']);
    expect(ids(r, 'fibre green')).toEqual(['a/en']);
    expect(ids(r, 'ont')).toEqual(['a/en']);
    // The incremental index equals one built from scratch: every delete removed exactly what was indexed.
    const incremental = indexVocabulary(r);
    rebuildIndex(r);
    expect(indexVocabulary(r)).toEqual(incremental);
  });

  it('rolls the whole batch back when one variant is refused', () => {
    const r = replica();
    expect(() =>
      upsertArticles(r, [
        articleInput({ id: 'good', lang: 'en', title: 'Good' }),
        articleInput({ id: 'bad', lang: 'en', title: 'Bad', revision: -1 }),
      ]),
    ).toThrow(/CHECK/);
    expect(countArticles(r)).toBe(0);
    expect(indexedRowCount(r)).toBe(0);
  });
});

describe('deleteArticles', () => {
  it('removes the article, its variants and their index rows', () => {
    const r = replica();
    upsertArticles(r, [
      articleInput({ id: 'gone', lang: 'en', title: 'Roaming' }),
      articleInput({ id: 'gone', lang: 'hu', title: 'Roaming' }),
      articleInput({ id: 'kept', lang: 'en', title: 'Roaming too' }),
    ]);
    deleteArticles(r, ['gone']);
    expect(countArticles(r)).toBe(1);
    expect(indexedRowCount(r)).toBe(1);
    expect(ids(r, 'roaming')).toEqual(['kept/en']);
    const incremental = indexVocabulary(r);
    rebuildIndex(r);
    expect(indexVocabulary(r)).toEqual(incremental);
  });
});

describe('rebuildIndex', () => {
  it('re-creates the row of every variant, page after page', () => {
    const r = replica();
    const many = Array.from({ length: 1201 }, (_, i) =>
      articleInput({
        id: `a${i}`,
        lang: i % 2 ? 'en' : 'hu',
        title: `Article number${i}`,
        bodyText: `word${i % 7}`,
      }),
    );
    upsertArticles(r, many);
    const vocabulary = indexVocabulary(r);
    rebuildIndex(r);
    expect(indexedRowCount(r)).toBe(1201);
    expect(indexVocabulary(r)).toEqual(vocabulary);
    expect(
      searchArticles(r, { text: 'number1200', lang: 'hu' }, ['en']).hits.map((h) => h.id),
    ).toEqual(['a1200']);
  });
});

describe('getArticle', () => {
  function withVariants() {
    const r = replica();
    upsertCategories(r, [
      { id: 'cards', parentId: null, position: 0, names: { en: 'Cards', hu: 'Kártyák' } },
    ]);
    upsertArticles(r, [
      articleInput({
        id: 'pin',
        lang: 'hu',
        title: 'PIN-kód pótlása',
        tags: ['kártya'],
        categoryIds: ['cards'],
        revision: 4,
      }),
      articleInput({ id: 'pin', lang: 'en', title: 'PIN reset', categoryIds: ['cards'] }),
      articleInput({ id: 'pin', lang: 'id', title: 'Reset PIN', categoryIds: ['cards'] }),
    ]);
    return r;
  }

  it('returns the first preferred language the article exists in', () => {
    const r = withVariants();
    expect(getArticle(r, 'pin', ['hu', 'en'])).toMatchObject({
      id: 'pin',
      lang: 'hu',
      title: 'PIN-kód pótlása',
      tags: ['kártya'],
      revision: 4,
      languages: ['en', 'hu', 'id'],
      categories: [{ id: 'cards', name: 'Kártyák' }],
    });
    expect(getArticle(r, 'pin', ['zh-Hant', 'en', 'hu'])?.lang).toBe('en');
  });

  it('falls back to any language, and category names to any language', () => {
    const r = withVariants();
    expect(getArticle(r, 'pin', ['zh-Hans'])).toMatchObject({ lang: 'en', title: 'PIN reset' });
    expect(getArticle(r, 'pin', ['id'])).toMatchObject({
      lang: 'id',
      categories: [{ id: 'cards', name: 'Cards' }],
    });
    expect(getArticle(r, 'pin', [])?.lang).toBe('en');
  });

  it('returns null for an unknown id', () => {
    expect(getArticle(withVariants(), 'nope', ['en'])).toBeNull();
  });
});

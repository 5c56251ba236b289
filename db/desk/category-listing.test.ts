// Browse: a category's articles and FAQ (issue 6 item 5; R4, R12).
import { expect, it } from 'vitest';
import { upsertArticles } from '../articles';
import { upsertCategories } from '../categories';
import { articleInput, cleanupAfterEach, replicaPerTest } from '../testing';
import { FAQ_SIZE, listCategory } from './category-listing';
import { recordOpen } from './use';

const newReplica = replicaPerTest(cleanupAfterEach());
const at = '2026-11-24T08:00:00.000Z';

function replicaWithCards() {
  const replica = newReplica();
  upsertCategories(replica, [
    { id: 'cards', parentId: null, position: 0, names: { en: 'Cards', hu: 'Kártyák' } },
    { id: 'lost', parentId: 'cards', position: 0, names: { en: 'Lost cards', hu: 'Elveszett' } },
  ]);
  return replica;
}

it('gives the path root → category and the articles directly in it, by title', () => {
  const replica = replicaWithCards();
  upsertArticles(replica, [
    articleInput({ id: 'z', lang: 'en', title: 'Zero liability', categoryIds: ['lost'] }),
    articleInput({ id: 'b', lang: 'en', title: 'block a card', categoryIds: ['lost', 'cards'] }),
    articleInput({
      id: 'b',
      lang: 'hu',
      title: 'Kártya letiltása',
      categoryIds: ['lost', 'cards'],
    }),
    articleInput({ id: 'a', lang: 'en', title: 'Annual fee', categoryIds: ['cards'] }),
    articleInput({
      id: 'r',
      lang: 'en',
      title: 'Replace a card',
      type: 'canned',
      categoryIds: ['lost'],
    }),
  ]);
  const listing = listCategory(replica, { categoryId: 'lost' }, ['en']);
  expect(listing?.category).toEqual({ id: 'lost', name: 'Lost cards' });
  expect(listing?.path).toEqual([
    { id: 'cards', name: 'Cards' },
    { id: 'lost', name: 'Lost cards' },
  ]);
  // Case-blind title order; a child's articles are not the parent's own.
  expect(listing?.articles.map((a) => a.title)).toEqual([
    'block a card',
    'Replace a card',
    'Zero liability',
  ]);
  expect(listing?.articles[0]?.categories).toEqual(['Cards', 'Lost cards']);
  expect(listCategory(replica, { categoryId: 'cards' }, ['en'])?.articles.map((a) => a.id)).toEqual(
    ['a', 'b'],
  );

  const hu = listCategory(replica, { categoryId: 'lost', type: 'reference' }, ['hu']);
  expect(hu?.path.map((c) => c.name)).toEqual(['Kártyák', 'Elveszett']);
  expect(hu?.articles.map((a) => [a.id, a.lang, a.title])).toEqual([
    ['b', 'hu', 'Kártya letiltása'],
    ['z', 'en', 'Zero liability'],
  ]);
});

it('FAQ: the subtree’s most opened articles here, then by popularity; at most five', () => {
  const replica = replicaWithCards();
  const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
  upsertArticles(
    replica,
    ids.map((id, i) =>
      articleInput({
        id,
        lang: 'en',
        title: `Article ${id}`,
        categoryIds: [i % 2 ? 'lost' : 'cards'],
        popularity: id === 'g' ? 9 : id === 'h' ? 3 : 0,
      }),
    ),
  );
  const open = (id: string, times: number) => {
    for (let i = 0; i < times; i++) recordOpen(replica, id, at);
  };
  open('c', 3);
  open('f', 5);
  open('a', 1);
  open('b', 1);
  const faq = listCategory(replica, { categoryId: 'cards' }, ['en'])?.faq.map((a) => a.id);
  // Opens first (ties by id), then popularity; d and e were never opened nor rated.
  expect(faq).toEqual(['f', 'c', 'a', 'b', 'g']);
  expect(faq).toHaveLength(FAQ_SIZE);
  expect(listCategory(replica, { categoryId: 'lost' }, ['en'])?.faq.map((a) => a.id)).toEqual([
    'f',
    'b',
    'h',
  ]);
});

it('is null for a category the replica does not have', () => {
  expect(listCategory(replicaWithCards(), { categoryId: 'nope' }, ['en'])).toBeNull();
});

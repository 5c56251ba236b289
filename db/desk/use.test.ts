// Home: recently viewed, most used and favourites on this workstation (issue 6 item 6).
import { expect, it } from 'vitest';
import { deleteArticles, upsertArticles } from '../articles';
import { articleInput, cleanupAfterEach, replicaPerTest } from '../testing';
import { articleSummaries } from './summaries';
import {
  favouriteIds,
  isFavourite,
  mostOpened,
  recentlyOpened,
  recordOpen,
  setFavourite,
} from './use';

const newReplica = replicaPerTest(cleanupAfterEach());
const t = (minute: number) => `2026-11-24T08:${String(minute).padStart(2, '0')}:00.000Z`;

function replicaWith(ids: string[]) {
  const replica = newReplica();
  upsertArticles(
    replica,
    ids.map((id) => articleInput({ id, lang: 'en', title: `Title ${id}` })),
  );
  return replica;
}

it('recent: latest open first; most used: most opens first, ties by the latest open', () => {
  const replica = replicaWith(['a', 'b', 'c', 'd']);
  recordOpen(replica, 'a', t(1));
  recordOpen(replica, 'b', t(2));
  recordOpen(replica, 'a', t(3));
  recordOpen(replica, 'c', t(4));
  recordOpen(replica, 'b', t(5));
  recordOpen(replica, 'a', t(6));
  expect(recentlyOpened(replica, 10)).toEqual(['a', 'b', 'c']);
  expect(mostOpened(replica, 10)).toEqual(['a', 'b', 'c']);
  recordOpen(replica, 'c', t(7));
  expect(recentlyOpened(replica, 2)).toEqual(['c', 'a']);
  // b and c both have 2 opens: c was opened last.
  expect(mostOpened(replica, 10)).toEqual(['a', 'c', 'b']);
});

it('an open or favourite of an article the replica lacks is ignored', () => {
  const replica = replicaWith(['a']);
  recordOpen(replica, 'ghost', t(1));
  expect(setFavourite(replica, 'ghost', true, t(1))).toBe(false);
  expect(recentlyOpened(replica, 10)).toEqual([]);
  expect(favouriteIds(replica, 10)).toEqual([]);
});

it('favourites are set and cleared; opening does not change them', () => {
  const replica = replicaWith(['a', 'b']);
  expect(setFavourite(replica, 'b', true, t(1))).toBe(true);
  recordOpen(replica, 'b', t(2));
  expect(isFavourite(replica, 'b')).toBe(true);
  expect(isFavourite(replica, 'a')).toBe(false);
  setFavourite(replica, 'a', true, t(3));
  expect(favouriteIds(replica, 10).sort()).toEqual(['a', 'b']);
  setFavourite(replica, 'b', false, t(4));
  expect(favouriteIds(replica, 10)).toEqual(['a']);
  expect(recentlyOpened(replica, 10)).toEqual(['b']);
});

it('use and favourites go with the article when it is deleted', () => {
  const replica = replicaWith(['a', 'b']);
  recordOpen(replica, 'a', t(1));
  setFavourite(replica, 'a', true, t(1));
  recordOpen(replica, 'b', t(2));
  deleteArticles(replica, ['a']);
  expect(replica.db.prepare('SELECT article_id FROM article_use').pluck().all()).toEqual(['b']);
});

it('summaries come in the agent’s language, else in the article’s first language', () => {
  const replica = newReplica();
  upsertArticles(replica, [
    articleInput({ id: 'a', lang: 'hu', title: 'Kártya', summary: 'Röviden' }),
    articleInput({ id: 'a', lang: 'en', title: 'Card' }),
    articleInput({ id: 'b', lang: 'zh-Hant', title: '信用卡', type: 'canned' }),
  ]);
  expect(articleSummaries(replica, ['b', 'a', 'gone'], ['hu'])).toEqual([
    {
      id: 'b',
      lang: 'zh-Hant',
      type: 'canned',
      title: '信用卡',
      summary: '',
      updatedAt: '2025-01-01T00:00:00.000Z',
      categories: [],
    },
    {
      id: 'a',
      lang: 'hu',
      type: 'reference',
      title: 'Kártya',
      summary: 'Röviden',
      updatedAt: '2025-01-01T00:00:00.000Z',
      categories: [],
    },
  ]);
});

// What sync does to the agent's desk (issue 6): who published, deletes, and a shared desk.
import { expect, it } from 'vitest';
import type { ArticleRecord } from '../../shared/sync/records';
import { articleFacts } from '../desk/article-facts';
import { markRead, readMark } from '../desk/reading';
import { favouriteIds, recentlyOpened, recordOpen, setFavourite } from '../desk/use';
import { storeVote, voteOn } from '../desk/votes';
import { cleanupAfterEach, replicaPerTest } from '../testing';
import { articleRecord, now, options } from './test-records';
import { applyChangesPage } from './apply';
import { bindReplica } from './state';

const newReplica = replicaPerTest(cleanupAfterEach());

const article = (id: string, version: number, fields: Partial<ArticleRecord> = {}) =>
  articleRecord(
    id,
    version,
    { bodyHtml: '<p>Dear {{customer.name}},</p>', placeholders: ['customer.name'] },
    { type: 'canned', ...fields },
  );

it('stores who published the newest revision, and forgets it when the server no longer says', () => {
  const replica = newReplica();
  applyChangesPage(
    replica,
    [{ op: 'upsert', record: article('a', 1, { updatedBy: 'Kovács Anna' }) }],
    1,
    options,
  );
  expect(articleFacts(replica, 'a', 'en')).toEqual({
    revision: 1,
    placeholders: ['customer.name'],
    updatedBy: 'Kovács Anna',
  });
  applyChangesPage(replica, [{ op: 'upsert', record: article('a', 2) }], 2, options);
  expect(articleFacts(replica, 'a', 'en')?.updatedBy).toBeNull();
});

it('an article deleted by sync takes its marks, votes, use and favourite with it', () => {
  const replica = newReplica();
  applyChangesPage(
    replica,
    [
      { op: 'upsert', record: article('a', 1) },
      { op: 'upsert', record: article('b', 1) },
    ],
    1,
    options,
  );
  for (const id of ['a', 'b']) {
    recordOpen(replica, id, now);
    setFavourite(replica, id, true, now);
    markRead(replica, id, 'en', 1, now);
    storeVote(replica, { articleId: id, lang: 'en', revision: 1, vote: 'helpful', at: now });
  }
  applyChangesPage(replica, [{ op: 'delete', kind: 'article', id: 'a' }], 2, options);
  expect(recentlyOpened(replica, 10)).toEqual(['b']);
  expect(favouriteIds(replica, 10)).toEqual(['b']);
  expect(readMark(replica, 'a', 'en')).toBeNull();
  expect(voteOn(replica, 'a', 'en', 1)).toBeNull();
  expect(voteOn(replica, 'b', 'en', 1)).toBe('helpful');
});

it('another person signing in at the desk clears marks, votes, favourites and use; the same one keeps them', () => {
  const replica = newReplica();
  bindReplica(replica, 'https://kb', 'anna');
  applyChangesPage(replica, [{ op: 'upsert', record: article('a', 1) }], 1, options);
  recordOpen(replica, 'a', now);
  setFavourite(replica, 'a', true, now);
  markRead(replica, 'a', 'en', 1, now);
  storeVote(replica, { articleId: 'a', lang: 'en', revision: 1, vote: 'not-helpful', at: now });

  expect(bindReplica(replica, 'https://kb', 'anna')).toBe(false);
  expect(favouriteIds(replica, 10)).toEqual(['a']);
  expect(readMark(replica, 'a', 'en')).not.toBeNull();

  expect(bindReplica(replica, 'https://kb', 'bela')).toBe(true);
  expect(favouriteIds(replica, 10)).toEqual([]);
  expect(recentlyOpened(replica, 10)).toEqual([]);
  expect(readMark(replica, 'a', 'en')).toBeNull();
  expect(voteOn(replica, 'a', 'en', 1)).toBeNull();
});

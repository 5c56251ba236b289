// Related articles on the article view (issue 6 item 3; R4).
import { expect, it } from 'vitest';
import { upsertArticles } from '../articles';
import { articleInput, cleanupAfterEach, replicaPerTest } from '../testing';
import { RELATED_SIZE, relatedArticles } from './related';

const newReplica = replicaPerTest(cleanupAfterEach());

it('finds articles sharing title words, never the article itself, at most five', () => {
  const replica = newReplica();
  const titles: Record<string, string> = {
    self: 'Blocked credit card',
    r1: 'Credit card limit',
    r2: 'Order a new card',
    r3: 'Blocked online banking',
    r4: 'Credit score explained',
    r5: 'Card fees',
    r6: 'Card delivery times',
    r7: 'Card abroad',
    other: 'Mortgage interest rates',
  };
  upsertArticles(
    replica,
    Object.entries(titles).map(([id, title]) => articleInput({ id, lang: 'en', title })),
  );
  const related = relatedArticles(replica, { id: 'self', title: titles.self ?? '' }, ['en']);
  const ids = related.map((a) => a.id);
  expect(ids).not.toContain('self');
  expect(ids).not.toContain('other');
  expect(ids).toHaveLength(RELATED_SIZE);
  // Sharing two words of the title ranks above sharing one (and no word is required).
  expect(ids[0]).toBe('r1');
  expect(ids).toContain('r3');
});

it('searches the given languages: Chinese titles find Chinese articles', () => {
  const replica = newReplica();
  upsertArticles(replica, [
    articleInput({ id: 'self', lang: 'zh-Hans', title: '信用卡挂失' }),
    articleInput({ id: 'near', lang: 'zh-Hans', title: '信用卡年费' }),
    articleInput({ id: 'far', lang: 'zh-Hans', title: '房屋贷款' }),
    articleInput({ id: 'en', lang: 'en', title: 'Credit card' }),
  ]);
  const ids = relatedArticles(replica, { id: 'self', title: '信用卡挂失' }, ['zh-Hans']).map(
    (a) => a.id,
  );
  expect(ids).toEqual(['near']);
  expect(relatedArticles(replica, { id: 'x', title: 'nothing alike' }, ['en'])).toEqual([]);
});

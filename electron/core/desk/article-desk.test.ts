// Feedback and questions go to the outbox only for a signed-in user (issue 6 items 2–3; R17, R25).
import { afterEach, describe, expect, it } from 'vitest';
import type { EventPayload, OutboxEventType } from '../../../shared/sync/outbox';
import { upsertArticles } from '../../../db/articles';
import { voteOn } from '../../../db/desk/votes';
import { articleInput, tempReplica } from '../../../db/testing';
import { ArticleDesk, SIGN_IN_TO_REPORT } from './article-desk';

type Report = { type: OutboxEventType; payload: EventPayload<OutboxEventType> };

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function desk(signedIn: boolean) {
  const r = tempReplica();
  cleanups.push(r.dispose);
  upsertArticles(r.replica, [articleInput({ id: 'a', lang: 'en', title: 'Alpha', revision: 3 })]);
  const reports: Report[] = [];
  const d = new ArticleDesk({
    replica: r.replica,
    readingLanguages: (preferred) => (preferred ? [preferred, 'en'] : ['en']),
    searchLanguages: (text) => (/\p{Script=Han}/u.test(text) ? ['en', 'zh-Hans'] : ['en']),
    signedIn: () => signedIn,
    report: (type, payload) => reports.push({ type, payload }),
    now: () => new Date('2026-11-24T08:00:00.000Z'),
  });
  return { desk: d, reports, replica: r.replica };
}

describe('signed in', () => {
  it('a vote is reported and kept for this revision; a new vote replaces it', () => {
    const { desk: d, reports, replica } = desk(true);
    d.sendFeedback({ kind: 'helpful', articleId: 'a', lang: 'en', revision: 3 });
    d.sendFeedback({ kind: 'not-helpful', articleId: 'a', lang: 'en', revision: 3 });
    expect(reports).toEqual([
      {
        type: 'feedback',
        payload: {
          articleId: 'a',
          lang: 'en',
          revision: 3,
          kind: 'helpful',
          reason: null,
          comment: '',
        },
      },
      {
        type: 'feedback',
        payload: {
          articleId: 'a',
          lang: 'en',
          revision: 3,
          kind: 'not-helpful',
          reason: null,
          comment: '',
        },
      },
    ]);
    expect(voteOn(replica, 'a', 'en', 3)).toBe('not-helpful');
    expect(voteOn(replica, 'a', 'en', 4)).toBeNull();
  });

  it('a flag carries its reason and comment and is not a vote', () => {
    const { desk: d, reports, replica } = desk(true);
    d.sendFeedback({
      kind: 'flag',
      articleId: 'a',
      lang: 'en',
      revision: 3,
      reason: 'outdated',
      comment: 'The fee changed in May.',
    });
    expect(reports[0]?.payload).toMatchObject({
      kind: 'flag',
      reason: 'outdated',
      comment: 'The fee changed in May.',
    });
    expect(voteOn(replica, 'a', 'en', 3)).toBeNull();
  });

  it('a question goes with the languages its search covered', () => {
    const { desk: d, reports } = desk(true);
    d.reportQuestion({ query: '信用卡 annual fee' });
    d.reportQuestion({ query: 'refund', comment: 'caller asked twice' });
    expect(reports).toEqual([
      {
        type: 'question',
        payload: { query: '信用卡 annual fee', langs: ['en', 'zh-Hans'], comment: '' },
      },
      {
        type: 'question',
        payload: { query: 'refund', langs: ['en'], comment: 'caller asked twice' },
      },
    ]);
  });
});

describe('signed out', () => {
  it('nothing is reported or stored, and the caller is told to sign in', () => {
    const { desk: d, reports, replica } = desk(false);
    expect(() =>
      d.sendFeedback({ kind: 'helpful', articleId: 'a', lang: 'en', revision: 3 }),
    ).toThrow(SIGN_IN_TO_REPORT);
    expect(() => d.reportQuestion({ query: 'x' })).toThrow(SIGN_IN_TO_REPORT);
    expect(reports).toEqual([]);
    expect(voteOn(replica, 'a', 'en', 3)).toBeNull();
  });
});

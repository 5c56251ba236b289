import { describe, expect, it } from 'vitest';
import { createFakeApi } from '../../../stores/fake-api';
import { createReviewQueueStore, loadReview } from './review-store';
import { article, entry, revision, summaryOf } from './test-articles';

// R15: the review queue, oldest first, with who submitted and what they said; R14 diffs per variant.

describe('review queue (R15)', () => {
  it('lists articles in review oldest submission first, scheduled ones and my send-backs', async () => {
    const fake = createFakeApi();
    const older = article({
      id: 'older',
      status: 'in-review',
      workflow: [entry({ comment: 'Check fees', at: '2026-11-01T09:00:00.000Z' })],
    });
    const newer = article({
      id: 'newer',
      status: 'in-review',
      workflow: [entry({ at: '2026-11-02T09:00:00.000Z' })],
    });
    const later = article({
      id: 'later',
      status: 'scheduled',
      publishAt: '2026-12-01T08:00:00.000Z',
      workflow: [entry({ event: 'scheduled' })],
    });
    const back = article({
      id: 'back',
      status: 'draft',
      workflow: [
        entry(),
        entry({
          event: 'sent-back',
          comment: 'Add the fee table',
          by: { username: 'reviewer.kb', displayName: 'Rita' },
        }),
      ],
    });
    const othersBack = article({
      id: 'theirs',
      owner: 'other',
      status: 'draft',
      workflow: [entry({ event: 'sent-back' })],
    });
    const plainDraft = article({
      id: 'plain',
      status: 'draft',
      workflow: [entry({ event: 'created' })],
    });
    const all = [newer, later, back, othersBack, plainDraft, older];
    fake.state.authoringAnswers.listArticles = { ok: true, articles: all.map(summaryOf) };
    fake.state.authoringAnswers.getArticle = (req) => ({
      ok: true,
      article: all.find((a) => a.id === req.id) ?? plainDraft,
    });
    const store = createReviewQueueStore(fake.api, 'author.kb');
    await store.getState().reload();
    const s = store.getState();
    expect(s.load).toEqual({ status: 'ready' });
    expect(s.inReview.map((i) => i.summary.id)).toEqual(['older', 'newer']);
    expect(s.inReview[0]?.entry?.comment).toBe('Check fees');
    expect(s.scheduled.map((i) => [i.summary.id, i.publishAt])).toEqual([
      ['later', '2026-12-01T08:00:00.000Z'],
    ]);
    expect(s.sentBack.map((i) => [i.summary.id, i.entry?.comment])).toEqual([
      ['back', 'Add the fee table'],
    ]);
    // Another owner's draft is not fetched at all.
    expect(
      fake.sent.authoring.filter((r) => r.op === 'getArticle').map((r) => (r as { id: string }).id),
    ).not.toContain('theirs');
  });

  it('says why the queue could not load', async () => {
    const fake = createFakeApi();
    fake.state.authoringAnswers.listArticles = { ok: false, problem: 'forbidden', message: 'No.' };
    const store = createReviewQueueStore(fake.api, 'author.kb');
    await store.getState().reload();
    expect(store.getState().load).toEqual({
      status: 'failed',
      problem: 'forbidden',
      message: 'No.',
    });
  });
});

describe('loadReview (R14, R15)', () => {
  it('compares the published revision with the latest, and shows a new variant whole', async () => {
    const fake = createFakeApi();
    const en = { ...revision({ revision: 3, bodyHtml: '<p>New text</p>' }), publishedRevision: 2 };
    const hu = { ...revision({ lang: 'hu', revision: 1 }), publishedRevision: null };
    fake.state.authoringAnswers.getArticle = { ok: true, article: article({ variants: [en, hu] }) };
    fake.state.authoringAnswers.getRevision = (req) => ({
      ok: true,
      revision: revision({ revision: req.revision, bodyHtml: '<p>Old text</p>', published: true }),
    });
    const review = await loadReview(fake.api, 'card-lost');
    if (!review.ok) throw new Error(review.message);
    expect(review.variants.map((v) => [v.after.lang, v.before?.revision ?? null])).toEqual([
      ['en', 2],
      ['hu', null],
    ]);
    expect(fake.sent.authoring).toContainEqual({
      op: 'getRevision',
      id: 'card-lost',
      lang: 'en',
      revision: 2,
    });
  });
});

import { describe, expect, it } from 'vitest';
import { createFakeApi } from '../../../stores/fake-api';
import { revision } from '../review/test-articles';
import { createHistoryStore, publishedRevision } from './history-store';

// R14: versions of a variant, any two compared (previous vs latest by default), restore as a draft.

const LIST = [1, 2, 3].map((n) => revision({ revision: n, published: n === 2, note: `note ${n}` }));

function setup() {
  const fake = createFakeApi();
  fake.state.authoringAnswers.listRevisions = { ok: true, revisions: LIST };
  fake.state.authoringAnswers.getRevision = (req) => ({
    ok: true,
    revision: revision({ revision: req.revision }),
  });
  return { fake, store: createHistoryStore(fake.api, 'card-lost', 'en') };
}

describe('history store (R14)', () => {
  it('lists newest first and compares the previous revision with the latest by default', async () => {
    const { store } = setup();
    await store.getState().reload();
    const s = store.getState();
    expect(s.revisions.map((r) => r.revision)).toEqual([3, 2, 1]);
    expect([s.from, s.to]).toEqual([2, 3]);
    expect(Object.keys(s.contents).sort()).toEqual(['2', '3']);
    expect(publishedRevision(s.revisions)).toBe(2);
  });

  it('puts the older revision on the left whichever order they were picked in', async () => {
    const { store } = setup();
    await store.getState().reload();
    await store.getState().select(3, 1);
    expect([store.getState().from, store.getState().to]).toEqual([1, 3]);
  });

  it('restores as a new revision and reloads the list', async () => {
    const { fake, store } = setup();
    await store.getState().reload();
    fake.state.authoringAnswers.restoreRevision = { ok: true, revision: 4 };
    const outcome = await store.getState().restore(1);
    expect(outcome).toEqual({ ok: true, revision: 4 });
    expect(fake.sent.authoring).toContainEqual({
      op: 'restoreRevision',
      id: 'card-lost',
      lang: 'en',
      revision: 1,
    });
    expect(fake.sent.authoring.filter((r) => r.op === 'listRevisions')).toHaveLength(2);
  });

  it('reports a failed content load with its problem', async () => {
    const { fake, store } = setup();
    fake.state.authoringAnswers.getRevision = { ok: false, problem: 'not-found', message: 'gone' };
    await store.getState().reload();
    expect(store.getState().contentFailure).toEqual({ problem: 'not-found', message: 'gone' });
  });
});

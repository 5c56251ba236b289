import { describe, expect, it } from 'vitest';
import { createFakeApi } from '../../../stores/fake-api';
import { feedbackItem } from './feedback-fixtures';
import { createInboxStore } from './inbox-store';

// R17: owners work through agents' feedback in an inbox and answer each item.
function setup() {
  const fake = createFakeApi();
  const open = [feedbackItem(1), feedbackItem(3, { kind: 'suggestion', reason: null })];
  const closed = [feedbackItem(2, { status: 'replied', reply: 'See step 2.' })];
  fake.state.authoringAnswers.listInbox = (req) => ({
    ok: true,
    items: (req.status === 'open' ? open : closed).filter(
      (i) => req.scope === 'all' || i.owner === 'author.kb',
    ),
  });
  let resolved = 0;
  const store = createInboxStore(fake.api, { onResolved: () => resolved++ });
  return { fake, store, open, closed, resolved: () => resolved };
}

describe('feedback inbox store (R17)', () => {
  it('loads both statuses of the scope, newest first, so each shows its count', async () => {
    const { fake, store } = setup();
    await store.getState().reload();
    const s = store.getState();
    expect(s.load).toEqual({ status: 'ready' });
    expect(s.open?.map((i) => i.id)).toEqual([3, 1]);
    expect(s.closed?.map((i) => i.id)).toEqual([2]);
    expect(fake.sent.authoring).toEqual([
      { op: 'listInbox', scope: 'mine', status: 'open' },
      { op: 'listInbox', scope: 'mine', status: 'closed' },
    ]);
  });

  it('asks again for every item when a reviewer switches to All', async () => {
    const { fake, store, open } = setup();
    open.push(feedbackItem(4, { owner: 'reviewer.kb' }));
    await store.getState().reload();
    expect(store.getState().open?.map((i) => i.id)).toEqual([3, 1]);
    await store.getState().setScope('all');
    expect(store.getState().open?.map((i) => i.id)).toEqual([4, 3, 1]);
    expect(fake.sent.authoring.at(-1)).toEqual({ op: 'listInbox', scope: 'all', status: 'closed' });
  });

  it('refuses a reply or a rejection without text, without asking the server', async () => {
    const { fake, store } = setup();
    await store.getState().reload();
    const before = fake.sent.authoring.length;
    expect(await store.getState().resolve(1, 'replied', '   ')).toMatchObject({
      ok: false,
      problem: 'reply-required',
    });
    expect(await store.getState().resolve(1, 'rejected', '')).toMatchObject({
      ok: false,
      problem: 'reply-required',
    });
    expect(fake.sent.authoring).toHaveLength(before);
  });

  it('moves an answered item to Closed and tells the badge to refresh', async () => {
    const { fake, store, resolved } = setup();
    await store.getState().reload();
    fake.state.authoringAnswers.resolveFeedback = (req) => ({
      ok: true,
      item: feedbackItem(req.id, { status: 'fixed', reply: req.reply }),
    });
    const outcome = await store.getState().resolve(1, 'fixed', '  Corrected the fee. ');
    expect(outcome.ok).toBe(true);
    expect(fake.sent.authoring.at(-1)).toEqual({
      op: 'resolveFeedback',
      id: 1,
      resolution: 'fixed',
      reply: 'Corrected the fee.',
    });
    expect(store.getState().open?.map((i) => i.id)).toEqual([3]);
    expect(store.getState().closed?.map((i) => i.id)).toEqual([1, 2]);
    expect(resolved()).toBe(1);
  });

  it('keeps the item open and says why when the server refuses', async () => {
    const { fake, store, resolved } = setup();
    await store.getState().reload();
    fake.state.authoringAnswers.resolveFeedback = {
      ok: false,
      problem: 'forbidden',
      message: 'Not your article.',
    };
    expect(await store.getState().resolve(1, 'replied', 'Thanks')).toEqual({
      ok: false,
      problem: 'forbidden',
      message: 'Not your article.',
    });
    expect(store.getState().open?.map((i) => i.id)).toEqual([3, 1]);
    expect(resolved()).toBe(0);
  });

  it('shows the offline problem when the server cannot be reached', async () => {
    const fake = createFakeApi();
    const store = createInboxStore(fake.api);
    await store.getState().reload();
    expect(store.getState().load).toMatchObject({ status: 'failed', problem: 'offline' });
  });
});

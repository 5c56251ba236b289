import { describe, expect, it } from 'vitest';
import { createArticleStore } from './article-store';
import { article, createFakeApi, details } from './fake-api';

// R17 (feedback), R18 (changes since last read), issue 6 item 3: the article view's state.

function setup() {
  const fake = createFakeApi();
  fake.state.articles = [article('a1', { revision: 3, lang: 'hu' })];
  fake.state.details.set(
    'a1',
    details({
      changes: {
        readRevision: 2,
        readAt: '2025-03-01T10:00:00.000Z',
        text: [
          { text: 'Block the card ', match: false },
          { text: 'at once', match: true },
        ],
        removedWords: 1,
      },
    }),
  );
  let favouriteChanges = 0;
  const store = createArticleStore(fake.api, { onFavouriteChanged: () => favouriteChanges++ });
  return { fake, store, favouriteChanges: () => favouriteChanges };
}

describe('article store', () => {
  it('loads the article and its details together', async () => {
    const { store } = setup();
    await store.getState().open({ id: 'a1' });
    expect(store.getState().article).toMatchObject({ status: 'loaded', article: { id: 'a1' } });
    expect(store.getState().details).toMatchObject({
      status: 'ready',
      details: { changes: { readRevision: 2 } },
    });
  });

  it('shows the article when its details fail, and retries them', async () => {
    const { fake, store } = setup();
    const real = fake.api.getArticleDetails;
    fake.api.getArticleDetails = () => Promise.reject(new Error('replica busy'));
    await store.getState().open({ id: 'a1' });
    expect(store.getState().article.status).toBe('loaded');
    expect(store.getState().details).toEqual({ status: 'failed', message: 'replica busy' });
    fake.api.getArticleDetails = real;
    await store.getState().reloadDetails();
    expect(store.getState().details.status).toBe('ready');
  });

  it('keeps only the latest of two opens', async () => {
    const { fake, store } = setup();
    fake.state.articles.push(article('a2'));
    const first = store.getState().open({ id: 'a1' });
    const second = store.getState().open({ id: 'a2' });
    await Promise.all([first, second]);
    expect(store.getState().article).toMatchObject({ article: { id: 'a2' } });
    expect(store.getState().details).toEqual({ status: 'idle' });
  });

  it('"Got it" marks the revision read and ends the banner', async () => {
    const { fake, store } = setup();
    await store.getState().open({ id: 'a1' });
    await store.getState().markRead();
    expect(fake.sent.markRead).toEqual([{ id: 'a1', lang: 'hu', revision: 3 }]);
    const d = store.getState().details;
    expect(d.status === 'ready' && d.details.changes).toBeNull();
  });

  it('sets a favourite at once, tells the lists, and puts it back when saving fails', async () => {
    const { fake, store, favouriteChanges } = setup();
    await store.getState().open({ id: 'a1' });
    await store.getState().setFavourite(true);
    expect(fake.sent.favourites).toEqual([{ id: 'a1', favourite: true }]);
    expect(favouriteChanges()).toBe(1);
    fake.api.setFavourite = () => Promise.reject(new Error('offline'));
    await expect(store.getState().setFavourite(false)).rejects.toThrow('offline');
    const d = store.getState().details;
    expect(d.status === 'ready' && d.details.favourite).toBe(true);
  });

  it('sends votes and flags for the revision on screen', async () => {
    const { fake, store } = setup();
    await store.getState().open({ id: 'a1' });
    await store.getState().vote('helpful');
    await store.getState().flag('outdated', '  The fee is €20 since March.  ');
    expect(fake.sent.feedback).toEqual([
      { kind: 'helpful', articleId: 'a1', lang: 'hu', revision: 3 },
      {
        kind: 'flag',
        articleId: 'a1',
        lang: 'hu',
        revision: 3,
        reason: 'outdated',
        comment: 'The fee is €20 since March.',
      },
    ]);
    const d = store.getState().details;
    expect(d.status === 'ready' && d.details.vote).toBe('helpful');
  });

  it('puts the vote back when it could not be sent', async () => {
    const { fake, store } = setup();
    await store.getState().open({ id: 'a1' });
    fake.api.sendFeedback = () => Promise.reject(new Error('outbox full'));
    await expect(store.getState().vote('not-helpful')).rejects.toThrow('outbox full');
    const d = store.getState().details;
    expect(d.status === 'ready' && d.details.vote).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { createDeskStore } from './desk-store';
import { createFakeApi, summary } from './fake-api';

// R18: Home's recently viewed, favourites and most used.

describe('desk store', () => {
  it('loads the three lists', async () => {
    const fake = createFakeApi();
    fake.state.desk = {
      recent: [summary('r1')],
      mostUsed: [summary('m1'), summary('m2')],
      favourites: [summary('f1')],
    };
    const store = createDeskStore(fake.api);
    expect(store.getState().status).toBe('idle');
    await store.getState().load();
    expect(store.getState().status).toBe('ready');
    expect(store.getState().lists.mostUsed.map((a) => a.id)).toEqual(['m1', 'm2']);
  });

  it('keeps the lists shown when a reload fails, and says why', async () => {
    const fake = createFakeApi();
    fake.state.desk = { recent: [summary('r1')], mostUsed: [], favourites: [] };
    const store = createDeskStore(fake.api);
    await store.getState().load();
    fake.api.getDeskLists = () => Promise.reject(new Error('replica busy'));
    await store.getState().load();
    expect(store.getState()).toMatchObject({ status: 'failed', error: 'replica busy' });
    expect(store.getState().lists.recent).toHaveLength(1);
  });

  it('reloads when articles change while followed', async () => {
    const fake = createFakeApi();
    const store = createDeskStore(fake.api);
    await store.getState().load();
    const off = store.getState().follow();
    fake.state.desk = { recent: [summary('new')], mostUsed: [], favourites: [] };
    fake.emit('articlesChanged', { added: [], changed: [], removed: ['x'], initial: false });
    await store.getState().load();
    expect(store.getState().lists.recent.map((a) => a.id)).toEqual(['new']);
    off();
    expect(fake.listenerCount('articlesChanged')).toBe(0);
  });
});

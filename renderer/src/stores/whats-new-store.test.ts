import { describe, expect, it } from 'vitest';
import { articleChange, createFakeApi } from './fake-api';
import { createWhatsNewStore, WHATS_NEW_LIMIT } from './whats-new-store';

const batch = { added: [articleChange('a1')], changed: [], removed: [], initial: false };

describe("what's new store", () => {
  it('loads the newest changes with the list limit', async () => {
    const fake = createFakeApi();
    fake.state.whatsNew = [articleChange('a2'), articleChange('a1', 'changed')];
    const store = createWhatsNewStore(fake.api);
    expect(store.getState().status).toBe('idle');
    await store.getState().load();
    expect(store.getState()).toMatchObject({ status: 'ready', error: null });
    expect(store.getState().items.map((i) => i.id)).toEqual(['a2', 'a1']);
    expect(fake.calls).toEqual([`getWhatsNew:${WHATS_NEW_LIMIT}`]);
  });

  it('reloads on articlesChanged while followed, and stops after', async () => {
    const fake = createFakeApi();
    const store = createWhatsNewStore(fake.api);
    await store.getState().load();
    expect(store.getState().items).toEqual([]);
    const off = store.getState().follow();
    fake.state.whatsNew = [articleChange('new')];
    fake.emit('articlesChanged', batch);
    await store.getState().load();
    expect(store.getState().items.map((i) => i.id)).toEqual(['new']);
    off();
    expect(fake.listenerCount('articlesChanged')).toBe(0);
  });

  it('coalesces a burst of events into one extra request', async () => {
    const fake = createFakeApi();
    const pending: (() => void)[] = [];
    const real = fake.api.getWhatsNew;
    fake.api.getWhatsNew = (q) =>
      new Promise((resolve) => pending.push(() => void real(q).then(resolve)));
    const store = createWhatsNewStore(fake.api);
    store.getState().follow();
    const first = store.getState().load();
    for (let i = 0; i < 5; i++) fake.emit('articlesChanged', batch);
    expect(pending).toHaveLength(1);
    pending.shift()?.();
    await new Promise((r) => setTimeout(r, 0));
    expect(pending).toHaveLength(1);
    pending.shift()?.();
    await first;
    expect(pending).toHaveLength(0);
    expect(store.getState().status).toBe('ready');
  });

  it('keeps the list shown when a reload fails, and says why', async () => {
    const fake = createFakeApi();
    fake.state.whatsNew = [articleChange('a1')];
    const store = createWhatsNewStore(fake.api);
    await store.getState().load();
    fake.api.getWhatsNew = () => Promise.reject(new Error('replica busy'));
    await store.getState().load();
    expect(store.getState()).toMatchObject({ status: 'failed', error: 'replica busy' });
    expect(store.getState().items).toHaveLength(1);
  });
});

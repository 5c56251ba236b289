import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeApi, hits } from './fake-api';
import { createAppStore } from './app-store';
import { createSearchStore, rerunOnContentLanguages } from './search-store';

describe('search store', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('debounces keystrokes into one search', () => {
    const fake = createFakeApi();
    const store = createSearchStore(fake.api, { debounceMs: 80 });
    for (const q of ['r', 'ro', 'rou', 'router']) store.getState().setQuery(q);
    vi.advanceTimersByTime(79);
    expect(fake.searches).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(fake.searches.map((s) => s.query.text)).toEqual(['router']);
    expect(store.getState().loading).toBe(true);
  });

  it('ignores a response that arrives after a newer one', async () => {
    const fake = createFakeApi();
    const store = createSearchStore(fake.api, { debounceMs: 0 });
    store.getState().setQuery('old');
    vi.advanceTimersByTime(0);
    store.getState().setQuery('new');
    vi.advanceTimersByTime(0);
    const [older, newer] = fake.searches;
    newer?.resolve(hits('new result'));
    await vi.runAllTimersAsync();
    older?.resolve(hits('stale 1', 'stale 2'));
    await vi.runAllTimersAsync();
    expect(store.getState().resultQuery).toBe('new');
    expect(store.getState().result?.hits.map((h) => h.title[0]?.text)).toEqual(['new result']);
    expect(store.getState().loading).toBe(false);
  });

  it('drops an in-flight response once the query is cleared', async () => {
    const fake = createFakeApi();
    const store = createSearchStore(fake.api, { debounceMs: 0 });
    store.getState().setQuery('x');
    vi.advanceTimersByTime(0);
    store.getState().setQuery('');
    fake.searches[0]?.resolve(hits('late'));
    await vi.runAllTimersAsync();
    expect(store.getState().result).toBeNull();
    expect(fake.searches).toHaveLength(1);
  });

  it('keeps the error of the latest search and clears it on success', async () => {
    const fake = createFakeApi();
    const store = createSearchStore(fake.api, { debounceMs: 0 });
    store.getState().setQuery('x');
    vi.advanceTimersByTime(0);
    fake.searches[0]?.reject(new Error('replica is locked'));
    await vi.runAllTimersAsync();
    expect(store.getState().error).toBe('replica is locked');
    store.getState().runNow();
    fake.searches[1]?.resolve(hits('a'));
    await vi.runAllTimersAsync();
    expect(store.getState().error).toBeNull();
  });

  it('moves the active result with wrap-around', async () => {
    const fake = createFakeApi();
    const store = createSearchStore(fake.api, { debounceMs: 0 });
    store.getState().setQuery('x');
    vi.advanceTimersByTime(0);
    fake.searches[0]?.resolve(hits('a', 'b', 'c'));
    await vi.runAllTimersAsync();
    const { moveActive } = store.getState();
    moveActive(1);
    expect(store.getState().activeIndex).toBe(0);
    moveActive(-1);
    expect(store.getState().activeIndex).toBe(2);
    moveActive(1);
    expect(store.getState().activeIndex).toBe(0);
  });
});

describe('search store: every keystroke, filters (R1, issue 6)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('searches on every keystroke by default', () => {
    const fake = createFakeApi();
    const store = createSearchStore(fake.api);
    for (const q of ['r', 'ro', 'rou']) store.getState().setQuery(q);
    expect(fake.searches.map((s) => s.query.text)).toEqual(['r', 'ro', 'rou']);
  });

  it('passes type and category filters and searches again when they change', () => {
    const fake = createFakeApi();
    const store = createSearchStore(fake.api, { limit: 12 });
    store.getState().setQuery('card');
    store.getState().setFilters({ type: 'canned', category: 'cards' });
    store.getState().setFilters({});
    expect(fake.searches.map((s) => s.query)).toEqual([
      { text: 'card', limit: 12 },
      { text: 'card', limit: 12, type: 'canned', category: 'cards' },
      { text: 'card', limit: 12 },
    ]);
    expect(store.getState().filters).toEqual({});
  });

  it('can highlight the first result as results arrive', async () => {
    const fake = createFakeApi();
    const store = createSearchStore(fake.api, { initialActive: 0 });
    store.getState().setQuery('x');
    fake.searches[0]?.resolve(hits('a', 'b'));
    await vi.runAllTimersAsync();
    expect(store.getState().activeIndex).toBe(0);
    store.getState().setQuery('y');
    fake.searches[1]?.resolve(hits());
    await vi.runAllTimersAsync();
    expect(store.getState().activeIndex).toBe(-1);
  });
});

describe('rerunOnContentLanguages', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('searches again when the content languages change, not for other settings', async () => {
    const fake = createFakeApi();
    const app = createAppStore(fake.api);
    const search = createSearchStore(fake.api, { debounceMs: 0 });
    await app.getState().load();
    rerunOnContentLanguages(app, search);
    search.getState().setQuery('router');
    await vi.advanceTimersByTimeAsync(0);
    expect(fake.searches).toHaveLength(1);
    await app.getState().updateSettings({ theme: 'dark' });
    expect(fake.searches).toHaveLength(1);
    await app.getState().updateSettings({ contentLanguages: ['hu', 'en'] });
    expect(fake.searches).toHaveLength(2);
  });
});

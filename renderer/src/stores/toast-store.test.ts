import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Settings } from '../../../shared/settings';
import type { NoticeSummary } from '../../../shared/workstation/sync-state';
import { articleChange, createFakeApi } from './fake-api';
import { createToastStore, TOAST_DURATION_MS } from './toast-store';

function setup(
  notifications: Settings['notifications'] | null = { articles: true, notices: true },
) {
  const fake = createFakeApi();
  const prefs = { current: notifications };
  const store = createToastStore(fake.api, { notifications: () => prefs.current });
  const off = store.getState().follow();
  return { fake, store, prefs, off };
}

const notice = (id: string): NoticeSummary => ({
  id,
  title: `Notice ${id}`,
  priority: 'info',
  requiresAck: false,
});

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('toast store', () => {
  it('makes one toast per batch of changed articles', () => {
    const { fake, store } = setup();
    fake.emit('articlesChanged', {
      added: [articleChange('a1'), articleChange('a2')],
      changed: [articleChange('a3', 'changed')],
      removed: ['gone'],
      initial: false,
    });
    const { toasts } = store.getState();
    expect(toasts).toHaveLength(1);
    expect(toasts[0]).toMatchObject({ kind: 'articles' });
    expect(toasts[0]?.kind === 'articles' && toasts[0].changes.map((c) => c.id)).toEqual([
      'a1',
      'a2',
      'a3',
    ]);
  });

  it('stays quiet for a first download, a removal only, or when the agent turned it off', () => {
    const { fake, store, prefs } = setup();
    fake.emit('articlesChanged', {
      added: [articleChange('a1')],
      changed: [],
      removed: [],
      initial: true,
    });
    fake.emit('articlesChanged', { added: [], changed: [], removed: ['x'], initial: false });
    prefs.current = { articles: false, notices: true };
    fake.emit('articlesChanged', {
      added: [articleChange('a2')],
      changed: [],
      removed: [],
      initial: false,
    });
    prefs.current = null;
    fake.emit('noticesReceived', { notices: [notice('n1')] });
    expect(store.getState().toasts).toEqual([]);
  });

  it('makes a toast for notices unless notices are turned off', () => {
    const { fake, store, prefs } = setup();
    fake.emit('noticesReceived', { notices: [notice('n1')] });
    prefs.current = { articles: true, notices: false };
    fake.emit('noticesReceived', { notices: [notice('n2')] });
    expect(store.getState().toasts).toMatchObject([{ kind: 'notices', notices: [{ id: 'n1' }] }]);
  });

  it('leaves notices to acknowledge to the urgent modal, and toasts the rest of the batch', () => {
    const { fake, store } = setup();
    const urgent: NoticeSummary = { ...notice('u1'), priority: 'urgent', requiresAck: true };
    fake.emit('noticesReceived', { notices: [urgent] });
    expect(store.getState().toasts).toEqual([]);
    const urgentNoAck: NoticeSummary = { ...notice('u2'), priority: 'urgent' };
    fake.emit('noticesReceived', { notices: [urgent, notice('n1'), urgentNoAck] });
    expect(store.getState().toasts).toMatchObject([
      { kind: 'notices', notices: [{ id: 'n1' }, { id: 'u2' }] },
    ]);
  });

  it('removes a toast after its time, or at once when dismissed', () => {
    const { fake, store } = setup();
    fake.emit('noticesReceived', { notices: [notice('n1')] });
    fake.emit('noticesReceived', { notices: [notice('n2')] });
    const [first, second] = store.getState().toasts;
    store.getState().dismiss(first?.id ?? -1);
    expect(store.getState().toasts.map((t) => t.id)).toEqual([second?.id]);
    vi.advanceTimersByTime(TOAST_DURATION_MS - 1);
    expect(store.getState().toasts).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(store.getState().toasts).toEqual([]);
  });

  it('holds toasts while paused and gives back the time that was left', () => {
    const { fake, store } = setup();
    fake.emit('noticesReceived', { notices: [notice('n1')] });
    vi.advanceTimersByTime(5000);
    store.getState().pause();
    vi.advanceTimersByTime(60_000);
    expect(store.getState().toasts).toHaveLength(1);
    store.getState().resume();
    vi.advanceTimersByTime(TOAST_DURATION_MS - 5000 - 1);
    expect(store.getState().toasts).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(store.getState().toasts).toEqual([]);
  });

  it('shows at most three, dropping the oldest', () => {
    const { fake, store } = setup();
    for (const id of ['n1', 'n2', 'n3', 'n4'])
      fake.emit('noticesReceived', { notices: [notice(id)] });
    const ids = store.getState().toasts.map((t) => (t.kind === 'notices' ? t.notices[0]?.id : ''));
    expect(ids).toEqual(['n2', 'n3', 'n4']);
  });

  it('confirms what the agent did in a toast of its own, whatever the notification settings', () => {
    const { store, prefs } = setup();
    prefs.current = { articles: false, notices: false };
    store.getState().notify('Copied to the clipboard: Card blocked');
    expect(store.getState().toasts).toMatchObject([
      { kind: 'info', message: 'Copied to the clipboard: Card blocked' },
    ]);
  });

  it('unsubscribes from both events', () => {
    const { fake, off } = setup();
    off();
    expect(fake.listenerCount('articlesChanged')).toBe(0);
    expect(fake.listenerCount('noticesReceived')).toBe(0);
  });
});

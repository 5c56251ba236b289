import { afterEach, describe, expect, it, vi } from 'vitest';
import type { NoticeView, PendingNotices } from '../../../shared/workstation/notices';
import { createFakeApi, signedIn } from './fake-api';
import { noticeView } from './fake-notices';
import {
  createNoticeHistoryStore,
  createNoticeStore,
  createPendingNoticesStore,
} from './notices-store';

const urgent = (id: string, publishAt: string): NoticeView =>
  noticeView(id, { priority: 'urgent', requiresAck: true, publishAt });

const ids = (list: NoticeView[]) => list.map((n) => n.id);

afterEach(() => {
  vi.useRealTimers();
});

describe('pending notices store', () => {
  it('puts urgent notices to acknowledge oldest first, and unread important ones pinned', async () => {
    const fake = createFakeApi();
    fake.state.notices = [
      urgent('u-new', '2025-03-05T10:00:00.000Z'),
      urgent('u-old', '2025-03-04T10:00:00.000Z'),
      noticeView('imp', { priority: 'important' }),
      noticeView('imp-read', {
        priority: 'important',
        reading: { readAt: '2025-03-04T11:00:00.000Z', acknowledgedAt: null },
      }),
      noticeView('imp-expired', { priority: 'important', status: 'expired' }),
      noticeView('info'),
    ];
    const store = createPendingNoticesStore(fake.api);
    await store.getState().load();
    expect(ids(store.getState().mustAcknowledge)).toEqual(['u-old', 'u-new']);
    expect(ids(store.getState().pinned)).toEqual(['imp']);
  });

  it('reloads on noticesReceived, noticesChanged and sessionChanged, and stops after', async () => {
    const fake = createFakeApi();
    const store = createPendingNoticesStore(fake.api);
    const off = store.getState().follow();
    await store.getState().load();
    expect(store.getState().mustAcknowledge).toEqual([]);

    fake.state.notices = [urgent('u1', '2025-03-04T10:00:00.000Z')];
    fake.emit('noticesReceived', {
      notices: [{ id: 'u1', title: 'Notice u1', priority: 'urgent', requiresAck: true }],
    });
    await store.getState().load();
    expect(ids(store.getState().mustAcknowledge)).toEqual(['u1']);

    fake.state.notices = [noticeView('imp', { priority: 'important' })];
    fake.emit('noticesChanged', null);
    await store.getState().load();
    expect(ids(store.getState().pinned)).toEqual(['imp']);
    expect(store.getState().mustAcknowledge).toEqual([]);

    fake.state.notices = [];
    fake.emit('sessionChanged', signedIn());
    await store.getState().load();
    expect(store.getState().pinned).toEqual([]);

    off();
    for (const event of ['noticesReceived', 'noticesChanged', 'sessionChanged'] as const)
      expect(fake.listenerCount(event)).toBe(0);
  });

  it('acknowledges through the API and shows the next notice at once', async () => {
    const fake = createFakeApi();
    fake.state.notices = [
      urgent('u1', '2025-03-04T10:00:00.000Z'),
      urgent('u2', '2025-03-04T11:00:00.000Z'),
    ];
    const store = createPendingNoticesStore(fake.api);
    await store.getState().load();
    const done = store.getState().acknowledge('u1');
    expect(store.getState().acknowledging).toBe('u1');
    await done;
    expect(fake.sent.noticeAcks).toEqual(['u1']);
    expect(ids(store.getState().mustAcknowledge)).toEqual(['u2']);
    expect(store.getState().acknowledging).toBeNull();
  });

  it('does not bring back an acknowledged notice from a reload that started before', async () => {
    const fake = createFakeApi();
    fake.state.notices = [urgent('u1', '2025-03-04T10:00:00.000Z')];
    const store = createPendingNoticesStore(fake.api);
    await store.getState().load();
    // A reload answered with the state from before the acknowledgement reached the core.
    const stale: PendingNotices = { mustAcknowledge: [...fake.state.notices], pinned: [] };
    let answer: ((p: PendingNotices) => void) | undefined;
    const real = fake.api.getPendingNotices;
    fake.api.getPendingNotices = () => {
      fake.api.getPendingNotices = real;
      return new Promise<PendingNotices>((resolve) => {
        answer = resolve;
      });
    };
    const reload = store.getState().load();
    const acknowledged = store.getState().acknowledge('u1');
    await vi.waitFor(() => expect(fake.sent.noticeAcks).toEqual(['u1']));
    expect(store.getState().mustAcknowledge).toEqual([]);
    const shown: string[][] = [];
    store.subscribe((s) => shown.push(ids(s.mustAcknowledge)));
    answer?.(stale);
    await reload;
    await acknowledged;
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.filter((list) => list.includes('u1'))).toEqual([]);
  });

  it('keeps the notice and says why when the acknowledgement fails', async () => {
    const fake = createFakeApi();
    fake.state.notices = [urgent('u1', '2025-03-04T10:00:00.000Z')];
    const store = createPendingNoticesStore(fake.api);
    await store.getState().load();
    fake.api.acknowledgeNotice = () => Promise.reject(new Error('replica busy.'));
    await store.getState().acknowledge('u1');
    expect(ids(store.getState().mustAcknowledge)).toEqual(['u1']);
    expect(store.getState()).toMatchObject({
      acknowledging: null,
      acknowledgeError: 'replica busy',
    });
  });
});

describe('notice history store', () => {
  it('lists every notice, expired ones too, as the core answers', async () => {
    const fake = createFakeApi();
    fake.state.notices = [noticeView('n2'), noticeView('n1', { status: 'expired' })];
    const asked: unknown[] = [];
    const real = fake.api.listNotices;
    fake.api.listNotices = (q) => {
      asked.push(q);
      return real(q);
    };
    const store = createNoticeHistoryStore(fake.api);
    await store.getState().load();
    expect(ids(store.getState().items)).toEqual(['n2', 'n1']);
    expect(asked).toEqual([{ includeExpired: true }]);
  });

  it('searches once the agent pauses typing, with the text trimmed', async () => {
    vi.useFakeTimers();
    const fake = createFakeApi();
    fake.state.notices = [
      noticeView('outage', { title: 'Kártyarendszer leállás', lang: 'hu' }),
      noticeView('other', { title: 'Új díjszabás' }),
    ];
    const asked: (string | undefined)[] = [];
    const real = fake.api.listNotices;
    fake.api.listNotices = (q) => {
      asked.push(q.text);
      return real(q);
    };
    const store = createNoticeHistoryStore(fake.api, { debounceMs: 100 });
    store.getState().setText('lea');
    store.getState().setText(' leallas ');
    expect(asked).toEqual([]);
    await vi.advanceTimersByTimeAsync(100);
    expect(asked).toEqual(['leallas']);
    expect(ids(store.getState().items)).toEqual(['outage']);
    expect(store.getState().shownText).toBe('leallas');

    store.getState().setText('');
    await vi.advanceTimersByTimeAsync(100);
    expect(asked).toEqual(['leallas', undefined]);
    expect(ids(store.getState().items)).toEqual(['outage', 'other']);
  });

  it('reloads on noticesChanged while followed', async () => {
    const fake = createFakeApi();
    const store = createNoticeHistoryStore(fake.api);
    const off = store.getState().follow();
    await store.getState().load();
    fake.state.notices = [noticeView('n1')];
    fake.emit('noticesChanged', null);
    await store.getState().load();
    expect(ids(store.getState().items)).toEqual(['n1']);
    off();
    expect(fake.listenerCount('noticesChanged')).toBe(0);
  });
});

describe('notice store', () => {
  it('shows a notice and marks it read once', async () => {
    const fake = createFakeApi();
    fake.state.notices = [noticeView('n1')];
    const store = createNoticeStore(fake.api);
    await store.getState().open('n1');
    expect(store.getState().status).toBe('ready');
    expect(store.getState().notice?.reading.readAt).not.toBeNull();
    expect(fake.sent.noticeReads).toEqual(['n1']);
    // Opened again (already read): nothing more to tell the server.
    await store.getState().open('n1');
    expect(fake.sent.noticeReads).toEqual(['n1']);
  });

  it('says when the notice is not on this workstation, without marking anything', async () => {
    const fake = createFakeApi();
    const store = createNoticeStore(fake.api);
    await store.getState().open('nope');
    expect(store.getState()).toMatchObject({ status: 'missing', notice: null });
    expect(fake.sent.noticeReads).toEqual([]);
  });

  it('drops the answer for a notice the agent already left', async () => {
    const fake = createFakeApi();
    fake.state.notices = [noticeView('n1'), noticeView('n2')];
    const real = fake.api.getNotice;
    let release: (() => void) | undefined;
    fake.api.getNotice = (ref) =>
      ref.id === 'n1'
        ? new Promise((resolve) => {
            release = () => void real(ref).then(resolve);
          })
        : real(ref);
    const store = createNoticeStore(fake.api);
    const first = store.getState().open('n1');
    await store.getState().open('n2');
    release?.();
    await first;
    expect(store.getState().notice?.id).toBe('n2');
    expect(fake.sent.noticeReads).toEqual(['n2']);
  });

  it('acknowledges the open notice', async () => {
    const fake = createFakeApi();
    fake.state.notices = [urgent('u1', '2025-03-04T10:00:00.000Z')];
    const store = createNoticeStore(fake.api);
    await store.getState().open('u1');
    await store.getState().acknowledge();
    expect(fake.sent.noticeAcks).toEqual(['u1']);
    expect(store.getState().notice?.reading.acknowledgedAt).not.toBeNull();
    expect(store.getState().acknowledging).toBe(false);
  });

  it('reloads the open notice on noticesChanged without marking it read again', async () => {
    const fake = createFakeApi();
    fake.state.notices = [noticeView('n1')];
    const store = createNoticeStore(fake.api);
    const off = store.getState().follow();
    await store.getState().open('n1');
    fake.state.notices = [noticeView('n1', { status: 'expired', title: 'Changed' })];
    fake.emit('noticesChanged', null);
    await vi.waitFor(() => expect(store.getState().notice?.title).toBe('Changed'));
    expect(fake.sent.noticeReads).toEqual(['n1']);
    off();
  });
});

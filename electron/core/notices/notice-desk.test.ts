// Team-lead notices on the workstation (issue 8): history, pending, reading, announcements and
// the timer, on a real replica file with a clock the tests move.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AgentEvents } from '../../../shared/api';
import type { ContentLanguage } from '../../../shared/languages';
import {
  outboxEventSchema,
  type EventPayload,
  type OutboxEventType,
} from '../../../shared/sync/outbox';
import type { NoticeRecord } from '../../../shared/sync/records';
import { applyChangesPage } from '../../../db/sync/apply';
import { bindReplica } from '../../../db/sync/state';
import { articleRecord, options } from '../../../db/sync/test-records';
import { tempReplica } from '../../../db/testing';
import { NO_ACK_ASKED, NoticeDesk, UNKNOWN_NOTICE } from './notice-desk';

type Report = { type: OutboxEventType; payload: EventPayload<OutboxEventType> };
type Emitted = { event: keyof AgentEvents; payload: unknown };

const cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.splice(0).forEach((c) => c());
  vi.useRealTimers();
});

const T0 = Date.parse('2026-11-24T08:00:00.000Z');
const at = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString();

function notice(id: string, fields: Partial<NoticeRecord> = {}): NoticeRecord {
  return {
    kind: 'notice',
    id,
    version: 1,
    priority: 'info',
    title: { en: `Notice ${id}` },
    body: { en: '<p>Body</p>' },
    requiresAck: false,
    publishedAt: at(-60),
    expiresAt: null,
    publishAt: at(-60),
    linkedArticleIds: [],
    remindedAt: null,
    ...fields,
  };
}

function setup(langs: ContentLanguage[] = ['en']) {
  const r = tempReplica();
  cleanups.push(r.dispose);
  let clock = T0;
  const reports: Report[] = [];
  const emitted: Emitted[] = [];
  const desk = new NoticeDesk({
    replica: r.replica,
    readingLanguages: () => langs,
    report: (type, payload) => reports.push({ type, payload }),
    emit: (event, payload) => emitted.push({ event, payload }),
    now: () => new Date(clock),
  });
  cleanups.push(() => desk.close());
  let cursor = 0;
  const apply = (records: NoticeRecord[], initial = false) => {
    const outcome = applyChangesPage(
      r.replica,
      records.map((record) => ({ op: 'upsert' as const, record })),
      ++cursor,
      options,
    );
    desk.applied(outcome, initial);
    return outcome;
  };
  const received = () =>
    emitted
      .filter((e) => e.event === 'noticesReceived')
      .map((e) => (e.payload as AgentEvents['noticesReceived']).notices.map((n) => n.id));
  return {
    desk,
    replica: r.replica,
    reports,
    emitted,
    apply,
    received,
    move: (minutes: number) => {
      clock = T0 + minutes * 60_000;
    },
  };
}

const ids = (views: { id: string }[]) => views.map((v) => v.id);

describe('NoticeDesk', () => {
  it('lists newest first by publishAt, hides scheduled ones, marks expired ones', () => {
    const s = setup();
    s.apply([
      notice('old', { publishAt: at(-120) }),
      notice('new', { publishAt: at(-5) }),
      notice('gone', { publishAt: at(-30), expiresAt: at(-1) }),
      notice('later', { publishAt: at(30) }),
    ]);
    const list = s.desk.list({});
    expect(ids(list)).toEqual(['new', 'gone', 'old']);
    expect(list.map((n) => n.status)).toEqual(['active', 'expired', 'active']);
    expect(ids(s.desk.list({ includeExpired: false }))).toEqual(['new', 'old']);
    expect(s.desk.get('later')).toBeNull();
    expect(() => s.desk.markRead('later')).toThrow(UNKNOWN_NOTICE('later'));
    expect(s.desk.get('gone')?.status).toBe('expired');
    s.move(31);
    expect(ids(s.desk.list({}))[0]).toBe('later');
  });

  it('finds Hungarian typed without accents and Simplified text from a Traditional query', () => {
    const s = setup(['hu', 'zh-Hans', 'en']);
    s.apply([
      notice('hu', {
        title: { hu: 'Új kártyatermék hétfőtől', en: 'New card product' },
        body: { hu: '<p>A <b>jelszó</b> visszaállítása megváltozik.</p>' },
      }),
      notice('zh', {
        title: { 'zh-Hans': '密码重置流程变更' },
        body: { 'zh-Hans': '<p>从周一起</p>' },
      }),
      notice('en', { title: { en: 'Outage' }, body: { en: '<p>Mobile app is down</p>' } }),
    ]);
    expect(ids(s.desk.list({ text: 'kartyatermek' }))).toEqual(['hu']);
    expect(ids(s.desk.list({ text: 'JELSZO visszaallitasa' }))).toEqual(['hu']);
    expect(ids(s.desk.list({ text: '密碼重置' }))).toEqual(['zh']);
    expect(ids(s.desk.list({ text: '重置' }))).toEqual(['zh']);
    expect(ids(s.desk.list({ text: 'mobile down' }))).toEqual(['en']);
    expect(s.desk.list({ text: 'jelszo outage' })).toEqual([]);
    // The view is in the best reading language the notice has.
    expect(s.desk.get('hu')).toMatchObject({ lang: 'hu', title: 'Új kártyatermék hétfőtől' });
  });

  it('pending: urgent with ack until acknowledged (oldest first), important until read', () => {
    const s = setup();
    s.apply([
      notice('u2', { priority: 'urgent', requiresAck: true, publishAt: at(-5) }),
      notice('u1', { priority: 'urgent', requiresAck: true, publishAt: at(-10) }),
      notice('u-noack', { priority: 'urgent', requiresAck: false }),
      notice('imp', { priority: 'important' }),
      notice('info', { priority: 'info' }),
      notice('u-expired', { priority: 'urgent', requiresAck: true, expiresAt: at(-1) }),
      notice('u-later', { priority: 'urgent', requiresAck: true, publishAt: at(10) }),
    ]);
    let pending = s.desk.pending();
    expect(ids(pending.mustAcknowledge)).toEqual(['u1', 'u2']);
    expect(ids(pending.pinned).sort()).toEqual(['imp', 'u-noack']);

    s.desk.markRead('u1');
    s.desk.markRead('imp');
    s.desk.markRead('u-noack');
    pending = s.desk.pending();
    expect(ids(pending.mustAcknowledge)).toEqual(['u1', 'u2']);
    expect(pending.pinned).toEqual([]);
    s.desk.acknowledge('u1');
    expect(ids(s.desk.pending().mustAcknowledge)).toEqual(['u2']);
    expect(() => s.desk.acknowledge('info')).toThrow(NO_ACK_ASKED('info'));
    expect(() => s.desk.acknowledge('nope')).toThrow(UNKNOWN_NOTICE('nope'));
  });

  it('reads and acknowledges once: stamps kept, one event of each type, valid for the outbox', () => {
    const s = setup();
    s.apply([notice('u', { priority: 'urgent', requiresAck: true, version: 7 })]);
    s.move(1);
    s.desk.acknowledge('u');
    s.move(2);
    s.desk.acknowledge('u');
    s.desk.markRead('u');
    expect(s.reports).toEqual([
      { type: 'notice-read', payload: { noticeId: 'u' } },
      { type: 'notice-ack', payload: { noticeId: 'u', version: 7 } },
    ]);
    for (const r of s.reports) {
      const event = {
        key: crypto.randomUUID(),
        occurredAt: at(0),
        deviceId: 'ws',
        type: r.type,
        payload: r.payload,
      };
      expect(outboxEventSchema.safeParse(event).success).toBe(true);
    }
    expect(s.desk.get('u')?.reading).toEqual({ readAt: at(1), acknowledgedAt: at(1) });
    expect(s.emitted.filter((e) => e.event === 'noticesChanged')).toHaveLength(4);
  });

  it('announces arrivals that are live, never scheduled ones or a first download', () => {
    const s = setup();
    s.apply([notice('first')], true);
    expect(s.received()).toEqual([]);
    s.apply([notice('now', { priority: 'urgent' }), notice('later', { publishAt: at(30) })]);
    expect(s.received()).toEqual([['now']]);
    // A new version (an edit) is not announced again.
    s.apply([notice('now', { priority: 'urgent', version: 2, title: { en: 'Edited' } })]);
    expect(s.received()).toEqual([['now']]);
  });

  it('a reminder re-announces and re-pins only what the agent has not read / acknowledged', () => {
    const s = setup();
    s.apply([
      notice('read-info'),
      notice('unread-info'),
      notice('acked', { priority: 'urgent', requiresAck: true }),
      notice('read-not-acked', { requiresAck: true }),
    ]);
    s.desk.markRead('read-info');
    s.desk.acknowledge('acked');
    s.desk.markRead('read-not-acked');
    expect(s.desk.pending()).toEqual({ mustAcknowledge: [], pinned: [] });

    s.move(5);
    s.apply(
      ['read-info', 'unread-info', 'acked', 'read-not-acked'].map((id) =>
        notice(id, {
          version: 2,
          requiresAck: id === 'acked' || id === 'read-not-acked',
          priority: id === 'acked' ? 'urgent' : 'info',
          remindedAt: at(4),
        }),
      ),
    );
    expect(s.received().at(-1)?.sort()).toEqual(['read-not-acked', 'unread-info']);
    expect(ids(s.desk.pending().pinned).sort()).toEqual(['read-not-acked', 'unread-info']);
    expect(s.desk.get('unread-info')?.remindedAt).toBe(at(4));
    expect(s.desk.get('read-info')?.remindedAt).toBeNull();
    // Opening it again puts the reminder away; acknowledging clears the other.
    s.desk.markRead('unread-info');
    s.desk.acknowledge('read-not-acked');
    expect(s.desk.pending().pinned).toEqual([]);
    // The same reminder again (an edit without a new one) announces nothing.
    const before = s.received().length;
    s.apply([notice('unread-info', { version: 3, remindedAt: at(4), title: { en: 'Edit' } })]);
    expect(s.received()).toHaveLength(before);
  });

  it('the timer announces a scheduled notice when it goes live and says when one expires', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const s = setup();
    s.apply([
      notice('soon', { priority: 'urgent', requiresAck: true, publishAt: at(10) }),
      notice('ends', { expiresAt: at(20) }),
    ]);
    // Only the live one is announced on arrival.
    expect(s.received()).toEqual([['ends']]);
    expect(s.desk.pending().mustAcknowledge).toEqual([]);
    const changes = () => s.emitted.filter((e) => e.event === 'noticesChanged').length;
    const beforeLive = changes();

    s.move(10);
    vi.advanceTimersByTime(10 * 60_000);
    expect(s.received()).toEqual([['ends'], ['soon']]);
    expect(ids(s.desk.pending().mustAcknowledge)).toEqual(['soon']);
    expect(changes()).toBe(beforeLive + 1);

    s.move(20);
    vi.advanceTimersByTime(10 * 60_000);
    expect(changes()).toBe(beforeLive + 2);
    expect(s.desk.get('ends')?.status).toBe('expired');
    expect(s.received()).toEqual([['ends'], ['soon']]);
    // Nothing further is due: no timer left.
    expect(vi.getTimerCount()).toBe(0);
  });

  it('forgets the reading when someone else signs in at the desk', () => {
    const s = setup();
    bindReplica(s.replica, 'http://server', 'agent-1');
    s.apply([notice('imp', { priority: 'important', linkedArticleIds: ['art', 'missing'] })]);
    applyChangesPage(s.replica, [{ op: 'upsert', record: articleRecord('art', 1) }], 99, options);
    expect(s.desk.get('imp')?.linkedArticles).toEqual([{ id: 'art', title: 'Article art' }]);
    s.desk.markRead('imp');
    expect(s.desk.pending().pinned).toEqual([]);
    bindReplica(s.replica, 'http://server', 'agent-2');
    expect(s.replica.db.prepare('SELECT count(*) FROM notice_reading').pluck().get()).toBe(0);
  });
});

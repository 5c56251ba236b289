import { describe, expect, it } from 'vitest';
import type {
  NoticeFollowUp,
  NoticeRecipient,
  SentNoticeSummary,
} from '../../../../shared/workstation/notices';
import {
  awaitingRecipients,
  groupRecipients,
  newestFirst,
  progress,
  recipientGroup,
  sentStatus,
} from './follow-up';

function recipient(name: string, overrides: Partial<NoticeRecipient> = {}): NoticeRecipient {
  return {
    userId: `u-${name}`,
    username: name,
    name,
    businessLines: ['cards'],
    positions: ['agent'],
    readAt: null,
    acknowledgedAt: null,
    acknowledgedOn: null,
    ...overrides,
  };
}

function summary(id: string, overrides: Partial<SentNoticeSummary> = {}): SentNoticeSummary {
  return {
    id,
    priority: 'info',
    title: { en: id },
    requiresAck: false,
    publishAt: '2026-11-24T09:00:00Z',
    expiresAt: null,
    audienceSize: 3,
    read: 0,
    acknowledged: 0,
    ...overrides,
  };
}

function followUp(requiresAck: boolean, recipients: NoticeRecipient[]): NoticeFollowUp {
  return {
    notice: {
      ...summary('n', { requiresAck }),
      audience: { businessLines: [], positions: [] },
      body: { en: '<p>x</p>' },
      linkedArticleIds: [],
    },
    recipients,
    teams: [],
    remindedAt: null,
  };
}

const READ = '2026-11-24T09:10:00Z';

describe('recipient groups', () => {
  it('puts each recipient in one group, by name within it', () => {
    const all = [
      recipient('zoe'),
      recipient('ann', { readAt: READ, acknowledgedAt: READ }),
      recipient('bob', { readAt: READ }),
      recipient('amy'),
    ];
    expect(all.map(recipientGroup)).toEqual(['missing', 'acknowledged', 'read', 'missing']);
    const groups = groupRecipients(all);
    expect(groups.missing.map((r) => r.name)).toEqual(['amy', 'zoe']);
    expect(groups.read.map((r) => r.name)).toEqual(['bob']);
    expect(groups.acknowledged.map((r) => r.name)).toEqual(['ann']);
  });
});

describe('awaitingRecipients (who a reminder reaches)', () => {
  const people = [
    recipient('a'),
    recipient('b', { readAt: READ }),
    recipient('c', { readAt: READ, acknowledgedAt: READ }),
  ];

  it('counts those not yet acknowledged when acknowledgement is asked for', () => {
    expect(awaitingRecipients(followUp(true, people)).map((r) => r.name)).toEqual(['a', 'b']);
  });

  it('counts those not yet read otherwise', () => {
    expect(awaitingRecipients(followUp(false, people)).map((r) => r.name)).toEqual(['a']);
  });
});

describe('progress', () => {
  it('gives whole percentages and survives an empty audience', () => {
    expect(progress({ audienceSize: 3, read: 1, acknowledged: 2 })).toEqual({
      read: 33,
      acknowledged: 67,
    });
    expect(progress({ audienceSize: 0, read: 0, acknowledged: 0 })).toEqual({
      read: 0,
      acknowledged: 0,
    });
    expect(progress({ audienceSize: 2, read: 5, acknowledged: 0 }).read).toBe(100);
  });
});

describe('newestFirst', () => {
  it('orders by publication, newest first, ties by id', () => {
    const list = [
      summary('old', { publishAt: '2026-11-01T00:00:00Z' }),
      summary('b', { publishAt: '2026-11-24T00:00:00Z' }),
      summary('a', { publishAt: '2026-11-24T00:00:00+00:00' }),
      summary('mid', { publishAt: '2026-11-10T00:00:00Z' }),
    ];
    expect(newestFirst(list).map((n) => n.id)).toEqual(['a', 'b', 'mid', 'old']);
  });
});

describe('sentStatus', () => {
  const now = new Date('2026-11-24T12:00:00Z');
  it('tells scheduled, active and expired apart', () => {
    expect(sentStatus({ publishAt: '2026-11-25T00:00:00Z', expiresAt: null }, now)).toBe(
      'scheduled',
    );
    expect(sentStatus({ publishAt: '2026-11-24T00:00:00Z', expiresAt: null }, now)).toBe('active');
    expect(
      sentStatus({ publishAt: '2026-11-20T00:00:00Z', expiresAt: '2026-11-24T11:00:00Z' }, now),
    ).toBe('expired');
  });
});

import { describe, expect, it } from 'vitest';
import type { AuditReport } from '../../../../../shared/workstation/authoring';
import { daysLeft, daysOverdue, onlyOwner, ownerNames } from './audit-rows';

// R16: the audit counts days the way an owner reads a calendar, and "Only mine" narrows it.
const now = new Date('2026-11-24T13:35:00Z');
const row = (id: string, owner: string) => ({
  id,
  title: id,
  owner,
  status: 'published' as const,
  reviewDueAt: '2026-11-13T13:30:00Z',
  updatedAt: '2026-05-08T10:00:00Z',
});

describe('audit rows (R16)', () => {
  it('counts whole days overdue and days left rounded up', () => {
    expect(daysOverdue('2026-11-13T13:30:00Z', now)).toBe(11);
    expect(daysOverdue('2026-11-24T13:00:00Z', now)).toBe(1);
    expect(daysLeft('2026-11-26T13:30:00Z', now)).toBe(2);
    expect(daysLeft('2026-11-24T20:00:00Z', now)).toBe(1);
    expect(daysLeft(null, now)).toBeNull();
  });

  it('keeps only the owner’s rows but the whole owners overview', () => {
    const report: AuditReport = {
      overdue: [row('a', 'author.kb'), row('b', 'reviewer.kb')],
      dueSoon: [row('c', 'reviewer.kb')],
      stale: [
        {
          ...row('d', 'author.kb'),
          reasons: ['never-viewed'],
          views90d: 0,
          helpful: 0,
          notHelpful: 0,
        },
      ],
      owners: [
        {
          owner: 'author.kb',
          displayName: 'Sam Taylor',
          articles: 2,
          overdue: 1,
          dueSoon: 0,
          openFeedback: 0,
        },
        {
          owner: 'reviewer.kb',
          displayName: 'Lin Yu-ting',
          articles: 2,
          overdue: 1,
          dueSoon: 1,
          openFeedback: 1,
        },
      ],
      staleDays: 180,
      dueSoonDays: 14,
    };
    const mine = onlyOwner(report, 'author.kb');
    expect(mine.overdue.map((r) => r.id)).toEqual(['a']);
    expect(mine.dueSoon).toEqual([]);
    expect(mine.stale.map((r) => r.id)).toEqual(['d']);
    expect(mine.owners).toHaveLength(2);
    expect(onlyOwner(report, null)).toBe(report);
    expect(ownerNames(report).get('reviewer.kb')).toBe('Lin Yu-ting');
  });
});

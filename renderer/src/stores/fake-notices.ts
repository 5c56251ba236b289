import type {
  NoticeListQuery,
  NoticeView,
  PendingNotices,
} from '../../../shared/workstation/notices';

/** A notice for tests: active info notice in English, never opened, with `overrides` applied. */
export function noticeView(id: string, overrides: Partial<NoticeView> = {}): NoticeView {
  return {
    id,
    priority: 'info',
    lang: 'en',
    title: `Notice ${id}`,
    bodyHtml: `<p>Body of ${id}</p>`,
    requiresAck: false,
    publishAt: '2025-03-04T09:15:00.000Z',
    expiresAt: null,
    status: 'active',
    linkedArticles: [],
    reading: { readAt: null, acknowledgedAt: null },
    remindedAt: null,
    ...overrides,
  };
}

/** Lower case without accents, as the core compares ("Ügyfél" finds "ugyfel"). */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** What listNotices answers in the fake: every word in the title or the body's text. */
export function listFakeNotices(notices: NoticeView[], query: NoticeListQuery): NoticeView[] {
  const words = fold(query.text ?? '')
    .split(/\s+/)
    .filter((w) => w !== '');
  return notices
    .filter((n) => query.includeExpired !== false || n.status !== 'expired')
    .filter((n) => {
      const text = fold(`${n.title} ${n.bodyHtml.replace(/<[^>]*>/g, ' ')}`);
      return words.every((w) => text.includes(w));
    })
    .slice(0, query.limit ?? 500);
}

/** What getPendingNotices answers in the fake (active notices only, as the core does). */
export function pendingFakeNotices(notices: NoticeView[]): PendingNotices {
  const active = notices.filter((n) => n.status === 'active');
  return {
    mustAcknowledge: active
      .filter((n) => n.priority === 'urgent' && n.requiresAck && !n.reading.acknowledgedAt)
      .sort((a, b) => a.publishAt.localeCompare(b.publishAt)),
    pinned: active.filter((n) => n.priority === 'important' && !n.reading.readAt),
  };
}

/** The fake's markNoticeRead / acknowledgeNotice: the reading changes in place. */
export function readFakeNotice(
  notices: NoticeView[],
  id: string,
  acknowledge: boolean,
  now = new Date().toISOString(),
): NoticeView[] {
  return notices.map((n) =>
    n.id !== id
      ? n
      : {
          ...n,
          reading: {
            readAt: n.reading.readAt ?? now,
            acknowledgedAt: acknowledge
              ? (n.reading.acknowledgedAt ?? now)
              : n.reading.acknowledgedAt,
          },
        },
  );
}

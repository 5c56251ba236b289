import type {
  NoticeFollowUp,
  NoticeRecipient,
  SentNoticeSummary,
} from '../../../../shared/workstation/notices';

/** Where one recipient stands: acknowledged, read (not acknowledged), or not read yet. */
export type RecipientGroup = 'acknowledged' | 'read' | 'missing';
export const RECIPIENT_GROUPS: readonly RecipientGroup[] = ['missing', 'read', 'acknowledged'];

export function recipientGroup(r: NoticeRecipient): RecipientGroup {
  if (r.acknowledgedAt) return 'acknowledged';
  return r.readAt ? 'read' : 'missing';
}

/** Recipients in each group: the ones still missing first, by name within a group. */
export function groupRecipients(
  recipients: readonly NoticeRecipient[],
): Record<RecipientGroup, NoticeRecipient[]> {
  const groups: Record<RecipientGroup, NoticeRecipient[]> = {
    missing: [],
    read: [],
    acknowledged: [],
  };
  for (const r of recipients) groups[recipientGroup(r)].push(r);
  for (const list of Object.values(groups)) list.sort((a, b) => a.name.localeCompare(b.name));
  return groups;
}

/**
 * Who a reminder reaches: those who have not done what the notice asks, i.e. not acknowledged
 * when it needs acknowledgement, else not read.
 */
export function awaitingRecipients(followUp: NoticeFollowUp): NoticeRecipient[] {
  return followUp.recipients.filter((r) =>
    followUp.notice.requiresAck ? !r.acknowledgedAt : !r.readAt,
  );
}

/** Read and acknowledged as whole percentages of the audience (0 for an empty audience). */
export function progress(counts: { audienceSize: number; read: number; acknowledged: number }): {
  read: number;
  acknowledged: number;
} {
  if (counts.audienceSize <= 0) return { read: 0, acknowledged: 0 };
  const pct = (n: number) =>
    Math.min(100, Math.max(0, Math.round((n / counts.audienceSize) * 100)));
  return { read: pct(counts.read), acknowledged: pct(counts.acknowledged) };
}

/** Newest publication first; the id breaks ties so the order never flickers between refreshes. */
export function newestFirst(notices: readonly SentNoticeSummary[]): SentNoticeSummary[] {
  return [...notices].sort((a, b) => {
    const byTime = Date.parse(b.publishAt) - Date.parse(a.publishAt);
    return byTime !== 0 ? byTime : a.id.localeCompare(b.id);
  });
}

/** Where a sent notice stands by the clock. */
export function sentStatus(
  notice: Pick<SentNoticeSummary, 'publishAt' | 'expiresAt'>,
  now: Date,
): 'scheduled' | 'active' | 'expired' {
  if (Date.parse(notice.publishAt) > now.getTime()) return 'scheduled';
  if (notice.expiresAt !== null && Date.parse(notice.expiresAt) <= now.getTime()) return 'expired';
  return 'active';
}

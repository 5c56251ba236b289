import type { LocalizedText, NoticePriority } from '../../shared/sync/records';
import type { Replica } from '../connection';

/*
 * Notices in the replica with where the agent at this desk stands with each (notice_reading,
 * migration 006). Notices are few (tens, rarely hundreds), so callers filter and sort in memory.
 */

export interface StoredNotice {
  id: string;
  version: number;
  priority: NoticePriority;
  title: LocalizedText;
  body: LocalizedText;
  requiresAck: boolean;
  publishAt: string;
  expiresAt: string | null;
  linkedArticleIds: string[];
  remindedAt: string | null;
  readAt: string | null;
  acknowledgedAt: string | null;
  reminderSeenAt: string | null;
}

interface Row {
  id: string;
  version: number;
  priority: NoticePriority;
  title: string;
  body: string;
  requiresAck: number;
  publishAt: string | null;
  publishedAt: string;
  expiresAt: string | null;
  linkedArticleIds: string;
  remindedAt: string | null;
  readAt: string | null;
  acknowledgedAt: string | null;
  reminderSeenAt: string | null;
}

const SELECT = `
  SELECT n.id, n.version, n.priority, n.title, n.body, n.requires_ack AS requiresAck,
         n.publish_at AS publishAt, n.published_at AS publishedAt, n.expires_at AS expiresAt,
         n.linked_article_ids AS linkedArticleIds, n.reminded_at AS remindedAt,
         r.read_at AS readAt, r.acknowledged_at AS acknowledgedAt,
         r.reminder_seen_at AS reminderSeenAt
    FROM notice n LEFT JOIN notice_reading r ON r.notice_id = n.id`;
const ALL = SELECT;
const ONE = `${SELECT} WHERE n.id = ?`;

function parse(row: Row): StoredNotice {
  return {
    id: row.id,
    version: row.version,
    priority: row.priority,
    title: JSON.parse(row.title) as LocalizedText,
    body: JSON.parse(row.body) as LocalizedText,
    requiresAck: row.requiresAck === 1,
    publishAt: row.publishAt ?? row.publishedAt,
    expiresAt: row.expiresAt,
    linkedArticleIds: JSON.parse(row.linkedArticleIds) as string[],
    remindedAt: row.remindedAt,
    readAt: row.readAt,
    acknowledgedAt: row.acknowledgedAt,
    reminderSeenAt: row.reminderSeenAt,
  };
}

export function allNotices(replica: Replica): StoredNotice[] {
  return replica.statement<[], Row>(ALL).all().map(parse);
}

export function storedNotice(replica: Replica, id: string): StoredNotice | null {
  const row = replica.statement<[string], Row>(ONE).get(id);
  return row ? parse(row) : null;
}

// Each stamp is kept once: the first read and the first acknowledgement are what happened.
// reminder_seen_at moves every time: the agent has seen the latest reminder.
const ENSURE = `INSERT INTO notice_reading (notice_id) VALUES (?) ON CONFLICT (notice_id) DO NOTHING`;
const READ = `UPDATE notice_reading SET read_at = coalesce(read_at, @at), reminder_seen_at = @at
  WHERE notice_id = @id`;
const ACK = `UPDATE notice_reading SET read_at = coalesce(read_at, @at),
  acknowledged_at = coalesce(acknowledged_at, @at), reminder_seen_at = @at WHERE notice_id = @id`;

export interface ReadingChange {
  /** read_at was set now (it was unread). */
  firstRead: boolean;
  /** acknowledged_at was set now. */
  firstAck: boolean;
}

/** Stamps reading (and acknowledging) in one transaction; null when the replica has no such notice. */
export function stampReading(
  replica: Replica,
  id: string,
  at: string,
  acknowledge: boolean,
): ReadingChange | null {
  return replica.transaction(() => {
    const before = storedNotice(replica, id);
    if (!before) return null;
    replica.statement<[string]>(ENSURE).run(id);
    replica.statement<{ id: string; at: string }>(acknowledge ? ACK : READ).run({ id, at });
    return {
      firstRead: before.readAt === null,
      firstAck: acknowledge && before.acknowledgedAt === null,
    };
  });
}

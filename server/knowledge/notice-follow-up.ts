import { orgNames } from '../accounts/org-names';
import type { LocalizedText, NoticePriority } from '../../shared/sync/records';
import type {
  NoticeFollowUp,
  NoticeRecipient,
  SentNoticeSummary,
} from '../../shared/workstation/notices';
import {
  audienceAllows,
  audienceFromJson,
  membershipsFromJson,
  type Audience,
  type Membership,
} from '../access/audience';
import { hasCapability, linesWithCapability, type Principal } from '../access/principal';
import type { FeedWriter } from '../feed/writer';
import { conflict, forbidden, notFound } from '../http/errors';
import type { Queryable } from '../store/store';

/*
 * Following up notices (issue 8 item 4, R19). The audience is worked out now, from the active
 * users whose memberships match the notice's audience (the same rule as visibility), and reading
 * comes from the agent_events workstations sent: 'notice-read' and 'notice-ack'. A user's earliest
 * event of each type counts (an acknowledgement from a second desk does not move the time);
 * acknowledging counts as reading.
 */

interface NoticeRow {
  id: string;
  priority: NoticePriority;
  title: LocalizedText;
  body: LocalizedText;
  requires_ack: boolean;
  audience: unknown;
  publish_at: Date;
  expires_at: Date | null;
  reminded_at: Date | null;
  linked_article_ids: string[];
  created_by: string | null;
}

interface Person {
  userId: string;
  username: string;
  name: string;
  memberships: Membership[];
}

interface Reading {
  readAt: Date | null;
  acknowledgedAt: Date | null;
  acknowledgedOn: string | null;
}

const NOTICE_COLUMNS = `id, priority, title, body, requires_ack, audience, publish_at, expires_at,
  reminded_at, linked_article_ids, created_by::text AS created_by`;

/** Authors and administrators follow up every notice; leads those addressed within their lines. */
export function mayFollowUp(principal: Principal, audience: Audience): boolean {
  if (hasCapability(principal, 'author')) return true;
  const lines = linesWithCapability(principal, 'lead');
  return (
    audience.businessLines.length > 0 && audience.businessLines.every((line) => lines.has(line))
  );
}

export function assertFollowUpAllowed(principal: Principal): void {
  if (hasCapability(principal, 'author')) return;
  if (linesWithCapability(principal, 'lead').size === 0) {
    throw forbidden('Notices are followed up by team leads and authors.');
  }
}

async function activePeople(q: Queryable): Promise<Person[]> {
  const rows = await q.query<{
    id: string;
    username: string;
    display_name: string;
    memberships: unknown;
  }>(
    `SELECT u.id::text AS id, u.username, u.display_name,
            json_agg(json_build_object('businessLineId', m.business_line_id,
                                       'positionId', m.position_id)) AS memberships
       FROM users u JOIN memberships m ON m.user_id = u.id
      WHERE NOT u.disabled
      GROUP BY u.id ORDER BY u.display_name, u.id`,
  );
  return rows.map((r) => ({
    userId: r.id,
    username: r.username,
    name: r.display_name,
    memberships: membershipsFromJson(r.memberships),
  }));
}

/** Earliest read and acknowledgement per notice and user. */
async function readings(q: Queryable, ids: string[]): Promise<Map<string, Map<string, Reading>>> {
  const rows = await q.query<{
    notice_id: string;
    user_id: string;
    type: 'notice-read' | 'notice-ack';
    occurred_at: Date;
    device_id: string;
  }>(
    `SELECT DISTINCT ON (payload ->> 'noticeId', user_id, type)
            payload ->> 'noticeId' AS notice_id, user_id::text AS user_id, type, occurred_at,
            device_id
       FROM agent_events
      WHERE type IN ('notice-read', 'notice-ack') AND payload ->> 'noticeId' = ANY($1::text[])
      ORDER BY payload ->> 'noticeId', user_id, type, occurred_at, id`,
    [ids],
  );
  const byNotice = new Map<string, Map<string, Reading>>();
  for (const r of rows) {
    const users = byNotice.get(r.notice_id) ?? new Map<string, Reading>();
    byNotice.set(r.notice_id, users);
    const reading = users.get(r.user_id) ?? {
      readAt: null,
      acknowledgedAt: null,
      acknowledgedOn: null,
    };
    if (r.type === 'notice-read') reading.readAt = r.occurred_at;
    else {
      reading.acknowledgedAt = r.occurred_at;
      reading.acknowledgedOn = r.device_id;
    }
    users.set(r.user_id, reading);
  }
  // Acknowledging is reading: an ack without a read event (or before it) is the read time.
  for (const users of byNotice.values()) {
    for (const reading of users.values()) {
      if (reading.acknowledgedAt && (!reading.readAt || reading.acknowledgedAt < reading.readAt)) {
        reading.readAt = reading.acknowledgedAt;
      }
    }
  }
  return byNotice;
}

function audienceOf(people: Person[], audience: Audience): Person[] {
  return people.filter((p) => audienceAllows(audience, p.memberships));
}

interface Counted {
  audienceSize: number;
  read: number;
  acknowledged: number;
}

function count(recipients: Person[], reading: Map<string, Reading> | undefined): Counted {
  let read = 0;
  let acknowledged = 0;
  for (const p of recipients) {
    const r = reading?.get(p.userId);
    if (r?.readAt) read++;
    if (r?.acknowledgedAt) acknowledged++;
  }
  return { audienceSize: recipients.length, read, acknowledged };
}

function summary(row: NoticeRow, counted: Counted): SentNoticeSummary {
  return {
    id: row.id,
    priority: row.priority,
    title: row.title,
    requiresAck: row.requires_ack,
    publishAt: row.publish_at.toISOString(),
    expiresAt: row.expires_at ? row.expires_at.toISOString() : null,
    ...counted,
  };
}

/** Notices the principal may follow up, newest first, with their counts. */
export async function listFollowUpNotices(
  q: Queryable,
  principal: Principal,
): Promise<SentNoticeSummary[]> {
  const rows = (
    await q.query<NoticeRow>(
      `SELECT ${NOTICE_COLUMNS} FROM notices ORDER BY publish_at DESC, id LIMIT 1000`,
    )
  ).filter((row) => mayFollowUp(principal, audienceFromJson(row.audience)));
  if (rows.length === 0) return [];
  const people = await activePeople(q);
  const byNotice = await readings(
    q,
    rows.map((r) => r.id),
  );
  return rows.map((row) =>
    summary(row, count(audienceOf(people, audienceFromJson(row.audience)), byNotice.get(row.id))),
  );
}

async function loadForFollowUp(
  q: Queryable,
  principal: Principal,
  id: string,
  lock = false,
): Promise<NoticeRow> {
  const [row] = await q.query<NoticeRow>(
    `SELECT ${NOTICE_COLUMNS} FROM notices WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
    [id],
  );
  if (!row) throw notFound('The notice');
  if (!mayFollowUp(principal, audienceFromJson(row.audience))) {
    throw forbidden(
      'A team lead follows up notices addressed within the business lines they lead.',
    );
  }
  return row;
}

export async function noticeFollowUp(
  q: Queryable,
  principal: Principal,
  id: string,
): Promise<NoticeFollowUp> {
  const row = await loadForFollowUp(q, principal, id);
  const audience = audienceFromJson(row.audience);
  const recipients = audienceOf(await activePeople(q), audience);
  const reading = (await readings(q, [id])).get(id);
  const lines = await q.query<{ id: string; name: string; names: unknown }>(
    'SELECT id, name, names FROM business_lines ORDER BY name, id',
  );
  // Teams: the lines addressed, or (addressed to everyone) every line a recipient works in.
  const teamLines = lines.filter((line) =>
    audience.businessLines.length > 0
      ? audience.businessLines.includes(line.id)
      : recipients.some((p) => p.memberships.some((m) => m.businessLineId === line.id)),
  );
  const inLine = (p: Person, line: string) =>
    p.memberships.some((m) => m.businessLineId === line && audienceAllows(audience, [m]));
  return {
    notice: {
      ...summary(row, count(recipients, reading)),
      audience: { businessLines: audience.businessLines, positions: audience.positions },
      body: row.body,
      linkedArticleIds: row.linked_article_ids,
    },
    recipients: recipients.map((p): NoticeRecipient => {
      const r = reading?.get(p.userId);
      return {
        userId: p.userId,
        username: p.username,
        name: p.name,
        businessLines: [...new Set(p.memberships.map((m) => m.businessLineId))].sort(),
        positions: [...new Set(p.memberships.map((m) => m.positionId))].sort(),
        readAt: r?.readAt ? r.readAt.toISOString() : null,
        acknowledgedAt: r?.acknowledgedAt ? r.acknowledgedAt.toISOString() : null,
        acknowledgedOn: r?.acknowledgedOn ?? null,
      };
    }),
    teams: teamLines.map((line) => ({
      businessLine: line.id,
      names: orgNames(line),
      ...count(
        recipients.filter((p) => inLine(p, line.id)),
        reading,
      ),
    })),
    remindedAt: row.reminded_at ? row.reminded_at.toISOString() : null,
  };
}

/**
 * Reminds the audience: stamps reminded_at and gives the notice a new record version through the
 * feed, so every workstation in the audience gets it (and a poke). Each workstation re-notifies
 * its agent only if they have not read it (or not acknowledged it, when that is asked); the
 * answer counts those, as the server knows them now.
 */
export async function remindNotice(
  tx: Queryable,
  feed: FeedWriter,
  principal: Principal,
  id: string,
): Promise<{ reminded: number }> {
  const row = await loadForFollowUp(tx, principal, id, true);
  const now = Date.now();
  if (row.publish_at.getTime() > now) throw conflict('The notice is not published yet.');
  if (row.expires_at && row.expires_at.getTime() <= now) throw conflict('The notice has expired.');
  await tx.query(
    `UPDATE notices SET reminded_at = now(), version = nextval('record_version'),
            updated_at = now() WHERE id = $1`,
    [id],
  );
  const audience = audienceFromJson(row.audience);
  await feed.append({
    kind: 'notice',
    entityId: id,
    audienceBefore: audience,
    audienceAfter: audience,
  });
  const recipients = audienceOf(await activePeople(tx), audience);
  const reading = (await readings(tx, [id])).get(id);
  const missing = recipients.filter((p) => {
    const r = reading?.get(p.userId);
    return row.requires_ack ? !r?.acknowledgedAt : !r?.readAt;
  });
  return { reminded: missing.length };
}

import { audienceFromJson, normalizeAudience } from '../access/audience';
import type { FeedWriter } from '../feed/writer';
import { notFound } from '../http/errors';
import type { Queryable } from '../store/store';
import { sanitizeBody } from './sanitize';
import type { NoticeInput } from './schemas';

/**
 * Saves a notice (R19); bodies are sanitised HTML per language. Live from `publishAt` (null: now;
 * a notice already live keeps its time). `published_at` is when it was first sent.
 */
export async function putNotice(
  tx: Queryable,
  feed: FeedWriter,
  id: string,
  input: NoticeInput,
  userId: number | null,
): Promise<{ created: boolean }> {
  const [existing] = await tx.query<{ audience: unknown }>(
    'SELECT audience FROM notices WHERE id = $1',
    [id],
  );
  const body = Object.fromEntries(
    Object.entries(input.body).map(([lang, html]) => [lang, sanitizeBody(html ?? '')]),
  );
  const audience = normalizeAudience(input.audience);
  await tx.query(
    `INSERT INTO notices (id, priority, title, body, requires_ack, audience, expires_at, created_by,
                          publish_at, linked_article_ids)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, coalesce($9::timestamptz, now()), $10)
     ON CONFLICT (id) DO UPDATE SET priority = excluded.priority, title = excluded.title,
            body = excluded.body, requires_ack = excluded.requires_ack, audience = excluded.audience,
            expires_at = excluded.expires_at,
            publish_at = coalesce($9::timestamptz, least(notices.publish_at, now())),
            linked_article_ids = excluded.linked_article_ids,
            version = nextval('record_version'), updated_at = now()`,
    [
      id,
      input.priority,
      JSON.stringify(input.title),
      JSON.stringify(body),
      input.requiresAck,
      JSON.stringify(audience),
      input.expiresAt,
      userId,
      input.publishAt,
      JSON.stringify([...new Set(input.linkedArticleIds)]),
    ],
  );
  await feed.append({
    kind: 'notice',
    entityId: id,
    audienceBefore: existing ? audienceFromJson(existing.audience) : null,
    audienceAfter: audience,
  });
  return { created: !existing };
}

export async function noticeAudience(tx: Queryable, id: string) {
  const [row] = await tx.query<{ audience: unknown }>(
    'SELECT audience FROM notices WHERE id = $1',
    [id],
  );
  return row ? audienceFromJson(row.audience) : null;
}

export async function deleteNotice(tx: Queryable, feed: FeedWriter, id: string): Promise<void> {
  const [row] = await tx.query<{ audience: unknown }>(
    'DELETE FROM notices WHERE id = $1 RETURNING audience',
    [id],
  );
  if (!row) throw notFound('The notice');
  await feed.append({
    kind: 'notice',
    entityId: id,
    audienceBefore: audienceFromJson(row.audience),
    audienceAfter: null,
  });
}

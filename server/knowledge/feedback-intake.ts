import type { Queryable } from '../store/store';

/*
 * Agents' flags, "not helpful" votes and reported questions reach the owners' inbox (R17) as
 * feedback_items rows made from the stored outbox events, in the transaction that stored them.
 * Only events stored now are passed in, and feedback_items.event_id is unique, so an event the
 * workstation sends again (a lost answer) files nothing twice. Helpful votes are analytics only.
 */

/** The title of what the agent read: that revision's, else the variant's latest one. */
const READ_TITLE = `coalesce(
  (SELECT r.title FROM article_revisions r
    WHERE r.article_id = e.payload ->> 'articleId' AND r.lang = e.payload ->> 'lang'
      AND r.revision = (e.payload ->> 'revision')::int),
  (SELECT r.title FROM article_variants v
     JOIN article_revisions r ON r.article_id = v.article_id AND r.lang = v.lang
                             AND r.revision = v.latest_revision
    WHERE v.article_id = e.payload ->> 'articleId' AND v.lang = e.payload ->> 'lang'))`;

/** Files the inbox items of `keys` (lower-case uuids of this user's events just stored). */
export async function fileFeedbackEvents(
  tx: Queryable,
  userId: number,
  keys: readonly string[],
): Promise<number> {
  if (keys.length === 0) return 0;
  const rows = await tx.query<{ id: number }>(
    `INSERT INTO feedback_items
       (kind, reason, comment, article_id, article_title, lang, revision, query, user_id, event_id)
     SELECT CASE WHEN e.type = 'question' THEN 'question' ELSE e.payload ->> 'kind' END,
            CASE WHEN e.payload ->> 'kind' = 'flag' THEN e.payload ->> 'reason' END,
            coalesce(e.payload ->> 'comment', ''),
            e.payload ->> 'articleId',
            CASE WHEN e.type = 'feedback' THEN ${READ_TITLE} END,
            CASE WHEN e.type = 'feedback' THEN e.payload ->> 'lang'
                 ELSE e.payload -> 'langs' ->> 0 END,
            (e.payload ->> 'revision')::int,
            e.payload ->> 'query',
            e.user_id,
            e.id
       FROM agent_events e
      WHERE e.user_id = $1 AND e.key = ANY($2::uuid[])
        AND (e.type = 'question'
             OR (e.type = 'feedback' AND e.payload ->> 'kind' IN ('flag', 'not-helpful')))
      ORDER BY e.id
     ON CONFLICT (event_id) DO NOTHING
     RETURNING id`,
    [userId, keys],
  );
  return rows.length;
}

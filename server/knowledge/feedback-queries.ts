import type { FeedbackItem } from '../../shared/workstation/authoring';
import type { FeedbackResolution } from '../../shared/workstation/authoring-constants';
import type { Queryable } from '../store/store';
import { person } from './article-queries';

/*
 * The owners' inbox (R17). An item's owner is its article's CURRENT owner (handing an article
 * over moves its open items with it); questions, unowned and deleted articles have owner '' and
 * belong to every author. The title is the article's current one in the item's language.
 */

/** Items shown at most in one list. */
export const MAX_ITEMS = 500;

const ITEM_SELECT = `
  SELECT f.id, f.kind, f.reason, f.comment, f.article_id, f.lang, f.revision, f.query,
         f.created_at, f.status, f.reply, f.resolved_at,
         coalesce(a.owner, '') AS owner,
         coalesce(
           (SELECT r.title FROM article_variants v
              JOIN article_revisions r ON r.article_id = v.article_id AND r.lang = v.lang
                                      AND r.revision = coalesce(v.published_revision, v.latest_revision)
             WHERE v.article_id = f.article_id AND v.lang = f.lang),
           f.article_title) AS article_title,
         u.username AS from_username, u.display_name AS from_display_name,
         rb.username AS resolved_by_username, rb.display_name AS resolved_by_display_name
    FROM feedback_items f
    LEFT JOIN articles a ON a.id = f.article_id
    LEFT JOIN users u ON u.id = f.user_id
    LEFT JOIN users rb ON rb.id = f.resolved_by`;

interface ItemRow {
  id: number;
  kind: FeedbackItem['kind'];
  reason: FeedbackItem['reason'];
  comment: string;
  article_id: string | null;
  article_title: string | null;
  lang: FeedbackItem['lang'];
  revision: number | null;
  query: string | null;
  owner: string;
  created_at: Date | string;
  status: FeedbackItem['status'];
  reply: string;
  resolved_at: Date | string | null;
  from_username: string | null;
  from_display_name: string | null;
  resolved_by_username: string | null;
  resolved_by_display_name: string | null;
}

const iso = (d: Date | string) => (d instanceof Date ? d : new Date(d)).toISOString();

function toItem(row: ItemRow): FeedbackItem {
  return {
    id: Number(row.id),
    kind: row.kind,
    reason: row.reason,
    comment: row.comment,
    articleId: row.article_id,
    articleTitle: row.article_title,
    lang: row.lang,
    revision: row.revision,
    query: row.query,
    owner: row.owner,
    from: person(row.from_username, row.from_display_name),
    createdAt: iso(row.created_at),
    status: row.status,
    reply: row.reply,
    resolvedBy: person(row.resolved_by_username, row.resolved_by_display_name),
    resolvedAt: row.resolved_at === null ? null : iso(row.resolved_at),
  };
}

export interface InboxQuery {
  /** Only items in this user's inbox (their articles, unowned ones, questions); null: all. */
  owner: string | null;
  status: 'open' | 'closed';
}

/** Newest first: open items by when they came in, closed ones by when they were answered. */
export async function listInbox(q: Queryable, query: InboxQuery): Promise<FeedbackItem[]> {
  const rows = await q.query<ItemRow>(
    `${ITEM_SELECT}
      WHERE (f.status = 'open') = $1
        AND ($2::text IS NULL OR lower(coalesce(a.owner, '')) IN (lower($2), ''))
      ORDER BY ${query.status === 'open' ? 'f.created_at' : 'f.resolved_at'} DESC, f.id DESC
      LIMIT ${MAX_ITEMS}`,
    [query.status === 'open', query.owner],
  );
  return rows.map(toItem);
}

/** An agent's own items of every kind, with the owners' answers, newest first. */
export async function listMyFeedback(q: Queryable, userId: number): Promise<FeedbackItem[]> {
  const rows = await q.query<ItemRow>(
    `${ITEM_SELECT} WHERE f.user_id = $1 ORDER BY f.created_at DESC, f.id DESC LIMIT ${MAX_ITEMS}`,
    [userId],
  );
  return rows.map(toItem);
}

export async function getItem(q: Queryable, id: number): Promise<FeedbackItem | null> {
  const [row] = await q.query<ItemRow>(`${ITEM_SELECT} WHERE f.id = $1`, [id]);
  return row ? toItem(row) : null;
}

/** Locks the item for the resolving transaction; null when there is none. */
export async function lockItem(q: Queryable, id: number): Promise<FeedbackItem | null> {
  await q.query('SELECT 1 FROM feedback_items WHERE id = $1 FOR UPDATE', [id]);
  return getItem(q, id);
}

export async function markResolved(
  q: Queryable,
  id: number,
  resolution: FeedbackResolution,
  reply: string,
  userId: number,
): Promise<void> {
  await q.query(
    `UPDATE feedback_items SET status = $2, reply = $3, resolved_by = $4, resolved_at = now()
      WHERE id = $1`,
    [id, resolution, reply, userId],
  );
}

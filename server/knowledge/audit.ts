import type { AuditReport, MyWork } from '../../shared/workstation/authoring';
import { hasCapability, type Principal } from '../access/principal';
import type { Queryable } from '../store/store';
import { iso, UPDATED_AT } from './article-queries';

/** R16 audits: what needs an owner's attention, and the counts behind each owner's reminder. */
export const DUE_SOON_DAYS = 14;
export const STALE_DAYS = 180;
/** "Never viewed" looks at this window, and only at articles older than it. */
const VIEW_WINDOW_DAYS = 90;

type Row = Record<string, unknown>;

/** The English title, else the first language's (audit lists show one title per article). */
const TITLE = `coalesce((SELECT r.title FROM article_variants v
    JOIN article_revisions r ON r.article_id = v.article_id AND r.lang = v.lang
                            AND r.revision = v.latest_revision
   WHERE v.article_id = a.id ORDER BY (v.lang = 'en') DESC, v.lang LIMIT 1), a.id)`;

export async function auditReport(q: Queryable): Promise<AuditReport> {
  const rows = await q.query<Row>(
    `WITH views AS (
       SELECT payload->>'articleId' AS id, count(*)::int AS n FROM agent_events
        WHERE type = 'article-view' AND occurred_at > now() - make_interval(days => $3)
        GROUP BY 1),
     votes AS (
       SELECT payload->>'articleId' AS id,
              count(*) FILTER (WHERE payload->>'kind' = 'helpful')::int AS helpful,
              count(*) FILTER (WHERE payload->>'kind' = 'not-helpful')::int AS not_helpful
         FROM agent_events WHERE type = 'feedback' GROUP BY 1)
     SELECT a.id, a.owner, a.status, a.review_due_at, a.created_at, ${TITLE} AS title,
            ${UPDATED_AT} AS updated_at,
            a.review_due_at < now() AS overdue,
            a.review_due_at >= now()
              AND a.review_due_at < now() + make_interval(days => $1) AS due_soon,
            coalesce(views.n, 0) AS views, coalesce(votes.helpful, 0) AS helpful,
            coalesce(votes.not_helpful, 0) AS not_helpful,
            ${UPDATED_AT} < now() - make_interval(days => $2) AS not_updated,
            a.created_at < now() - make_interval(days => $3) AS old_enough
       FROM articles a
       LEFT JOIN views ON views.id = a.id
       LEFT JOIN votes ON votes.id = a.id
      WHERE a.status <> 'archived'
      ORDER BY a.review_due_at NULLS LAST, a.id`,
    [DUE_SOON_DAYS, STALE_DAYS, VIEW_WINDOW_DAYS],
  );
  const feedback = await q.query<{ owner: string; n: number }>(
    `SELECT coalesce(a.owner, '') AS owner, count(*)::int AS n
       FROM feedback_items f LEFT JOIN articles a ON a.id = f.article_id
      WHERE f.status = 'open' GROUP BY 1`,
  );
  const entry = (r: Row) => ({
    id: r.id as string,
    title: r.title as string,
    owner: r.owner as string,
    status: r.status as AuditReport['overdue'][number]['status'],
    reviewDueAt: r.review_due_at ? iso(r.review_due_at) : null,
    updatedAt: iso(r.updated_at),
  });
  const stale: AuditReport['stale'] = [];
  for (const r of rows) {
    if (r.status !== 'published') continue;
    const reasons: AuditReport['stale'][number]['reasons'] = [];
    if (r.not_updated) reasons.push('not-updated');
    if (r.views === 0 && r.old_enough) reasons.push('never-viewed');
    if ((r.not_helpful as number) > (r.helpful as number)) reasons.push('not-helpful');
    if (reasons.length === 0) continue;
    stale.push({
      ...entry(r),
      reasons,
      views90d: r.views as number,
      helpful: r.helpful as number,
      notHelpful: r.not_helpful as number,
    });
  }
  const owners = new Map<string, AuditReport['owners'][number]>();
  const ownerOf = (owner: string) => {
    let o = owners.get(owner);
    if (!o) {
      o = { owner, displayName: owner, articles: 0, overdue: 0, dueSoon: 0, openFeedback: 0 };
      owners.set(owner, o);
    }
    return o;
  };
  for (const r of rows) {
    const o = ownerOf(r.owner as string);
    o.articles++;
    if (r.overdue) o.overdue++;
    if (r.due_soon) o.dueSoon++;
  }
  for (const f of feedback) ownerOf(f.owner).openFeedback += f.n;
  const names = await q.query<{ username: string; display_name: string }>(
    'SELECT username, display_name FROM users WHERE username = ANY($1::text[])',
    [[...owners.keys()]],
  );
  for (const n of names) {
    const o = owners.get(n.username);
    if (o) o.displayName = n.display_name;
  }
  return {
    overdue: rows.filter((r) => r.overdue).map(entry),
    dueSoon: rows.filter((r) => r.due_soon).map(entry),
    stale,
    owners: [...owners.values()].sort((a, b) => a.owner.localeCompare(b.owner)),
    staleDays: STALE_DAYS,
    dueSoonDays: DUE_SOON_DAYS,
  };
}

/** The caller's to-do counts (R16 "owners are notified": the badge and the sign-in reminder). */
export async function myWork(q: Queryable, principal: Principal): Promise<MyWork> {
  const [row] = await q.query<Row>(
    `SELECT
       (SELECT count(*)::int FROM articles a WHERE a.owner = $1 AND a.status <> 'archived'
           AND a.review_due_at < now()) AS overdue,
       (SELECT count(*)::int FROM articles a WHERE a.owner = $1 AND a.status <> 'archived'
           AND a.review_due_at >= now()
           AND a.review_due_at < now() + make_interval(days => $3)) AS due_soon,
       (SELECT count(*)::int FROM feedback_items f JOIN articles a ON a.id = f.article_id
         WHERE a.owner = $1 AND f.status = 'open') AS open_feedback,
       CASE WHEN $4::boolean
            THEN (SELECT count(*)::int FROM articles WHERE status = 'in-review') ELSE 0 END
         AS awaiting_review,
       (SELECT count(*)::int FROM articles a
          JOIN LATERAL (SELECT w.event FROM article_workflow w WHERE w.article_id = a.id
                         ORDER BY w.id DESC LIMIT 1) last ON last.event = 'sent-back'
         WHERE a.status = 'draft'
           AND (a.owner = $1 OR $2::bigint = (
                 SELECT w.user_id FROM article_workflow w
                  WHERE w.article_id = a.id AND w.event = 'submitted'
                  ORDER BY w.id DESC LIMIT 1))) AS sent_back`,
    [principal.username, principal.userId, DUE_SOON_DAYS, hasCapability(principal, 'reviewer')],
  );
  return {
    overdue: (row?.overdue as number) ?? 0,
    dueSoon: (row?.due_soon as number) ?? 0,
    openFeedback: (row?.open_feedback as number) ?? 0,
    awaitingReview: (row?.awaiting_review as number) ?? 0,
    sentBack: (row?.sent_back as number) ?? 0,
  };
}

import type { ArticleStatus, WorkflowEvent } from '../../shared/workstation/authoring-constants';
import { conflict, notFound } from '../http/errors';
import type { Queryable } from '../store/store';

/**
 * The article's workflow history and the status rules every write shares (R15). Kept apart from
 * articles.ts so the article writes and the workflow actions can both use it without a cycle.
 */
export async function addWorkflowEntry(
  tx: Queryable,
  articleId: string,
  event: WorkflowEvent,
  comment: string,
  userId: number | null,
): Promise<void> {
  await tx.query(
    'INSERT INTO article_workflow (article_id, event, comment, user_id) VALUES ($1, $2, $3, $4)',
    [articleId, event, comment, userId],
  );
}

export interface WorkflowRow {
  status: ArticleStatus;
  owner: string;
  reviewRequired: boolean;
  expiresAt: Date | null;
  scheduledRevisions: Record<string, number> | null;
}

/** Locks the article row for the rest of the transaction (the feed lock already serialises writers). */
export async function lockArticle(tx: Queryable, id: string): Promise<WorkflowRow> {
  const [row] = await tx.query<{
    status: ArticleStatus;
    owner: string;
    review_required: boolean;
    expires_at: Date | null;
    scheduled_revisions: Record<string, number> | null;
  }>(
    `SELECT status, owner, review_required, expires_at, scheduled_revisions
       FROM articles WHERE id = $1 FOR UPDATE`,
    [id],
  );
  if (!row) throw notFound('The article');
  return {
    status: row.status,
    owner: row.owner,
    reviewRequired: row.review_required,
    expiresAt: row.expires_at,
    scheduledRevisions: row.scheduled_revisions,
  };
}

/**
 * A new revision was saved without publishing: a published or scheduled article goes back to
 * draft (agents keep the published revisions; a scheduled approval no longer covers the new
 * content, so it is cancelled); in review stays in review; archived refuses the save.
 */
export async function statusAfterDraftSave(tx: Queryable, id: string): Promise<void> {
  const { status } = await lockArticle(tx, id);
  if (status === 'archived') {
    throw conflict('The article is archived: unarchive it first.');
  }
  if (status === 'published' || status === 'scheduled') {
    await tx.query(
      `UPDATE articles SET status = 'draft', publish_at = NULL, scheduled_revisions = NULL
        WHERE id = $1`,
      [id],
    );
  }
}

/** After its revisions went live: published, and the next review is one interval away (R16). */
export async function markPublished(tx: Queryable, id: string): Promise<void> {
  await tx.query(
    `UPDATE articles
        SET status = 'published', publish_at = NULL, scheduled_revisions = NULL,
            last_reviewed_at = now(),
            review_due_at = now() + make_interval(days => review_interval_days)
      WHERE id = $1`,
    [id],
  );
}

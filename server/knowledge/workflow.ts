import type { ArticleStatus } from '../../shared/workstation/authoring-constants';
import { hasCapability, type Principal } from '../access/principal';
import type { FeedWriter } from '../feed/writer';
import { badRequest, conflict, forbidden } from '../http/errors';
import type { Queryable } from '../store/store';
import { setPublishedRevisions } from './articles';
import type { WorkflowInput } from './schemas';
import { addWorkflowEntry, lockArticle, markPublished, type WorkflowRow } from './workflow-log';

/**
 * The review workflow (R15): draft → in-review → (scheduled) → published → archived. Every
 * publication and withdrawal goes through setPublishedRevisions, so replicas learn of it through
 * the feed and only published revisions ever reach agents.
 */
export async function runWorkflowAction(
  tx: Queryable,
  feed: FeedWriter,
  id: string,
  input: WorkflowInput,
  principal: Principal,
): Promise<void> {
  const article = await lockArticle(tx, id);
  const reviewer = hasCapability(principal, 'reviewer');
  const userId = principal.userId;
  const comment = input.comment.trim();
  const needReviewer = () => {
    if (!reviewer) throw forbidden(`"${input.action}" needs the "reviewer" capability.`);
  };
  const from = (...allowed: ArticleStatus[]) => {
    if (!allowed.includes(article.status)) {
      throw conflict(
        `The article is ${article.status}: "${input.action}" works on ${allowed.join(' or ')} articles only.`,
      );
    }
  };
  const setStatus = (status: ArticleStatus) =>
    tx.query('UPDATE articles SET status = $2 WHERE id = $1', [id, status]);

  switch (input.action) {
    case 'submit':
      from('draft');
      await setStatus('in-review');
      await addWorkflowEntry(tx, id, 'submitted', comment, userId);
      return;
    case 'approve':
      if (article.reviewRequired && !reviewer) {
        throw forbidden('This article needs review by a reviewer before it is published.');
      }
      from('draft', 'in-review');
      return approve(tx, feed, id, article, input.publishAt ?? null, comment, userId);
    case 'send-back':
      needReviewer();
      from('in-review');
      if (!comment) throw badRequest('Say what needs to change: sending back needs a comment.');
      await setStatus('draft');
      await addWorkflowEntry(tx, id, 'sent-back', comment, userId);
      return;
    case 'archive':
      needReviewer();
      from('draft', 'in-review', 'scheduled', 'published');
      await archive(tx, feed, id, 'archived', comment, userId);
      return;
    case 'unarchive':
      needReviewer();
      from('archived');
      // An expiry that has passed would archive it again at once.
      await tx.query(
        `UPDATE articles SET status = 'draft',
                expires_at = CASE WHEN expires_at <= now() THEN NULL ELSE expires_at END
          WHERE id = $1`,
        [id],
      );
      await addWorkflowEntry(tx, id, 'unarchived', comment, userId);
      return;
    case 'mark-reviewed':
      if (!reviewer && article.owner !== principal.username) {
        throw forbidden('Only the owner or a reviewer can confirm the article is still correct.');
      }
      from('draft', 'in-review', 'scheduled', 'published');
      await tx.query(
        `UPDATE articles SET last_reviewed_at = now(),
                review_due_at = now() + make_interval(days => review_interval_days)
          WHERE id = $1`,
        [id],
      );
      await addWorkflowEntry(tx, id, 'reviewed', comment, userId);
      return;
  }
}

async function approve(
  tx: Queryable,
  feed: FeedWriter,
  id: string,
  article: WorkflowRow,
  publishAt: string | null,
  comment: string,
  userId: number,
): Promise<void> {
  const latest = await tx.query<{ lang: string; latest_revision: number }>(
    'SELECT lang, latest_revision FROM article_variants WHERE article_id = $1 ORDER BY lang',
    [id],
  );
  if (latest.length === 0) throw conflict('Nothing to publish: save a language variant first.');
  const revisions = Object.fromEntries(latest.map((v) => [v.lang, v.latest_revision]));
  const at = publishAt ? new Date(publishAt) : null;
  if (article.expiresAt && article.expiresAt.getTime() <= (at ?? new Date()).getTime()) {
    throw conflict(
      'The article would expire before it is published: change its expiry date first.',
    );
  }
  if (at) {
    if (at.getTime() <= Date.now()) throw badRequest('The publication time must be in the future.');
    await tx.query(
      `UPDATE articles SET status = 'scheduled', publish_at = $2, scheduled_revisions = $3::jsonb
        WHERE id = $1`,
      [id, at.toISOString(), JSON.stringify(revisions)],
    );
    await addWorkflowEntry(tx, id, 'scheduled', comment, userId);
    return;
  }
  await addWorkflowEntry(tx, id, 'approved', comment, userId);
  await publishNow(tx, feed, id, revisions, userId);
}

/** Publishes the given revision of each variant (an approval now, or the scheduler later). */
export async function publishNow(
  tx: Queryable,
  feed: FeedWriter,
  id: string,
  revisions: Record<string, number>,
  userId: number | null,
): Promise<void> {
  await setPublishedRevisions(tx, feed, id, revisions, userId);
  await markPublished(tx, id);
  await addWorkflowEntry(tx, id, 'published', '', userId);
}

/** Withdraws every variant from agents (a reviewer's archive, or the scheduler's expiry). */
export async function archive(
  tx: Queryable,
  feed: FeedWriter,
  id: string,
  event: 'archived' | 'expired',
  comment: string,
  userId: number | null,
): Promise<void> {
  const variants = await tx.query<{ lang: string }>(
    'SELECT lang FROM article_variants WHERE article_id = $1',
    [id],
  );
  await setPublishedRevisions(
    tx,
    feed,
    id,
    Object.fromEntries(variants.map((v) => [v.lang, null])),
    userId,
  );
  await tx.query(
    `UPDATE articles SET status = 'archived', publish_at = NULL, scheduled_revisions = NULL
      WHERE id = $1`,
    [id],
  );
  await addWorkflowEntry(tx, id, event, comment, userId);
}

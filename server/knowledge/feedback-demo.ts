import type { Queryable } from '../store/store';
import { fileFeedbackEvents } from './feedback-intake';

/*
 * A few agents' reports in the demo inbox (R17), made the way real ones are: stored outbox events
 * filed by the same intake. Whoever owns the articles (the demo loader decides) sees them in
 * "mine"; reviewers see them all. Missing demo users or articles are skipped.
 */

interface DemoReport {
  username: string;
  type: 'feedback' | 'question';
  payload: Record<string, unknown>;
  /** Answered by the article's owner with this reply. */
  reply?: string;
}

const flag = (articleId: string, reason: string, comment: string) => ({
  articleId,
  lang: 'en',
  kind: 'flag',
  reason,
  comment,
});

const REPORTS: DemoReport[] = [
  {
    username: 'agent.cards',
    type: 'feedback',
    payload: flag(
      'contactless-limit',
      'outdated',
      'The contactless limit went up last month; customers quote the new amount from the app.',
    ),
  },
  {
    username: 'agent.mobile',
    type: 'feedback',
    payload: { articleId: 'card-declined-abroad', lang: 'en', kind: 'not-helpful', comment: '' },
  },
  {
    username: 'agent.cards',
    type: 'question',
    payload: {
      query: 'can I pay with my watch abroad',
      langs: ['en'],
      comment: 'Customer asked about Apple Pay on a smartwatch while travelling.',
    },
  },
  {
    username: 'agent.cards',
    type: 'feedback',
    payload: flag(
      'foreign-transaction-fees',
      'unclear',
      'Is the conversion fee charged on ATM withdrawals as well?',
    ),
    reply: 'Yes, on withdrawals too: I added a sentence under "Cash abroad". Thanks!',
  },
];

/** Seeds the demo inbox; runs once, in the bootstrap transaction after the demo content. */
export async function seedDemoFeedback(tx: Queryable): Promise<number> {
  let filed = 0;
  for (const report of REPORTS) {
    const payload = { ...report.payload };
    if (report.type === 'feedback') {
      const [variant] = await tx.query<{ revision: number }>(
        `SELECT coalesce(published_revision, latest_revision) AS revision
           FROM article_variants WHERE article_id = $1 AND lang = $2`,
        [payload.articleId, payload.lang],
      );
      if (!variant) continue;
      payload.revision = variant.revision;
    }
    const [event] = await tx.query<{ user_id: number; key: string }>(
      `INSERT INTO agent_events (user_id, key, type, device_id, occurred_at, payload)
       SELECT id, gen_random_uuid(), $2, 'demo', now() - interval '2 hours', $3::jsonb
         FROM users WHERE lower(username) = lower($1)
       RETURNING user_id, key::text AS key`,
      [report.username, report.type, JSON.stringify(payload)],
    );
    if (!event) continue;
    filed += await fileFeedbackEvents(tx, event.user_id, [event.key]);
    if (report.reply) {
      await tx.query(
        `UPDATE feedback_items f
            SET status = 'replied', reply = $2, resolved_at = now(),
                resolved_by = (SELECT u.id FROM articles a JOIN users u
                                 ON lower(u.username) = lower(a.owner)
                                WHERE a.id = f.article_id)
          WHERE f.event_id = (SELECT id FROM agent_events WHERE key = $1::uuid)`,
        [event.key, report.reply],
      );
    }
  }
  return filed;
}

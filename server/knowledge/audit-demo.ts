import type { Queryable } from '../store/store';

/** The demo's knowledge people own its articles in turn (when the demo org has them). */
export async function demoOwners(tx: Queryable): Promise<string[]> {
  const rows = await tx.query<{ username: string }>(
    `SELECT username FROM users WHERE username = ANY($1::text[]) ORDER BY username`,
    [['author.kb', 'reviewer.kb']],
  );
  return rows.map((r) => r.username);
}

/**
 * Gives the audit screens something to show (R16): every tenth article is overdue for review, the
 * next one is due within the fortnight, the rest later; one in 25 was last changed 200 days ago
 * (stale). One statement each, so loading stays fast.
 */
export async function spreadReviewDates(tx: Queryable, ids: string[]): Promise<void> {
  await tx.query(
    `WITH n AS (SELECT id, (row_number() OVER (ORDER BY id) - 1)::int AS i
                  FROM unnest($1::text[]) AS id)
     UPDATE articles a
        SET review_due_at = now() + make_interval(days => CASE
              WHEN n.i % 10 = 0 THEN -1 - n.i % 20
              WHEN n.i % 10 = 1 THEN 2 + n.i % 11
              ELSE 20 + n.i % 70 END)
       FROM n WHERE a.id = n.id`,
    [ids],
  );
  const stale = ids.filter((_, i) => i % 25 === 2);
  const old = `now() - interval '200 days'`;
  await tx.query(
    `UPDATE articles SET updated_at = ${old}, created_at = ${old} WHERE id = ANY($1)`,
    [stale],
  );
  await tx.query(`UPDATE article_revisions SET created_at = ${old} WHERE article_id = ANY($1)`, [
    stale,
  ]);
  await tx.query(
    `INSERT INTO article_workflow (article_id, event, comment)
     SELECT id, 'published', 'Demo content' FROM unnest($1::text[]) AS id`,
    [ids],
  );
}

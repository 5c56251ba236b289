import { audienceFromJson, normalizeAudience, type Audience } from '../access/audience';
import type { FeedWriter } from '../feed/writer';
import { notFound } from '../http/errors';
import type { Queryable } from '../store/store';
import type { TreeInput } from './schemas';

/** Troubleshooting trees: every save is a new document version; agents get the published one. */
interface TreeState {
  audience: Audience;
  published: boolean;
}

async function treeState(tx: Queryable, id: string): Promise<TreeState | null> {
  const [row] = await tx.query<{ audience: unknown; published_version: number | null }>(
    'SELECT audience, published_version FROM trees WHERE id = $1',
    [id],
  );
  return row
    ? { audience: audienceFromJson(row.audience), published: row.published_version !== null }
    : null;
}

async function recordChange(tx: Queryable, feed: FeedWriter, id: string, before: TreeState | null) {
  const after = await treeState(tx, id);
  if (after?.published) {
    await tx.query(
      `UPDATE trees SET version = nextval('record_version'), updated_at = now() WHERE id = $1`,
      [id],
    );
  }
  await feed.append({
    kind: 'tree',
    entityId: id,
    audienceBefore: before?.published ? before.audience : null,
    audienceAfter: after?.published ? after.audience : null,
  });
}

export async function saveTree(
  tx: Queryable,
  feed: FeedWriter,
  id: string,
  input: TreeInput,
  userId: number | null,
): Promise<number> {
  const before = await treeState(tx, id);
  const audience = input.audience ? JSON.stringify(normalizeAudience(input.audience)) : null;
  const [row] = await tx.query<{ latest_version: number }>(
    `INSERT INTO trees (id, audience, latest_version)
     VALUES ($1, coalesce($2::jsonb, '{"businessLines": [], "positions": []}'), 1)
     ON CONFLICT (id) DO UPDATE SET latest_version = trees.latest_version + 1,
            audience = coalesce($2::jsonb, trees.audience), updated_at = now()
     RETURNING latest_version`,
    [id, audience],
  );
  const version = row?.latest_version ?? 1;
  await tx.query(
    `INSERT INTO tree_versions (tree_id, version, title, document, created_by)
     VALUES ($1, $2, $3, $4, $5)`,
    [id, version, JSON.stringify(input.title), JSON.stringify(input.document), userId],
  );
  if (input.publish) {
    await tx.query('UPDATE trees SET published_version = $2 WHERE id = $1', [id, version]);
  }
  await recordChange(tx, feed, id, before);
  return version;
}

export async function publishTree(
  tx: Queryable,
  feed: FeedWriter,
  id: string,
  version: number | undefined,
): Promise<number> {
  const before = await treeState(tx, id);
  if (!before) throw notFound('The tree');
  const [row] = await tx.query<{ version: number }>(
    `SELECT version FROM tree_versions WHERE tree_id = $1 AND ($2::int IS NULL OR version = $2)
      ORDER BY version DESC LIMIT 1`,
    [id, version ?? null],
  );
  if (!row) throw notFound(`Version ${version ?? ''} of the tree`);
  await tx.query('UPDATE trees SET published_version = $2 WHERE id = $1', [id, row.version]);
  await recordChange(tx, feed, id, before);
  return row.version;
}

export async function deleteTree(tx: Queryable, feed: FeedWriter, id: string): Promise<void> {
  const before = await treeState(tx, id);
  if (!before) throw notFound('The tree');
  await tx.query('DELETE FROM trees WHERE id = $1', [id]);
  await recordChange(tx, feed, id, before);
}

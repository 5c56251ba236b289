import { EVERYONE } from '../access/audience';
import type { FeedWriter } from '../feed/writer';
import { badRequest, conflict, notFound } from '../http/errors';
import type { Queryable } from '../store/store';
import { touchArticles } from './articles';
import type { CategoryInput } from './schemas';

/** Categories are visible to everyone; every change goes to the feed. */
export async function putCategory(
  tx: Queryable,
  feed: FeedWriter,
  id: string,
  input: CategoryInput,
): Promise<{ created: boolean }> {
  if (input.parentId !== null) await assertNoCycle(tx, id, input.parentId);
  const rows = await tx.query<{ created: boolean }>(
    `INSERT INTO categories (id, parent_id, position, names) VALUES ($1, $2, $3, $4)
     ON CONFLICT (id) DO UPDATE SET parent_id = excluded.parent_id, position = excluded.position,
            names = excluded.names, version = nextval('record_version'), updated_at = now()
     RETURNING (xmax = 0) AS created`,
    [id, input.parentId, input.position, JSON.stringify(input.names)],
  );
  const existed = !(rows[0]?.created ?? true);
  await feed.append({
    kind: 'category',
    entityId: id,
    audienceBefore: existed ? EVERYONE : null,
    audienceAfter: EVERYONE,
  });
  return { created: !existed };
}

/** Moving a category under itself or one of its descendants would cut a loop out of the tree. */
async function assertNoCycle(tx: Queryable, id: string, parentId: string): Promise<void> {
  if (parentId === id) throw badRequest('A category cannot be its own parent.');
  const [parent] = await tx.query('SELECT 1 FROM categories WHERE id = $1', [parentId]);
  if (!parent) throw badRequest(`The parent category "${parentId}" does not exist.`);
  const [loop] = await tx.query(
    `WITH RECURSIVE up (id, parent_id) AS (
       SELECT id, parent_id FROM categories WHERE id = $1
       UNION ALL
       SELECT c.id, c.parent_id FROM categories c JOIN up ON c.id = up.parent_id
     )
     SELECT 1 FROM up WHERE id = $2 LIMIT 1`,
    [parentId, id],
  );
  if (loop) throw badRequest('A category cannot move under one of its own subcategories.');
}

export async function deleteCategory(tx: Queryable, feed: FeedWriter, id: string): Promise<void> {
  const [child] = await tx.query('SELECT 1 FROM categories WHERE parent_id = $1 LIMIT 1', [id]);
  if (child) throw conflict('Move or delete the subcategories first.');
  const linked = await tx.query<{ article_id: string }>(
    'SELECT article_id FROM article_categories WHERE category_id = $1 ORDER BY article_id',
    [id],
  );
  const rows = await tx.query('DELETE FROM categories WHERE id = $1 RETURNING id', [id]);
  if (rows.length === 0) throw notFound('The category');
  await feed.append({
    kind: 'category',
    entityId: id,
    audienceBefore: EVERYONE,
    audienceAfter: null,
  });
  await touchArticles(
    tx,
    feed,
    linked.map((r) => r.article_id),
  );
}

/**
 * Finds or creates a category path like Cards › Security (demo loader and imports). Existing
 * categories keep their place in the tree; names in languages they lacked are added.
 */
export async function ensureCategoryPath(
  tx: Queryable,
  feed: FeedWriter,
  path: { id: string; names: Record<string, string> }[],
): Promise<string | null> {
  let parentId: string | null = null;
  for (const segment of path) {
    const [existing] = await tx.query<{
      names: Record<string, string>;
      parent_id: string | null;
      position: number;
    }>('SELECT names, parent_id, position FROM categories WHERE id = $1', [segment.id]);
    if (!existing) {
      const [count] = await tx.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM categories WHERE parent_id IS NOT DISTINCT FROM $1',
        [parentId],
      );
      await putCategory(tx, feed, segment.id, {
        parentId,
        position: count?.n ?? 0,
        names: segment.names,
      });
    } else {
      const merged = { ...segment.names, ...existing.names };
      if (Object.keys(merged).length > Object.keys(existing.names).length) {
        await putCategory(tx, feed, segment.id, {
          parentId: existing.parent_id,
          position: existing.position,
          names: merged,
        });
      }
    }
    parentId = segment.id;
  }
  return parentId;
}

import type { AuthoringCategory } from '../../shared/workstation/authoring';
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

// ---------------------------------------------------------------- category manager (issue 9, R12)

interface CategoryRow {
  id: string;
  parent_id: string | null;
  position: number;
  names: Record<string, string>;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Every category with its place and how many articles link to it directly; parents' children in order. */
export async function listAuthoringCategories(q: Queryable): Promise<AuthoringCategory[]> {
  const rows = await q.query<CategoryRow & { article_count: number }>(
    `SELECT c.id, c.parent_id, c.position, c.names,
            (SELECT count(*)::int FROM article_categories ac WHERE ac.category_id = c.id)
              AS article_count
       FROM categories c`,
  );
  // Sorted here, not in SQL: PostgreSQL and PGlite may collate text differently.
  return rows
    .sort(
      (a, b) =>
        byText(a.parent_id ?? '', b.parent_id ?? '') ||
        a.position - b.position ||
        byText(a.id, b.id),
    )
    .map((r) => ({
      id: r.id,
      parentId: r.parent_id,
      position: r.position,
      names: r.names,
      articleCount: r.article_count,
    }));
}

async function categoryRow(tx: Queryable, id: string): Promise<CategoryRow | undefined> {
  const [row] = await tx.query<CategoryRow>(
    'SELECT id, parent_id, position, names FROM categories WHERE id = $1',
    [id],
  );
  return row;
}

/** Children of `parentId` in their order (ties, from older data, broken by id). */
async function children(tx: Queryable, parentId: string | null): Promise<CategoryRow[]> {
  const rows = await tx.query<CategoryRow>(
    `SELECT id, parent_id, position, names FROM categories
      WHERE parent_id IS NOT DISTINCT FROM $1`,
    [parentId],
  );
  return rows.sort((a, b) => a.position - b.position || byText(a.id, b.id));
}

/** Create (last among `parentId`'s children) or rename (names only: parent and place stay). */
export async function saveCategoryNames(
  tx: Queryable,
  feed: FeedWriter,
  id: string,
  parentId: string | null,
  names: Record<string, string>,
): Promise<{ created: boolean }> {
  const kept = Object.fromEntries(
    Object.entries(names)
      .map(([lang, name]) => [lang, name.trim()] as const)
      .filter(([, name]) => name !== ''),
  );
  if (Object.keys(kept).length === 0) throw badRequest('A category needs a name.');
  const existing = await categoryRow(tx, id);
  if (existing) {
    await putCategory(tx, feed, id, {
      parentId: existing.parent_id,
      position: existing.position,
      names: kept,
    });
    return { created: false };
  }
  if (parentId !== null && !(await categoryRow(tx, parentId))) {
    throw notFound('The parent category');
  }
  const siblings = await children(tx, parentId);
  const position = siblings.reduce((max, s) => Math.max(max, s.position + 1), 0);
  return putCategory(tx, feed, id, { parentId, position, names: kept });
}

/**
 * Drag and drop: `id` goes under `parentId` at `index` among its children; the new and the old
 * parent's children are renumbered 0..n-1. Every category whose parent or place changed is
 * written through putCategory, so it reaches workstations with the next sync.
 */
export async function moveCategory(
  tx: Queryable,
  feed: FeedWriter,
  id: string,
  parentId: string | null,
  index: number,
): Promise<void> {
  const moved = await categoryRow(tx, id);
  if (!moved) throw notFound('The category');
  if (parentId !== null) {
    if (!(await categoryRow(tx, parentId))) throw notFound('The parent category');
    await assertNoCycle(tx, id, parentId);
  }
  const target = (await children(tx, parentId)).filter((c) => c.id !== id);
  target.splice(Math.min(index, target.length), 0, { ...moved, parent_id: parentId });
  const renumber = async (list: CategoryRow[], parent: string | null) => {
    for (const [position, c] of list.entries()) {
      if (c.id !== id && c.position === position) continue;
      if (c.id === id && moved.parent_id === parent && moved.position === position) continue;
      await putCategory(tx, feed, c.id, { parentId: parent, position, names: c.names });
    }
  };
  await renumber(target, parentId);
  if (moved.parent_id !== parentId) {
    const left = (await children(tx, moved.parent_id)).filter((c) => c.id !== id);
    await renumber(left, moved.parent_id);
  }
}

import { CONTENT_LANGUAGES } from '../../shared/languages';
import type { LocalizedText } from '../../shared/sync/records';
import { treeSchema } from '../../shared/trees/model';
import { validateTree, type TreeProblem } from '../../shared/trees/validate';
import type { AuthoringTree, AuthoringTreeSummary } from '../../shared/workstation/trees';
import { audienceFromJson, normalizeAudience, type Audience } from '../access/audience';
import type { FeedWriter } from '../feed/writer';
import { badRequest, HttpError, notFound } from '../http/errors';
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
  // The upsert holds the row lock, so two authors saving over the same version cannot both pass.
  if (input.baseVersion !== undefined && version !== input.baseVersion + 1) {
    throw new HttpError(
      409,
      'conflict',
      `Tree "${id}" is at version ${version - 1}, saved since you opened version ${input.baseVersion}: reload it and apply your changes again.`,
    );
  }
  if (input.publish) assertPublishable(input.title, input.document);
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
  const [saved] = await tx.query<{ title: LocalizedText; document: unknown }>(
    'SELECT title, document FROM tree_versions WHERE tree_id = $1 AND version = $2',
    [id, row.version],
  );
  assertPublishable(saved?.title ?? {}, saved?.document);
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

/**
 * The document of a save, checked before anything is written: drafts need not validate, but they
 * must be tree documents (shared/trees/model.ts) for this tree, or the editor could not open them.
 */
export function parseTreeDocument(id: string, document: unknown) {
  const parsed = treeSchema.safeParse(document);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((issue) => {
      const path = issue.path.map(String).join('.');
      return path ? `${path}: ${issue.message}` : issue.message;
    });
    throw badRequest(`The document is not a troubleshooting tree: ${issues.join('; ')}.`, {
      issues: parsed.error.issues.slice(0, 20),
    });
  }
  if (parsed.data.id !== id) {
    throw badRequest(
      `The document's id "${parsed.data.id}" is not the tree's id "${id}": they must be the same.`,
    );
  }
  return parsed.data;
}

/** A tree agents may get: it validates, with every text in every language of its title. */
function assertPublishable(title: LocalizedText, document: unknown): void {
  const parsed = treeSchema.safeParse(document);
  const problems: TreeProblem[] = parsed.success
    ? validateTree(parsed.data, {
        publishedLanguages: CONTENT_LANGUAGES.filter((l) => title[l]?.trim()),
      })
    : [{ code: 'missing-start', nodeId: null, message: 'The saved document is not a tree.' }];
  if (problems.length === 0) return;
  const named = problems
    .slice(0, 3)
    .map((p) => p.message)
    .join(' ');
  throw new HttpError(
    422,
    'invalid-tree',
    `The tree cannot be published: ${problems.length} problem(s). ${named}`,
    { problems },
  );
}

interface VersionRow {
  id: string;
  title: LocalizedText;
  latest_version: number;
  published_version: number | null;
  updated_at: Date | string;
}

const iso = (value: Date | string) => new Date(value).toISOString();

/** Every tree with its latest saved title, for the editor's list. */
export async function listAuthoringTrees(tx: Queryable): Promise<AuthoringTreeSummary[]> {
  const rows = await tx.query<VersionRow>(
    `SELECT t.id, v.title, t.latest_version, t.published_version, t.updated_at
       FROM trees t JOIN tree_versions v ON v.tree_id = t.id AND v.version = t.latest_version
      ORDER BY t.id`,
  );
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    latestVersion: r.latest_version,
    publishedVersion: r.published_version,
    updatedAt: iso(r.updated_at),
  }));
}

/** The latest saved version of a tree, for the editor. */
export async function getAuthoringTree(tx: Queryable, id: string): Promise<AuthoringTree> {
  const [row] = await tx.query<VersionRow & { audience: unknown; document: unknown }>(
    `SELECT t.id, v.title, v.document, t.audience, t.latest_version, t.published_version,
            t.updated_at
       FROM trees t JOIN tree_versions v ON v.tree_id = t.id AND v.version = t.latest_version
      WHERE t.id = $1`,
    [id],
  );
  if (!row) throw notFound('The tree');
  const document = treeSchema.safeParse(row.document);
  if (!document.success) {
    // Saved before documents were checked on save: the editor cannot open it.
    throw new HttpError(
      409,
      'conflict',
      `The latest version of tree "${id}" is not a tree document this server can read; save a new version over it.`,
    );
  }
  return {
    id: row.id,
    version: row.latest_version,
    publishedVersion: row.published_version,
    title: row.title,
    document: document.data,
    audience: audienceFromJson(row.audience),
    updatedAt: iso(row.updated_at),
  };
}

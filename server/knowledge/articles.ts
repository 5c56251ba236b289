import { DEFAULT_REVIEW_INTERVAL_DAYS } from '../../shared/workstation/authoring-constants';
import type { ContentLanguage } from '../../shared/languages';
import { audienceFromJson, normalizeAudience, type Audience } from '../access/audience';
import type { FeedWriter } from '../feed/writer';
import { badRequest, conflict, notFound } from '../http/errors';
import type { Queryable } from '../store/store';
import { extractPlaceholders, sanitizeBody } from './sanitize';
import type { ArticleMetaInput, RevisionInput } from './schemas';
import { addWorkflowEntry, markPublished, statusAfterDraftSave } from './workflow-log';

/**
 * Article writes. Each runs inside a `writeTransaction`, so the change and its feed row commit
 * together. Agents see only published variants; a change nobody could see appends no feed row.
 */
interface ArticleState {
  audience: Audience;
  published: boolean;
}

async function articleState(tx: Queryable, id: string): Promise<ArticleState | null> {
  const [row] = await tx.query<{ audience: unknown; published: boolean }>(
    `SELECT a.audience,
            EXISTS (SELECT 1 FROM article_variants v
                     WHERE v.article_id = a.id AND v.published_revision IS NOT NULL) AS published
       FROM articles a WHERE a.id = $1`,
    [id],
  );
  return row ? { audience: audienceFromJson(row.audience), published: row.published } : null;
}

/** After a change: bump the agent-visible version and append the feed row with both audiences. */
async function recordChange(
  tx: Queryable,
  feed: FeedWriter,
  id: string,
  before: ArticleState | null,
): Promise<void> {
  const after = await articleState(tx, id);
  if (after?.published) {
    await tx.query(
      `UPDATE articles SET version = nextval('record_version'), updated_at = now() WHERE id = $1`,
      [id],
    );
  }
  await feed.append({
    kind: 'article',
    entityId: id,
    audienceBefore: before?.published ? before.audience : null,
    audienceAfter: after?.published ? after.audience : null,
  });
}

/**
 * Creates the article if it is new (a draft owned by its creator unless `owner` is given, with a
 * 'created' workflow entry); changes only the fields given otherwise.
 */
export async function putArticle(
  tx: Queryable,
  feed: FeedWriter,
  id: string,
  meta: ArticleMetaInput,
  userId: number | null,
): Promise<{ created: boolean }> {
  const before = await articleState(tx, id);
  const visibleBefore = before ? await agentVisibleFields(tx, id) : '';
  const audience = meta.audience ? JSON.stringify(normalizeAudience(meta.audience)) : null;
  const governance = [
    meta.reviewIntervalDays ?? null,
    meta.reviewRequired ?? null,
    meta.expiresAt !== undefined,
    meta.expiresAt ?? null,
  ];
  if (!before) {
    await tx.query(
      `INSERT INTO articles (id, type, owner, audience, created_by, review_interval_days,
                            review_required, expires_at)
       VALUES ($1, $2, coalesce($3, (SELECT username FROM users WHERE id = $5), ''),
               coalesce($4::jsonb, '{"businessLines": [], "positions": []}'), $5,
               coalesce($6::int, ${DEFAULT_REVIEW_INTERVAL_DAYS}), coalesce($7::boolean, true),
               CASE WHEN $8::boolean THEN $9::timestamptz END)`,
      [id, meta.type ?? 'reference', meta.owner ?? null, audience, userId, ...governance],
    );
    await addWorkflowEntry(tx, id, 'created', '', userId);
  } else {
    // A new interval counts from the last review (the due date moves with it).
    await tx.query(
      `UPDATE articles SET type = coalesce($2, type), owner = coalesce($3, owner),
              audience = coalesce($4::jsonb, audience), updated_at = now(),
              review_interval_days = coalesce($5::int, review_interval_days),
              review_due_at = CASE WHEN $5::int IS NOT NULL AND last_reviewed_at IS NOT NULL
                                   THEN last_reviewed_at + make_interval(days => $5::int)
                                   ELSE review_due_at END,
              review_required = coalesce($6::boolean, review_required),
              expires_at = CASE WHEN $7::boolean THEN $8::timestamptz ELSE expires_at END
        WHERE id = $1`,
      [id, meta.type ?? null, meta.owner ?? null, audience, ...governance],
    );
  }
  if (meta.categoryIds) await setCategories(tx, id, meta.categoryIds);
  // Owner, review interval and the like are for authors: a save that changes nothing agents
  // receive must not send every workstation the same article again (an "updated" toast).
  if (!before || (await agentVisibleFields(tx, id)) !== visibleBefore) {
    await recordChange(tx, feed, id, before);
  }
  return { created: !before };
}

/** What of an article's metadata reaches agents' replicas: type, audience and categories. */
async function agentVisibleFields(tx: Queryable, id: string): Promise<string> {
  const [row] = await tx.query<{ fields: string }>(
    `SELECT json_build_array(a.type, a.audience::text,
              (SELECT coalesce(json_agg(c.category_id ORDER BY c.position), '[]'::json)
                 FROM article_categories c WHERE c.article_id = a.id))::text AS fields
       FROM articles a WHERE a.id = $1`,
    [id],
  );
  return row?.fields ?? '';
}

async function setCategories(tx: Queryable, id: string, categoryIds: string[]): Promise<void> {
  const unique = [...new Set(categoryIds)];
  const known = await tx.query<{ id: string }>(
    'SELECT id FROM categories WHERE id = ANY($1::text[])',
    [unique],
  );
  const missing = unique.filter((c) => !known.some((k) => k.id === c));
  if (missing.length > 0) throw badRequest(`Unknown categories: ${missing.join(', ')}.`);
  await tx.query('DELETE FROM article_categories WHERE article_id = $1', [id]);
  for (const [position, categoryId] of unique.entries()) {
    await tx.query(
      'INSERT INTO article_categories (article_id, category_id, position) VALUES ($1, $2, $3)',
      [id, categoryId, position],
    );
  }
}

/** Every save is a new revision of the language variant; `publish` also makes it what agents get. */
export async function saveRevision(
  tx: Queryable,
  feed: FeedWriter,
  id: string,
  lang: ContentLanguage,
  input: RevisionInput,
  userId: number | null,
): Promise<number> {
  const before = await articleState(tx, id);
  if (!before) throw notFound('The article');
  const [next] = await tx.query<{ revision: number }>(
    `SELECT coalesce(max(revision), 0) + 1 AS revision FROM article_revisions
      WHERE article_id = $1 AND lang = $2`,
    [id, lang],
  );
  const revision = next?.revision ?? 1;
  if (input.baseRevision !== undefined && input.baseRevision !== revision - 1) {
    throw conflict(
      `Someone saved the ${lang} variant since revision ${input.baseRevision}: it is at ` +
        `revision ${revision - 1} now. Reload it and apply your change again.`,
    );
  }
  // Publishing at once (reviewers, importers) needs no draft rules: it ends published below.
  if (!input.publish) await statusAfterDraftSave(tx, id);
  const body = sanitizeBody(input.bodyHtml);
  await tx.query(
    `INSERT INTO article_revisions
       (article_id, lang, revision, title, summary, body_html, tags, synonyms, placeholders, note, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      id,
      lang,
      revision,
      input.title,
      input.summary,
      body,
      input.tags,
      input.synonyms,
      extractPlaceholders(`${input.title}\n${body}`),
      input.note,
      userId,
    ],
  );
  await tx.query(
    `INSERT INTO article_variants (article_id, lang, latest_revision) VALUES ($1, $2, $3)
     ON CONFLICT (article_id, lang) DO UPDATE SET latest_revision = excluded.latest_revision`,
    [id, lang, revision],
  );
  if (input.publish) {
    await setPublished(tx, feed, id, lang, revision, userId, before);
    await markPublished(tx, id);
  }
  return revision;
}

export async function publishRevision(
  tx: Queryable,
  feed: FeedWriter,
  id: string,
  lang: ContentLanguage,
  revision: number | undefined,
  userId: number | null,
): Promise<number> {
  const before = await articleState(tx, id);
  if (!before) throw notFound('The article');
  const [variant] = await tx.query<{ latest_revision: number }>(
    'SELECT latest_revision FROM article_variants WHERE article_id = $1 AND lang = $2',
    [id, lang],
  );
  if (!variant) throw notFound(`The ${lang} variant`);
  const target = revision ?? variant.latest_revision;
  const [exists] = await tx.query(
    'SELECT 1 FROM article_revisions WHERE article_id = $1 AND lang = $2 AND revision = $3',
    [id, lang, target],
  );
  if (!exists) throw notFound(`Revision ${target}`);
  await setPublished(tx, feed, id, lang, target, userId, before);
  await markPublished(tx, id);
  return target;
}

async function setPublished(
  tx: Queryable,
  feed: FeedWriter,
  id: string,
  lang: ContentLanguage,
  revision: number | null,
  userId: number | null,
  before: ArticleState,
): Promise<void> {
  await tx.query(
    `UPDATE article_variants
        SET published_revision = $3,
            published_at = CASE WHEN $3::int IS NULL THEN NULL ELSE now() END,
            published_by = $4
      WHERE article_id = $1 AND lang = $2`,
    [id, lang, revision, userId],
  );
  await recordChange(tx, feed, id, before);
}

export async function unpublishVariant(
  tx: Queryable,
  feed: FeedWriter,
  id: string,
  lang: ContentLanguage,
  userId: number | null,
): Promise<void> {
  const before = await articleState(tx, id);
  if (!before) throw notFound('The article');
  await setPublished(tx, feed, id, lang, null, userId, before);
  // The last variant withdrawn: nothing of it is published any more.
  await tx.query(
    `UPDATE articles a SET status = 'draft' WHERE a.id = $1 AND a.status = 'published'
        AND NOT EXISTS (SELECT 1 FROM article_variants v
                         WHERE v.article_id = a.id AND v.published_revision IS NOT NULL)`,
    [id],
  );
}

/**
 * Sets what agents get for several variants at once (null withdraws it) with one feed row: the
 * path of approvals, scheduled publication, archiving and expiry.
 */
export async function setPublishedRevisions(
  tx: Queryable,
  feed: FeedWriter,
  id: string,
  revisions: Record<string, number | null>,
  userId: number | null,
): Promise<void> {
  const before = await articleState(tx, id);
  if (!before) throw notFound('The article');
  for (const [lang, revision] of Object.entries(revisions)) {
    await tx.query(
      `UPDATE article_variants
          SET published_revision = $3,
              published_at = CASE WHEN $3::int IS NULL THEN NULL ELSE now() END,
              published_by = $4
        WHERE article_id = $1 AND lang = $2
          AND published_revision IS DISTINCT FROM $3::int`,
      [id, lang, revision, userId],
    );
  }
  await recordChange(tx, feed, id, before);
}

export async function deleteArticle(tx: Queryable, feed: FeedWriter, id: string): Promise<void> {
  const before = await articleState(tx, id);
  if (!before) throw notFound('The article');
  await tx.query('DELETE FROM articles WHERE id = $1', [id]);
  await recordChange(tx, feed, id, before);
}

/** Category links changed underneath published articles (a category was deleted). */
export async function touchArticles(tx: Queryable, feed: FeedWriter, ids: string[]): Promise<void> {
  for (const id of ids) {
    const state = await articleState(tx, id);
    await recordChange(tx, feed, id, state);
  }
}

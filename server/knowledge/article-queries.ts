import type {
  AuthoringArticle,
  AuthoringArticleSummary,
  Person,
  RevisionContent,
  RevisionSummary,
  WorkflowEntry,
} from '../../shared/workstation/authoring';
import { audienceFromJson } from '../access/audience';
import type { Queryable } from '../store/store';

/**
 * Authoring reads (shapes of shared/workstation/authoring.ts): drafts included, no audience
 * filter (authors see everything they manage). `updatedAt` is the last change of any kind:
 * metadata or a saved revision (articles.updated_at only moves with what agents can see).
 */
export const UPDATED_AT = `greatest(a.updated_at,
  (SELECT max(r.created_at) FROM article_revisions r WHERE r.article_id = a.id))`;

type Row = Record<string, unknown>;
export const iso = (d: unknown) =>
  d instanceof Date ? d.toISOString() : new Date(String(d)).toISOString();
const isoOrNull = (d: unknown) => (d === null || d === undefined ? null : iso(d));

export function person(username: unknown, displayName: unknown): Person | null {
  return typeof username === 'string'
    ? { username, displayName: typeof displayName === 'string' ? displayName : username }
    : null;
}

export async function listArticlesForAuthors(q: Queryable): Promise<AuthoringArticleSummary[]> {
  const rows = await q.query<Row>(
    `SELECT a.id, a.type, a.owner, a.status, a.review_due_at, ${UPDATED_AT} AS updated_at,
            coalesce((SELECT json_agg(json_build_object('lang', v.lang, 'title', r.title,
                       'latestRevision', v.latest_revision,
                       'publishedRevision', v.published_revision) ORDER BY v.lang)
                FROM article_variants v
                JOIN article_revisions r ON r.article_id = v.article_id AND r.lang = v.lang
                                        AND r.revision = v.latest_revision
               WHERE v.article_id = a.id), '[]') AS variants,
            coalesce((SELECT array_agg(c.category_id ORDER BY c.position, c.category_id)
                        FROM article_categories c WHERE c.article_id = a.id), '{}') AS categories,
            (SELECT count(*)::int FROM feedback_items f
              WHERE f.article_id = a.id AND f.status = 'open') AS open_feedback
       FROM articles a ORDER BY updated_at DESC, a.id`,
  );
  return rows.map((r) => {
    const variants = r.variants as {
      lang: AuthoringArticleSummary['variants'][number]['lang'];
      title: string;
      latestRevision: number;
      publishedRevision: number | null;
    }[];
    return {
      id: r.id as string,
      type: r.type as AuthoringArticleSummary['type'],
      owner: r.owner as string,
      status: r.status as AuthoringArticleSummary['status'],
      title: Object.fromEntries(variants.map((v) => [v.lang, v.title])),
      variants: variants.map(({ lang, latestRevision, publishedRevision }) => ({
        lang,
        latestRevision,
        publishedRevision,
      })),
      categoryIds: r.categories as string[],
      reviewDueAt: isoOrNull(r.review_due_at),
      updatedAt: iso(r.updated_at),
      openFeedback: r.open_feedback as number,
    };
  });
}

const REVISION_COLUMNS = `r.lang, r.revision, r.title, r.note, r.created_at, r.summary, r.body_html,
  r.tags, r.synonyms, u.username, u.display_name`;

function revisionContent(r: Row, publishedRevision: number | null): RevisionContent {
  return {
    lang: r.lang as RevisionContent['lang'],
    revision: r.revision as number,
    title: r.title as string,
    note: r.note as string,
    author: person(r.username, r.display_name),
    createdAt: iso(r.created_at),
    published: r.revision === publishedRevision,
    summary: r.summary as string,
    bodyHtml: r.body_html as string,
    tags: r.tags as string[],
    synonyms: r.synonyms as string[],
  };
}

export async function getArticleForAuthors(
  q: Queryable,
  id: string,
): Promise<AuthoringArticle | null> {
  const [a] = await q.query<Row>(
    `SELECT a.*, ${UPDATED_AT} AS last_change FROM articles a WHERE a.id = $1`,
    [id],
  );
  if (!a) return null;
  const categories = await q.query<{ category_id: string }>(
    'SELECT category_id FROM article_categories WHERE article_id = $1 ORDER BY position, category_id',
    [id],
  );
  const variants = await q.query<Row>(
    `SELECT v.published_revision, ${REVISION_COLUMNS}
       FROM article_variants v
       JOIN article_revisions r
         ON r.article_id = v.article_id AND r.lang = v.lang AND r.revision = v.latest_revision
       LEFT JOIN users u ON u.id = r.created_by
      WHERE v.article_id = $1 ORDER BY v.lang`,
    [id],
  );
  const workflow = await q.query<Row>(
    `SELECT w.event, w.comment, w.at, u.username, u.display_name
       FROM article_workflow w LEFT JOIN users u ON u.id = w.user_id
      WHERE w.article_id = $1 ORDER BY w.id`,
    [id],
  );
  return {
    id: a.id as string,
    type: a.type as AuthoringArticle['type'],
    owner: a.owner as string,
    audience: audienceFromJson(a.audience),
    categoryIds: categories.map((c) => c.category_id),
    status: a.status as AuthoringArticle['status'],
    reviewRequired: a.review_required as boolean,
    reviewIntervalDays: a.review_interval_days as number,
    reviewDueAt: isoOrNull(a.review_due_at),
    lastReviewedAt: isoOrNull(a.last_reviewed_at),
    publishAt: isoOrNull(a.publish_at),
    expiresAt: isoOrNull(a.expires_at),
    updatedAt: iso(a.last_change),
    variants: variants.map((v) => {
      const published = v.published_revision as number | null;
      return { ...revisionContent(v, published), publishedRevision: published };
    }),
    workflow: workflow.map((w): WorkflowEntry => ({
      event: w.event as WorkflowEntry['event'],
      comment: w.comment as string,
      by: person(w.username, w.display_name),
      at: iso(w.at),
    })),
  };
}

/** The history of one language variant (R14), newest first: who changed it, when and why. */
export async function listRevisions(
  q: Queryable,
  id: string,
  lang: string,
): Promise<RevisionSummary[]> {
  const rows = await q.query<Row>(
    `SELECT ${REVISION_COLUMNS}, v.published_revision
       FROM article_revisions r
       JOIN article_variants v ON v.article_id = r.article_id AND v.lang = r.lang
       LEFT JOIN users u ON u.id = r.created_by
      WHERE r.article_id = $1 AND r.lang = $2 ORDER BY r.revision DESC`,
    [id, lang],
  );
  return rows.map((r) => {
    const { revision, title, note, author, createdAt, published } = revisionContent(
      r,
      r.published_revision as number | null,
    );
    return { revision, title, note, author, createdAt, published };
  });
}

/** One revision in full (the diff view reads two of them). */
export async function getRevision(
  q: Queryable,
  id: string,
  lang: string,
  revision: number,
): Promise<RevisionContent | null> {
  const [row] = await q.query<Row>(
    `SELECT ${REVISION_COLUMNS}, v.published_revision
       FROM article_revisions r
       JOIN article_variants v ON v.article_id = r.article_id AND v.lang = r.lang
       LEFT JOIN users u ON u.id = r.created_by
      WHERE r.article_id = $1 AND r.lang = $2 AND r.revision = $3`,
    [id, lang, revision],
  );
  return row ? revisionContent(row, row.published_revision as number | null) : null;
}

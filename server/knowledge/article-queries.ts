import type { Queryable } from '../store/store';
import type { RevisionContentRow } from './revision-content';

/** Authoring reads: drafts included, no audience filter (authors see everything they manage). */
export async function listArticlesForAuthors(q: Queryable) {
  const rows = await q.query<{
    id: string;
    type: string;
    owner: string;
    audience: unknown;
    version: number;
    updated_at: Date;
    variants: {
      lang: string;
      title: string;
      latestRevision: number;
      publishedRevision: number | null;
    }[];
  }>(
    `SELECT a.id, a.type, a.owner, a.audience, a.version, a.updated_at,
            coalesce(json_agg(json_build_object(
              'lang', v.lang, 'title', r.title,
              'latestRevision', v.latest_revision, 'publishedRevision', v.published_revision)
              ORDER BY v.lang) FILTER (WHERE v.lang IS NOT NULL), '[]') AS variants
       FROM articles a
       LEFT JOIN article_variants v ON v.article_id = a.id
       LEFT JOIN article_revisions r
         ON r.article_id = v.article_id AND r.lang = v.lang AND r.revision = v.latest_revision
      GROUP BY a.id ORDER BY a.updated_at DESC, a.id`,
  );
  return rows.map((r) => ({
    id: r.id,
    type: r.type,
    owner: r.owner,
    audience: r.audience,
    version: r.version,
    updatedAt: r.updated_at.toISOString(),
    variants: r.variants,
  }));
}

export async function getArticleForAuthors(q: Queryable, id: string) {
  const [article] = await q.query<{
    id: string;
    type: string;
    owner: string;
    audience: unknown;
    version: number;
    updated_at: Date;
  }>('SELECT id, type, owner, audience, version, updated_at FROM articles WHERE id = $1', [id]);
  if (!article) return null;
  const categories = await q.query<{ category_id: string }>(
    'SELECT category_id FROM article_categories WHERE article_id = $1 ORDER BY position, category_id',
    [id],
  );
  const variants = await q.query<
    {
      lang: string;
      latest_revision: number;
      published_revision: number | null;
      published_at: Date | null;
    } & RevisionContentRow
  >(
    `SELECT v.lang, v.latest_revision, v.published_revision, v.published_at,
            r.title, r.summary, r.body_html, r.tags, r.synonyms, r.placeholders
       FROM article_variants v
       JOIN article_revisions r
         ON r.article_id = v.article_id AND r.lang = v.lang AND r.revision = v.latest_revision
      WHERE v.article_id = $1 ORDER BY v.lang`,
    [id],
  );
  return {
    id: article.id,
    type: article.type,
    owner: article.owner,
    audience: article.audience,
    version: article.version,
    updatedAt: article.updated_at.toISOString(),
    categoryIds: categories.map((c) => c.category_id),
    variants: variants.map((v) => ({
      lang: v.lang,
      latestRevision: v.latest_revision,
      publishedRevision: v.published_revision,
      publishedAt: v.published_at?.toISOString() ?? null,
      latest: {
        title: v.title,
        summary: v.summary,
        bodyHtml: v.body_html,
        tags: v.tags,
        synonyms: v.synonyms,
        placeholders: v.placeholders,
      },
    })),
  };
}

/** The history of one language variant (R14): who changed it, when and why. */
export async function listRevisions(q: Queryable, id: string, lang: string) {
  const rows = await q.query<{
    revision: number;
    title: string;
    note: string;
    created_at: Date;
    author: string | null;
  }>(
    `SELECT r.revision, r.title, r.note, r.created_at, u.username AS author
       FROM article_revisions r LEFT JOIN users u ON u.id = r.created_by
      WHERE r.article_id = $1 AND r.lang = $2 ORDER BY r.revision DESC`,
    [id, lang],
  );
  return rows.map((r) => ({
    revision: r.revision,
    title: r.title,
    note: r.note,
    createdAt: r.created_at.toISOString(),
    author: r.author,
  }));
}

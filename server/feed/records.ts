import type { ArticleType } from '../../shared/article';
import type { RevisionContentRow } from '../knowledge/revision-content';
import type { ContentLanguage } from '../../shared/languages';
import type {
  ArticleRecord,
  CategoryRecord,
  LocalizedText,
  NoticePriority,
  NoticeRecord,
  SynonymSetRecord,
  SyncKind,
  SyncRecord,
  TreeRecord,
} from '../../shared/sync/records';
import { audienceFromJson, EVERYONE, type Audience } from '../access/audience';
import type { Queryable } from '../store/store';

/**
 * Current agent-visible state of entities, as the records a replica stores, each with the
 * audience that decides who may have it. Unpublished entities are simply absent. `ids === null`
 * loads every entity of the kind (snapshot).
 */
export interface Visible<R extends SyncRecord = SyncRecord> {
  record: R;
  audience: Audience;
}

type Ids = readonly string[] | null;
const iso = (d: Date) => d.toISOString();

export async function loadArticles(q: Queryable, ids: Ids): Promise<Visible<ArticleRecord>[]> {
  const articles = await q.query<{
    id: string;
    type: ArticleType;
    owner: string;
    audience: unknown;
    version: number;
    updated_at: Date;
    updated_by: string | null;
  }>(
    // updated_by: who published the variant published last (a deleted user leaves it unknown
    // rather than naming whoever published before).
    `SELECT a.id, a.type, a.owner, a.audience, a.version, a.updated_at,
            (SELECT u.display_name FROM article_variants v LEFT JOIN users u ON u.id = v.published_by
              WHERE v.article_id = a.id AND v.published_revision IS NOT NULL
              ORDER BY v.published_at DESC NULLS LAST, v.lang LIMIT 1) AS updated_by
       FROM articles a
      WHERE ($1::text[] IS NULL OR a.id = ANY($1::text[])) ORDER BY a.id`,
    [ids],
  );
  const variants = await q.query<
    {
      article_id: string;
      lang: ContentLanguage;
      published_revision: number;
      published_at: Date;
    } & RevisionContentRow
  >(
    `SELECT v.article_id, v.lang, v.published_revision, v.published_at,
            r.title, r.summary, r.body_html, r.tags, r.synonyms, r.placeholders
       FROM article_variants v
       JOIN article_revisions r
         ON r.article_id = v.article_id AND r.lang = v.lang AND r.revision = v.published_revision
      WHERE ($1::text[] IS NULL OR v.article_id = ANY($1::text[]))
      ORDER BY v.article_id, v.lang`,
    [ids],
  );
  const links = await q.query<{ article_id: string; category_id: string }>(
    `SELECT article_id, category_id FROM article_categories
      WHERE ($1::text[] IS NULL OR article_id = ANY($1::text[]))
      ORDER BY article_id, position, category_id`,
    [ids],
  );
  const byArticle = groupBy(variants, (v) => v.article_id);
  const categories = groupBy(links, (l) => l.article_id);
  const out: Visible<ArticleRecord>[] = [];
  for (const a of articles) {
    const published = byArticle.get(a.id);
    if (!published?.length) continue;
    out.push({
      audience: audienceFromJson(a.audience),
      record: {
        kind: 'article',
        id: a.id,
        version: a.version,
        type: a.type,
        owner: a.owner,
        categoryIds: (categories.get(a.id) ?? []).map((l) => l.category_id),
        updatedAt: iso(a.updated_at),
        ...(a.updated_by === null ? {} : { updatedBy: a.updated_by }),
        variants: published.map((v) => ({
          lang: v.lang,
          revision: v.published_revision,
          title: v.title,
          summary: v.summary,
          bodyHtml: v.body_html,
          tags: v.tags,
          synonyms: v.synonyms,
          placeholders: v.placeholders,
          publishedAt: iso(v.published_at),
        })),
      },
    });
  }
  return out;
}

export async function loadCategories(q: Queryable, ids: Ids): Promise<Visible<CategoryRecord>[]> {
  const rows = await q.query<{
    id: string;
    parent_id: string | null;
    position: number;
    names: LocalizedText;
    version: number;
  }>(
    `SELECT id, parent_id, position, names, version FROM categories
      WHERE ($1::text[] IS NULL OR id = ANY($1::text[])) ORDER BY id`,
    [ids],
  );
  return rows.map((r) => ({
    audience: EVERYONE,
    record: {
      kind: 'category',
      id: r.id,
      version: r.version,
      parentId: r.parent_id,
      position: r.position,
      names: r.names,
    },
  }));
}

export async function loadTrees(q: Queryable, ids: Ids): Promise<Visible<TreeRecord>[]> {
  const rows = await q.query<{
    id: string;
    audience: unknown;
    version: number;
    published_version: number;
    title: LocalizedText;
    document: unknown;
    updated_at: Date;
  }>(
    `SELECT t.id, t.audience, t.version, t.published_version, v.title, v.document, t.updated_at
       FROM trees t JOIN tree_versions v ON v.tree_id = t.id AND v.version = t.published_version
      WHERE ($1::text[] IS NULL OR t.id = ANY($1::text[])) ORDER BY t.id`,
    [ids],
  );
  return rows.map((r) => ({
    audience: audienceFromJson(r.audience),
    record: {
      kind: 'tree',
      id: r.id,
      version: r.version,
      documentVersion: r.published_version,
      title: r.title,
      document: r.document,
      updatedAt: iso(r.updated_at),
    },
  }));
}

export async function loadNotices(q: Queryable, ids: Ids): Promise<Visible<NoticeRecord>[]> {
  const rows = await q.query<{
    id: string;
    priority: NoticePriority;
    title: LocalizedText;
    body: LocalizedText;
    requires_ack: boolean;
    audience: unknown;
    published_at: Date;
    expires_at: Date | null;
    publish_at: Date;
    linked_article_ids: string[];
    reminded_at: Date | null;
    version: number;
  }>(
    `SELECT id, priority, title, body, requires_ack, audience, published_at, expires_at, version,
            publish_at, linked_article_ids, reminded_at
       FROM notices WHERE ($1::text[] IS NULL OR id = ANY($1::text[])) ORDER BY published_at DESC, id`,
    [ids],
  );
  return rows.map((r) => ({
    audience: audienceFromJson(r.audience),
    record: {
      kind: 'notice',
      id: r.id,
      version: r.version,
      priority: r.priority,
      title: r.title,
      body: r.body,
      requiresAck: r.requires_ack,
      publishedAt: iso(r.published_at),
      expiresAt: r.expires_at ? iso(r.expires_at) : null,
      publishAt: iso(r.publish_at),
      linkedArticleIds: r.linked_article_ids,
      remindedAt: r.reminded_at ? iso(r.reminded_at) : null,
    },
  }));
}

export async function loadSynonymSets(
  q: Queryable,
  ids: Ids,
): Promise<Visible<SynonymSetRecord>[]> {
  const rows = await q.query<{
    id: string;
    lang: ContentLanguage;
    terms: string[];
    version: number;
  }>(
    `SELECT id, lang, terms, version FROM synonym_sets
      WHERE ($1::text[] IS NULL OR id = ANY($1::text[])) ORDER BY id`,
    [ids],
  );
  return rows.map((r) => ({
    audience: EVERYONE,
    record: { kind: 'synonyms', id: r.id, version: r.version, lang: r.lang, terms: r.terms },
  }));
}

export const LOADERS: Record<SyncKind, (q: Queryable, ids: Ids) => Promise<Visible[]>> = {
  category: loadCategories,
  synonyms: loadSynonymSets,
  article: loadArticles,
  tree: loadTrees,
  notice: loadNotices,
};

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

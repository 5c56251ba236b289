import { z } from 'zod';
import { ARTICLE_TYPES } from '../article';
import { CONTENT_LANGUAGES } from '../languages';

/**
 * What a workstation replica holds: one record per entity, replaced whole on every upsert.
 * `version` grows with every change an agent can see, so applying an older copy is detectable.
 */
export const contentLanguageSchema = z.enum(CONTENT_LANGUAGES);

/** Text in several languages; any language may be missing. */
export const localizedTextSchema = z.partialRecord(contentLanguageSchema, z.string());
export type LocalizedText = z.infer<typeof localizedTextSchema>;

export const articleVariantSchema = z.strictObject({
  lang: contentLanguageSchema,
  /** The published revision of this language variant. */
  revision: z.number().int().positive(),
  title: z.string(),
  summary: z.string(),
  /** Sanitised on the server on save; sanitise again before render. */
  bodyHtml: z.string(),
  tags: z.array(z.string()),
  /** Customer words that should find this article (R3). */
  synonyms: z.array(z.string()),
  /** `{{customer.name}}` slots in a canned response, in order of first use. */
  placeholders: z.array(z.string()),
  publishedAt: z.string(),
});
export type ArticleVariant = z.infer<typeof articleVariantSchema>;

export const articleRecordSchema = z.strictObject({
  kind: z.literal('article'),
  id: z.string(),
  version: z.number().int().nonnegative(),
  type: z.enum(ARTICLE_TYPES),
  owner: z.string(),
  categoryIds: z.array(z.string()),
  updatedAt: z.string(),
  /** Display name of whoever published the newest published revision, when known (issue 6). */
  updatedBy: z.string().optional(),
  /** Published language variants only; an article with none is not sent at all. */
  variants: z.array(articleVariantSchema).min(1),
});
export type ArticleRecord = z.infer<typeof articleRecordSchema>;

export const categoryRecordSchema = z.strictObject({
  kind: z.literal('category'),
  id: z.string(),
  version: z.number().int().nonnegative(),
  parentId: z.string().nullable(),
  /** Order among siblings, ascending. */
  position: z.number().int(),
  names: localizedTextSchema,
});
export type CategoryRecord = z.infer<typeof categoryRecordSchema>;

export const treeRecordSchema = z.strictObject({
  kind: z.literal('tree'),
  id: z.string(),
  version: z.number().int().nonnegative(),
  /** The published document version. */
  documentVersion: z.number().int().positive(),
  title: localizedTextSchema,
  /** The troubleshooting tree itself; its shape belongs to the tree engine in shared/. */
  document: z.unknown(),
  updatedAt: z.string(),
});
export type TreeRecord = z.infer<typeof treeRecordSchema>;

export const NOTICE_PRIORITIES = ['info', 'important', 'urgent'] as const;
export type NoticePriority = (typeof NOTICE_PRIORITIES)[number];

export const noticeRecordSchema = z.strictObject({
  kind: z.literal('notice'),
  id: z.string(),
  version: z.number().int().nonnegative(),
  priority: z.enum(NOTICE_PRIORITIES),
  title: localizedTextSchema,
  body: localizedTextSchema,
  requiresAck: z.boolean(),
  /** When it was sent (first saved). */
  publishedAt: z.string(),
  expiresAt: z.string().nullable(),
  /**
   * When agents see it (issue 8): a scheduled notice arrives at once and the workstation keeps it
   * hidden until then, so it shows on time even offline. Older servers leave it out: publishedAt.
   */
  publishAt: z.string().optional(),
  /** Articles the lead linked (ids; the replica titles the ones this agent may see). */
  linkedArticleIds: z.array(z.string()).optional(),
  /** The lead's latest reminder: workstations re-notify agents who have not read / acknowledged. */
  remindedAt: z.string().nullable().optional(),
});
export type NoticeRecord = z.infer<typeof noticeRecordSchema>;

export const synonymSetRecordSchema = z.strictObject({
  kind: z.literal('synonyms'),
  id: z.string(),
  version: z.number().int().nonnegative(),
  lang: contentLanguageSchema,
  /** Words that mean the same to a caller; a query for one finds the others. */
  terms: z.array(z.string()),
});
export type SynonymSetRecord = z.infer<typeof synonymSetRecordSchema>;

export const syncRecordSchema = z.discriminatedUnion('kind', [
  articleRecordSchema,
  categoryRecordSchema,
  treeRecordSchema,
  noticeRecordSchema,
  synonymSetRecordSchema,
]);
export type SyncRecord = z.infer<typeof syncRecordSchema>;
export type SyncKind = SyncRecord['kind'];
export const SYNC_KINDS = [
  'article',
  'category',
  'tree',
  'notice',
  'synonyms',
] as const satisfies readonly SyncKind[];

import { z } from 'zod';
import { ARTICLE_TYPES } from '../../shared/article';
import {
  contentLanguageSchema,
  localizedTextSchema,
  NOTICE_PRIORITIES,
} from '../../shared/sync/records';
import { WORKFLOW_ACTIONS } from '../../shared/workstation/authoring-constants';
import { audienceSchema } from '../access/audience';

/** Ids of content are chosen by authors and importers ("card-blocked-wrong-pin"), never by the DB. */
export const contentId = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:/-]*$/, 'letters, digits and . _ : / -');

export const idParams = z.strictObject({ id: contentId });
export const variantParams = z.strictObject({ id: contentId, lang: contentLanguageSchema });

const shortText = z.string().max(500);
const tagList = z.array(z.string().trim().min(1).max(100)).max(100);
/** 1 MiB of HTML is a long manual with images; larger content is split or imported as files. */
const bodyHtml = z.string().max(1024 * 1024);

export const articleMetaBody = z.strictObject({
  type: z.enum(ARTICLE_TYPES).optional(),
  owner: z.string().max(200).optional(),
  audience: audienceSchema.optional(),
  categoryIds: z.array(contentId).max(50).optional(),
  reviewIntervalDays: z.number().int().min(1).max(3650).optional(),
  /** Reviewers only (the route checks). */
  reviewRequired: z.boolean().optional(),
  /** null clears it. */
  expiresAt: z.iso.datetime({ offset: true }).nullable().optional(),
});
export type ArticleMetaInput = z.output<typeof articleMetaBody>;

export const revisionBody = z.strictObject({
  title: z.string().trim().min(1).max(500),
  summary: z.string().max(2000).default(''),
  bodyHtml,
  tags: tagList.default([]),
  synonyms: tagList.default([]),
  /** Why this change was made (R14). */
  note: shortText.default(''),
  /** Publish this revision at once (reviewers only). */
  publish: z.boolean().default(false),
  /**
   * The revision the author started from (0: a new variant); another save since → 409 conflict.
   * Left out by importers and scripts, which overwrite whatever is there.
   */
  baseRevision: z.number().int().nonnegative().optional(),
});
export type RevisionInput = z.output<typeof revisionBody>;

export const workflowBody = z.strictObject({
  action: z.enum(WORKFLOW_ACTIONS),
  comment: z.string().max(2000).default(''),
  publishAt: z.iso.datetime({ offset: true }).nullable().optional(),
});
export type WorkflowInput = z.output<typeof workflowBody>;

export const revisionParams = variantParams.extend({ rev: z.coerce.number().int().positive() });

export const publishBody = z
  .strictObject({ revision: z.number().int().positive().optional() })
  .default({});

export const categoryBody = z.strictObject({
  parentId: contentId.nullable().default(null),
  position: z.number().int().min(0).max(1_000_000).default(0),
  names: localizedTextSchema.refine((n) => Object.keys(n).length > 0, 'at least one language'),
});
export type CategoryInput = z.output<typeof categoryBody>;

export const treeBody = z.strictObject({
  title: localizedTextSchema.refine((n) => Object.keys(n).length > 0, 'at least one language'),
  /** The tree document; its structure is checked by the tree engine, not here. */
  document: z.record(z.string(), z.unknown()),
  audience: audienceSchema.optional(),
  publish: z.boolean().default(false),
  /** The version the author started from (0: a new tree); another save since → 409 conflict. */
  baseVersion: z.number().int().nonnegative().optional(),
});
export type TreeInput = z.output<typeof treeBody>;

export const treePublishBody = z
  .strictObject({ version: z.number().int().positive().optional() })
  .default({});

export const noticeBody = z.strictObject({
  priority: z.enum(NOTICE_PRIORITIES),
  title: localizedTextSchema.refine((n) => Object.keys(n).length > 0, 'at least one language'),
  body: z.partialRecord(contentLanguageSchema, bodyHtml),
  requiresAck: z.boolean().default(false),
  audience: audienceSchema.default({ businessLines: [], positions: [] }),
  expiresAt: z.iso.datetime({ offset: true }).nullable().default(null),
  /** When agents see it; null = now (a scheduled notice changed to null goes live now). */
  publishAt: z.iso.datetime({ offset: true }).nullable().default(null),
  linkedArticleIds: z.array(contentId).max(20).default([]),
});
export type NoticeInput = z.output<typeof noticeBody>;

export const synonymSetBody = z.strictObject({
  lang: contentLanguageSchema,
  terms: z.array(z.string().trim().min(1).max(200)).min(2).max(100),
});
export type SynonymSetInput = z.output<typeof synonymSetBody>;

export const listArticlesQuery = z.strictObject({
  q: z.string().max(200).optional(),
  category: contentId.optional(),
  lang: contentLanguageSchema.optional(),
});

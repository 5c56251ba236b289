import { z } from 'zod';
import { ARTICLE_TYPES } from '../article';
import { CONTENT_LANGUAGES } from '../languages';
import type { AuthoringResult } from './trees';
export type { AuthoringProblem, AuthoringResult } from './trees';
import {
  ARTICLE_STATUSES,
  WORKFLOW_ACTIONS,
  WORKFLOW_EVENTS,
  FEEDBACK_KINDS,
  FEEDBACK_STATUSES,
  FEEDBACK_RESOLUTIONS,
  CONVERT_FORMATS,
  MAX_ATTACHMENT_BYTES,
  MAX_CONVERT_BYTES,
  ATTACHMENT_TYPES,
} from './authoring-constants';

export * from './authoring-constants';

/*
 * Authoring and governance (issue 9; R9, R11–R17, R3). Everything here is online: the app calls
 * `authoring(request)` (one bridge call for every operation), AgentCore turns the request into the
 * HTTP call that AUTHORING_ROUTES names and checks the answer against `authoringAnswers[op]`, and
 * the server's routes answer exactly those shapes (its tests parse them with the same schemas).
 * Failures come back as an AuthoringResult the screen can act on, like tree and notice authoring.
 */

const id = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:/-]*$/, 'letters, digits and . _ : / -');
const lang = z.enum(CONTENT_LANGUAGES);
const localized = z.partialRecord(lang, z.string());
const isoTime = z.iso.datetime({ offset: true });
const comment = z.string().max(2000);
const tagList = z.array(z.string().trim().min(1).max(100)).max(100);
const audience = z.strictObject({
  businessLines: z.array(z.string().max(63)).max(100),
  positions: z.array(z.string().max(63)).max(100),
});

// ---------------------------------------------------------------- workflow (R15, R16)

// ---------------------------------------------------------------- answers

const person = z.object({ username: z.string(), displayName: z.string() });
export type Person = z.infer<typeof person>;

const variantState = z.object({
  lang,
  latestRevision: z.number().int().positive(),
  publishedRevision: z.number().int().positive().nullable(),
});

export const articleSummarySchema = z.object({
  id: z.string(),
  type: z.enum(ARTICLE_TYPES),
  /** The owner's username ('' while nobody owns it). */
  owner: z.string(),
  status: z.enum(ARTICLE_STATUSES),
  /** Latest revision's title per language. */
  title: localized,
  variants: z.array(variantState),
  categoryIds: z.array(z.string()),
  reviewDueAt: isoTime.nullable(),
  updatedAt: isoTime,
  /** Feedback items on it still open in the inbox. */
  openFeedback: z.number().int().nonnegative(),
});
export type AuthoringArticleSummary = z.infer<typeof articleSummarySchema>;

export const revisionSummarySchema = z.object({
  revision: z.number().int().positive(),
  title: z.string(),
  /** Why the change was made (R14). */
  note: z.string(),
  author: person.nullable(),
  createdAt: isoTime,
  /** This is the revision agents have now. */
  published: z.boolean(),
});
export type RevisionSummary = z.infer<typeof revisionSummarySchema>;

export const revisionContentSchema = revisionSummarySchema.extend({
  lang,
  summary: z.string(),
  bodyHtml: z.string(),
  tags: z.array(z.string()),
  synonyms: z.array(z.string()),
});
export type RevisionContent = z.infer<typeof revisionContentSchema>;

export const workflowEntrySchema = z.object({
  event: z.enum(WORKFLOW_EVENTS),
  comment: z.string(),
  by: person.nullable(),
  at: isoTime,
});
export type WorkflowEntry = z.infer<typeof workflowEntrySchema>;

export const authoringArticleSchema = z.object({
  id: z.string(),
  type: z.enum(ARTICLE_TYPES),
  owner: z.string(),
  audience,
  categoryIds: z.array(z.string()),
  status: z.enum(ARTICLE_STATUSES),
  /** Authors need a reviewer's approval to publish (default true; only reviewers change it). */
  reviewRequired: z.boolean(),
  reviewIntervalDays: z.number().int().positive(),
  reviewDueAt: isoTime.nullable(),
  lastReviewedAt: isoTime.nullable(),
  /** Scheduled publication (status `scheduled`). */
  publishAt: isoTime.nullable(),
  /** Agents stop seeing it then (the scheduler archives it). */
  expiresAt: isoTime.nullable(),
  updatedAt: isoTime,
  /** The latest revision of each language variant, with what agents have. */
  variants: z.array(
    revisionContentSchema.extend({ publishedRevision: z.number().int().nullable() }),
  ),
  /** Oldest first. */
  workflow: z.array(workflowEntrySchema),
});
export type AuthoringArticle = z.infer<typeof authoringArticleSchema>;

export const authoringCategorySchema = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  position: z.number().int(),
  names: localized,
  /** Articles linked to it directly. */
  articleCount: z.number().int().nonnegative(),
});
export type AuthoringCategory = z.infer<typeof authoringCategorySchema>;

export const synonymSetSchema = z.object({
  id: z.string(),
  lang,
  terms: z.array(z.string()),
  updatedAt: isoTime,
});
export type SynonymSet = z.infer<typeof synonymSetSchema>;

/** One item of an owner's inbox (R17): an agent's flag, vote, reported question or suggested edit. */
export const feedbackItemSchema = z.object({
  id: z.number().int().positive(),
  kind: z.enum(FEEDBACK_KINDS),
  /** Flags: wrong / outdated / unclear. */
  reason: z.enum(['wrong', 'outdated', 'unclear']).nullable(),
  comment: z.string(),
  /** Null for a reported question. */
  articleId: z.string().nullable(),
  articleTitle: z.string().nullable(),
  lang: lang.nullable(),
  /** The revision the agent read (flags, votes) or the draft revision made of a suggestion. */
  revision: z.number().int().nullable(),
  /** A reported question: what the agent searched for. */
  query: z.string().nullable(),
  /** Whose inbox: the article's owner; '' for questions and unowned articles (every author's). */
  owner: z.string(),
  from: person.nullable(),
  createdAt: isoTime,
  status: z.enum(FEEDBACK_STATUSES),
  reply: z.string(),
  resolvedBy: person.nullable(),
  resolvedAt: isoTime.nullable(),
});
export type FeedbackItem = z.infer<typeof feedbackItemSchema>;

const auditArticle = z.object({
  id: z.string(),
  title: z.string(),
  owner: z.string(),
  status: z.enum(ARTICLE_STATUSES),
  reviewDueAt: isoTime.nullable(),
  updatedAt: isoTime,
});

/** R16: what needs an owner's attention. */
export const auditReportSchema = z.object({
  /** Review-due date passed (or within `dueSoonDays`: `dueSoon`), oldest due first. */
  overdue: z.array(auditArticle),
  dueSoon: z.array(auditArticle),
  /** Published, and: not changed for `staleDays`, not opened by any agent in 90 days, or voted not helpful more than helpful. */
  stale: z.array(
    auditArticle.extend({
      reasons: z.array(z.enum(['not-updated', 'never-viewed', 'not-helpful'])),
      views90d: z.number().int().nonnegative(),
      helpful: z.number().int().nonnegative(),
      notHelpful: z.number().int().nonnegative(),
    }),
  ),
  owners: z.array(
    z.object({
      owner: z.string(),
      displayName: z.string(),
      articles: z.number().int().nonnegative(),
      overdue: z.number().int().nonnegative(),
      dueSoon: z.number().int().nonnegative(),
      openFeedback: z.number().int().nonnegative(),
    }),
  ),
  staleDays: z.number().int().positive(),
  dueSoonDays: z.number().int().positive(),
});
export type AuditReport = z.infer<typeof auditReportSchema>;

/** The signed-in author's to-do counts, for the navigation badge and the sign-in reminder (R16 "owners are notified"). */
export const myWorkSchema = z.object({
  overdue: z.number().int().nonnegative(),
  dueSoon: z.number().int().nonnegative(),
  openFeedback: z.number().int().nonnegative(),
  /** Articles waiting for a reviewer (counted for reviewers only; 0 otherwise). */
  awaitingReview: z.number().int().nonnegative(),
  /** Sent back to this user with comments. */
  sentBack: z.number().int().nonnegative(),
});
export type MyWork = z.infer<typeof myWorkSchema>;

export const attachmentSchema = z.object({
  id: z.string(),
  name: z.string(),
  mime: z.string(),
  size: z.number().int().nonnegative(),
  /** Absolute URL to download it (the core prefixes the server's address). */
  url: z.string(),
});
export type Attachment = z.infer<typeof attachmentSchema>;

// ---------------------------------------------------------------- limits

// ---------------------------------------------------------------- requests

const base64 = (maxBytes: number) =>
  z
    .string()
    .max(Math.ceil(maxBytes / 3) * 4 + 4)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64');

const articleMeta = z.strictObject({
  id,
  type: z.enum(ARTICLE_TYPES).optional(),
  owner: z.string().max(200).optional(),
  audience: audience.optional(),
  categoryIds: z.array(id).max(50).optional(),
  reviewIntervalDays: z.number().int().min(1).max(3650).optional(),
  /** Reviewers only. */
  reviewRequired: z.boolean().optional(),
  /** null clears it. */
  expiresAt: isoTime.nullable().optional(),
});

export const authoringRequestSchema = z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('listArticles') }),
  z.strictObject({ op: z.literal('getArticle'), id }),
  /** Creates the article when the id is new (status draft, owner: the creator unless given). */
  z.strictObject({ op: z.literal('saveArticleMeta'), meta: articleMeta }),
  z.strictObject({
    op: z.literal('saveVariant'),
    id,
    lang,
    title: z.string().trim().min(1).max(500),
    summary: z.string().max(2000),
    bodyHtml: z.string().max(1024 * 1024),
    tags: tagList,
    synonyms: tagList,
    note: z.string().max(500),
    /** The revision the author started from (0: a new variant); another save since → conflict. */
    baseRevision: z.number().int().nonnegative(),
  }),
  z.strictObject({ op: z.literal('listRevisions'), id, lang }),
  z.strictObject({
    op: z.literal('getRevision'),
    id,
    lang,
    revision: z.number().int().positive(),
  }),
  /** Saves the old revision's content as a new revision ("Restored revision N"), a draft. */
  z.strictObject({
    op: z.literal('restoreRevision'),
    id,
    lang,
    revision: z.number().int().positive(),
  }),
  z.strictObject({
    op: z.literal('workflow'),
    id,
    action: z.enum(WORKFLOW_ACTIONS),
    comment,
    /** approve: publish then instead of now (must be in the future). */
    publishAt: isoTime.nullable().optional(),
  }),
  z.strictObject({ op: z.literal('auditReport') }),
  z.strictObject({ op: z.literal('myWork') }),
  /** Users who may own articles (authors and reviewers). */
  z.strictObject({ op: z.literal('listOwners') }),
  z.strictObject({ op: z.literal('listCategories') }),
  /** Create or rename (names per language); a new one goes last under `parentId`. */
  z.strictObject({
    op: z.literal('saveCategory'),
    id,
    parentId: id.nullable(),
    names: localized,
  }),
  /** Drag and drop: under `parentId` at `index` among its children (the server renumbers them). */
  z.strictObject({
    op: z.literal('moveCategory'),
    id,
    parentId: id.nullable(),
    index: z.number().int().min(0).max(100_000),
  }),
  z.strictObject({ op: z.literal('deleteCategory'), id }),
  z.strictObject({ op: z.literal('listSynonyms') }),
  z.strictObject({
    op: z.literal('saveSynonymSet'),
    id,
    lang,
    terms: z.array(z.string().trim().min(1).max(200)).min(2).max(100),
  }),
  z.strictObject({ op: z.literal('deleteSynonymSet'), id }),
  /** A .docx, Markdown or HTML document turned into sanitized article HTML (not stored). */
  z.strictObject({
    op: z.literal('convertDocument'),
    name: z.string().min(1).max(255),
    format: z.enum(CONVERT_FORMATS),
    dataBase64: base64(MAX_CONVERT_BYTES),
  }),
  z.strictObject({
    op: z.literal('uploadAttachment'),
    articleId: id,
    name: z.string().min(1).max(255),
    mime: z.enum(ATTACHMENT_TYPES),
    dataBase64: base64(MAX_ATTACHMENT_BYTES),
  }),
  z.strictObject({
    op: z.literal('listInbox'),
    /** mine: items on articles I own plus unowned ones and questions; all: reviewers' overview. */
    scope: z.enum(['mine', 'all']),
    status: z.enum(['open', 'closed']),
  }),
  z.strictObject({
    op: z.literal('resolveFeedback'),
    id: z.number().int().positive(),
    resolution: z.enum(FEEDBACK_RESOLUTIONS),
    /** What the agent is told (required for replied / rejected). */
    reply: comment,
  }),
]);
export type AuthoringRequest = z.infer<typeof authoringRequestSchema>;
export type AuthoringOp = AuthoringRequest['op'];
export type AuthoringInput<K extends AuthoringOp> = Extract<AuthoringRequest, { op: K }>;

const articleAnswer = z.object({ article: authoringArticleSchema });
const revisionAnswer = z.object({ revision: z.number().int().positive() });
const done = z.object({});

/** What each operation answers (without `ok`). */
export const authoringAnswers = {
  listArticles: z.object({ articles: z.array(articleSummarySchema) }),
  getArticle: articleAnswer,
  saveArticleMeta: articleAnswer,
  saveVariant: revisionAnswer,
  listRevisions: z.object({ revisions: z.array(revisionSummarySchema) }),
  getRevision: z.object({ revision: revisionContentSchema }),
  restoreRevision: revisionAnswer,
  workflow: articleAnswer,
  auditReport: z.object({ report: auditReportSchema }),
  myWork: z.object({ work: myWorkSchema }),
  listOwners: z.object({ owners: z.array(person) }),
  listCategories: z.object({ categories: z.array(authoringCategorySchema) }),
  saveCategory: done,
  moveCategory: done,
  deleteCategory: done,
  listSynonyms: z.object({ sets: z.array(synonymSetSchema) }),
  saveSynonymSet: done,
  deleteSynonymSet: done,
  convertDocument: z.object({
    title: z.string(),
    bodyHtml: z.string(),
    /** What was dropped or changed (images too large, unsupported parts). */
    notes: z.array(z.string()),
  }),
  uploadAttachment: z.object({ attachment: attachmentSchema }),
  listInbox: z.object({ items: z.array(feedbackItemSchema) }),
  resolveFeedback: z.object({ item: feedbackItemSchema }),
} satisfies { [K in AuthoringOp]: z.ZodType };

export type AuthoringAnswer<K extends AuthoringOp> = z.infer<(typeof authoringAnswers)[K]>;
export type AuthoringOutcome<K extends AuthoringOp> = AuthoringResult<AuthoringAnswer<K>>;

// ---------------------------------------------------------------- HTTP routes

type Method = 'GET' | 'PUT' | 'POST' | 'DELETE';
export interface AuthoringRoute<K extends AuthoringOp> {
  method: Method;
  path: (input: AuthoringInput<K>) => string;
  /** The JSON body (PUT/POST); GET and DELETE send none. */
  body?: (input: AuthoringInput<K>) => unknown;
}

const enc = encodeURIComponent;
const A = '/api/authoring';
const art = (i: { id: string }) => `${A}/articles/${enc(i.id)}`;
const variant = (i: { id: string; lang: string }) => `${art(i)}/variants/${i.lang}`;
const without = <T extends { op: string }, K extends keyof T>(input: T, ...keys: K[]) => {
  const drop = new Set<string>(['op', ...keys.map(String)]);
  return Object.fromEntries(Object.entries(input).filter(([k]) => !drop.has(k)));
};

/** The server route of each operation: the one place client and server agree on paths. */
export const AUTHORING_ROUTES: { [K in AuthoringOp]: AuthoringRoute<K> } = {
  listArticles: { method: 'GET', path: () => `${A}/articles` },
  getArticle: { method: 'GET', path: art },
  saveArticleMeta: {
    method: 'PUT',
    path: (i) => art(i.meta),
    body: (i) => without(i.meta as typeof i.meta & { op: string }, 'id'),
  },
  saveVariant: { method: 'PUT', path: variant, body: (i) => without(i, 'id', 'lang') },
  listRevisions: { method: 'GET', path: (i) => `${variant(i)}/revisions` },
  getRevision: { method: 'GET', path: (i) => `${variant(i)}/revisions/${i.revision}` },
  restoreRevision: {
    method: 'POST',
    path: (i) => `${variant(i)}/revisions/${i.revision}/restore`,
    body: () => ({}),
  },
  workflow: { method: 'POST', path: (i) => `${art(i)}/workflow`, body: (i) => without(i, 'id') },
  auditReport: { method: 'GET', path: () => `${A}/audit` },
  myWork: { method: 'GET', path: () => `${A}/my-work` },
  listOwners: { method: 'GET', path: () => `${A}/owners` },
  listCategories: { method: 'GET', path: () => `${A}/categories` },
  saveCategory: {
    method: 'POST',
    path: (i) => `${A}/categories/${enc(i.id)}/save`,
    body: (i) => without(i, 'id'),
  },
  moveCategory: {
    method: 'POST',
    path: (i) => `${A}/categories/${enc(i.id)}/move`,
    body: (i) => without(i, 'id'),
  },
  deleteCategory: { method: 'DELETE', path: (i) => `${A}/categories/${enc(i.id)}` },
  listSynonyms: { method: 'GET', path: () => `${A}/synonyms` },
  saveSynonymSet: {
    method: 'PUT',
    path: (i) => `${A}/synonyms/${enc(i.id)}`,
    body: (i) => without(i, 'id'),
  },
  deleteSynonymSet: { method: 'DELETE', path: (i) => `${A}/synonyms/${enc(i.id)}` },
  convertDocument: { method: 'POST', path: () => `${A}/convert`, body: (i) => without(i) },
  uploadAttachment: {
    method: 'POST',
    path: (i) => `${art({ id: i.articleId })}/attachments`,
    body: (i) => without(i, 'articleId'),
  },
  listInbox: {
    method: 'GET',
    path: (i) => `${A}/inbox?scope=${i.scope}&status=${i.status}`,
  },
  resolveFeedback: {
    method: 'POST',
    path: (i) => `${A}/inbox/${i.id}/resolve`,
    body: (i) => without(i, 'id'),
  },
};

// ---------------------------------------------------------------- agents' side (R17)

/** An agent proposes a change to an article: it reaches the owner as a draft revision and an inbox item. */
export const suggestEditSchema = z.strictObject({
  articleId: id,
  lang,
  /** The revision the agent read. */
  revision: z.number().int().nonnegative(),
  title: z.string().trim().min(1).max(500),
  bodyHtml: z.string().max(1024 * 1024),
  comment,
});
export type SuggestEdit = z.infer<typeof suggestEditSchema>;
export const SUGGEST_EDIT_PATH = '/api/feedback/suggestions';
/** The agent's own feedback with the owners' answers, newest first. */
export const MY_FEEDBACK_PATH = '/api/feedback/mine';
export const myFeedbackAnswerSchema = z.object({ items: z.array(feedbackItemSchema) });

/** Pushed when owners answered some of this agent's feedback since the last check. */
export interface FeedbackAnswered {
  items: FeedbackItem[];
}

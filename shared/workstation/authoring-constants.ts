/*
 * Authoring constants (issue 9) without zod, so the renderer can import values from here without
 * pulling zod into its bundle (renderer/src/lib/zod-csp.ts). The schemas are in authoring.ts.
 */

/**
 * draft → in-review → published (or scheduled, then published at `publishAt`) → archived.
 * A published article edited again is `draft` (or `in-review`) while agents keep the published
 * revisions; `archived` withdraws every variant from agents' replicas.
 */
export const ARTICLE_STATUSES = [
  'draft',
  'in-review',
  'scheduled',
  'published',
  'archived',
] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

/**
 * What a user may do to an article's workflow:
 * - submit: an author asks for review (comment: what to look at);
 * - approve: a reviewer publishes the latest revision of every variant, now or at `publishAt`
 *   (authors may too where the article does not require review);
 * - send-back: a reviewer returns it to draft; the comment is required;
 * - archive / unarchive: a reviewer withdraws it from agents / brings it back as a draft;
 * - mark-reviewed: the owner (or a reviewer) confirms it is still correct: the review-due date
 *   moves on by the article's review interval (R16 audits).
 */
export const WORKFLOW_ACTIONS = [
  'submit',
  'approve',
  'send-back',
  'archive',
  'unarchive',
  'mark-reviewed',
] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

/** Entries of an article's workflow history; `published`/`expired` are written by the scheduler too. */
export const WORKFLOW_EVENTS = [
  'created',
  'submitted',
  'approved',
  'scheduled',
  'sent-back',
  'published',
  'expired',
  'archived',
  'unarchived',
  'reviewed',
  'restored',
  'suggested',
] as const;
export type WorkflowEvent = (typeof WORKFLOW_EVENTS)[number];

export const FEEDBACK_KINDS = ['flag', 'not-helpful', 'question', 'suggestion'] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];

export const FEEDBACK_STATUSES = ['open', 'fixed', 'replied', 'rejected'] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];

export const FEEDBACK_RESOLUTIONS = ['fixed', 'replied', 'rejected'] as const;
export type FeedbackResolution = (typeof FEEDBACK_RESOLUTIONS)[number];

export const CONVERT_FORMATS = ['docx', 'markdown', 'html'] as const;
export type ConvertFormat = (typeof CONVERT_FORMATS)[number];

export const DEFAULT_REVIEW_INTERVAL_DAYS = 90;

/** Attachments (PDF, Office, images, text): stored on the server, linked from the article. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** Images in the body are embedded (data: URLs) so they replicate and show offline; bigger ones are refused. */
export const MAX_INLINE_IMAGE_BYTES = 512 * 1024;

/** Documents converted into article content (.docx, Markdown, HTML). */
export const MAX_CONVERT_BYTES = 8 * 1024 * 1024;

export const ATTACHMENT_TYPES = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/msword',
  'application/vnd.ms-excel',
  'text/plain',
  'text/csv',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
] as const;

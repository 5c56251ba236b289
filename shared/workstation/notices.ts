// Team-lead notices on the workstation (issue 8, R18, R19): what agents see and acknowledge from
// the replica, and what leads compose and follow up online against the server.
import { z } from 'zod';
import type { ContentLanguage } from '../languages';
import {
  localizedTextSchema,
  NOTICE_PRIORITIES,
  type LocalizedText,
  type NoticePriority,
} from '../sync/records';

const idSchema = z.string().min(1).max(200);

// ---------------------------------------------------------------- agents (offline, from the replica)

/** Where a notice stands for this agent on this workstation. */
export interface NoticeReading {
  /** ISO time the agent opened it here; null when never. */
  readAt: string | null;
  /** ISO time the agent confirmed "read and understood"; null when not (or not asked for). */
  acknowledgedAt: string | null;
}

export type NoticeStatus =
  /** Published and not expired: shown on Home / as a popup as its priority says. */
  | 'active'
  /** `publishAt` is still ahead: invisible to agents until then (a timer shows it on time). */
  | 'scheduled'
  /** Past `expiresAt`: gone from Home and popups, still in the history. */
  | 'expired';

/** One notice, in the best of the agent's content languages. */
export interface NoticeView {
  id: string;
  priority: NoticePriority;
  lang: ContentLanguage;
  title: string;
  /** Sanitised HTML (sanitised on the server on save and again before render). */
  bodyHtml: string;
  requiresAck: boolean;
  /** When agents see it: the scheduled time, or when it was sent. */
  publishAt: string;
  expiresAt: string | null;
  status: NoticeStatus;
  /** Articles the lead linked, titled in the agent's language; missing ones (not visible here) are left out. */
  linkedArticles: { id: string; title: string }[];
  reading: NoticeReading;
  /** The lead sent a reminder after this agent last saw it (shown again when unread / unacknowledged). */
  remindedAt: string | null;
}

export interface NoticeListQuery {
  /** Words to find in titles and bodies (any language the agent reads; accents and case ignored). */
  text?: string;
  /** Include expired notices (the history). Default true. */
  includeExpired?: boolean;
  limit?: number;
}
export const noticeListQuerySchema = z.strictObject({
  text: z.string().max(500).optional(),
  includeExpired: z.boolean().optional(),
  limit: z.number().int().min(1).max(500).optional(),
});

/**
 * What needs the agent now: urgent notices awaiting "read and understood" (the modal, oldest
 * first) and important ones not yet read (pinned on Home). Active notices only.
 */
export interface PendingNotices {
  mustAcknowledge: NoticeView[];
  pinned: NoticeView[];
}

export const noticeRefSchema = z.strictObject({ id: idSchema });
export type NoticeRef = z.infer<typeof noticeRefSchema>;

// ---------------------------------------------------------------- leads (online, against the server)

/** Business lines and positions with their names, for choosing an audience. */
export interface OrgUnits {
  businessLines: { id: string; names: LocalizedText }[];
  positions: { id: string; names: LocalizedText }[];
}

export const noticeAudienceSchema = z.strictObject({
  /** Empty lists mean everyone (as in article audiences). */
  businessLines: z.array(z.string().min(1).max(100)).max(50),
  positions: z.array(z.string().min(1).max(100)).max(50),
});

export const noticeDraftSchema = z.strictObject({
  id: z
    .string()
    .min(1)
    .max(100)
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and dashes'),
  priority: z.enum(NOTICE_PRIORITIES),
  title: localizedTextSchema,
  /** Rich text as HTML per language; the server sanitises it. */
  body: localizedTextSchema,
  requiresAck: z.boolean(),
  audience: noticeAudienceSchema,
  /** ISO time with offset; null = now. */
  publishAt: z.iso.datetime({ offset: true }).nullable(),
  expiresAt: z.iso.datetime({ offset: true }).nullable(),
  linkedArticleIds: z.array(idSchema).max(20),
});
export type NoticeDraft = z.infer<typeof noticeDraftSchema>;

/** A notice the lead may follow up (sent by them, or within their business lines). */
export interface SentNoticeSummary {
  id: string;
  priority: NoticePriority;
  title: LocalizedText;
  requiresAck: boolean;
  publishAt: string;
  expiresAt: string | null;
  audienceSize: number;
  read: number;
  acknowledged: number;
}

export interface NoticeRecipient {
  userId: string;
  username: string;
  name: string;
  businessLines: string[];
  positions: string[];
  readAt: string | null;
  acknowledgedAt: string | null;
  /** The workstation the acknowledgement came from. */
  acknowledgedOn: string | null;
}

/** Per notice: who has read, acknowledged or not yet, and an overview per team (business line). */
export interface NoticeFollowUp {
  notice: SentNoticeSummary & {
    audience: z.infer<typeof noticeAudienceSchema>;
    body: LocalizedText;
    linkedArticleIds: string[];
  };
  recipients: NoticeRecipient[];
  teams: {
    businessLine: string;
    names: LocalizedText;
    audienceSize: number;
    read: number;
    acknowledged: number;
  }[];
  remindedAt: string | null;
}

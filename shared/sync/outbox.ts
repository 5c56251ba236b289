import { z } from 'zod';
import { CONTENT_LANGUAGES } from '../languages';
import { treeOutcomeReportSchema } from '../workstation/trees';

/*
 * What workstations report to the server (issue 5, item 2): analytics events now, feedback and
 * acknowledgements as later issues add them. Each event carries an idempotency key made on the
 * workstation when the event happened; the workstation sends until the server answers, and the
 * server stores a key once per user, so an event retried after a lost answer is not counted twice.
 */

export const OUTBOX_PATH = '/api/events';
/** Events per request. */
export const MAX_OUTBOX_BATCH = 200;
/** Bytes of one event's payload as JSON (UTF-8). */
export const MAX_EVENT_PAYLOAD_BYTES = 8 * 1024;
/**
 * Bytes of one request body (the server answers 413 above it). A full batch of valid events always
 * fits: each event's fields other than its payload take well under 1 KiB as JSON.
 */
export const MAX_OUTBOX_BODY_BYTES = MAX_OUTBOX_BATCH * (MAX_EVENT_PAYLOAD_BYTES + 1024);

const text = (max: number) => z.string().max(max);
const lang = z.enum(CONTENT_LANGUAGES);

/** Payloads by event type. A later issue adds a type here and the server accepts it. */
export const eventPayloadSchemas = {
  /** A search the agent ran (R25 analytics: what is searched, searches with no result). */
  search: z.strictObject({
    query: text(500),
    langs: z.array(lang).max(CONTENT_LANGUAGES.length),
    results: z.number().int().nonnegative(),
    /** The article opened from these results, if any. */
    openedArticleId: text(200).nullable(),
  }),
  /** An article was opened (R25: most-used and never-used articles, read counts per revision). */
  'article-view': z.strictObject({
    articleId: text(200),
    lang,
    revision: z.number().int().nonnegative(),
  }),
  /** Helpful / not helpful / a flag with a comment: lands in the owner's inbox (R11, R12). */
  feedback: z.strictObject({
    articleId: text(200),
    lang,
    revision: z.number().int().nonnegative(),
    kind: z.enum(['helpful', 'not-helpful', 'flag']),
    reason: z.enum(['wrong', 'outdated', 'unclear']).nullable(),
    comment: text(2000),
  }),
  /** "Nothing found: report this question" (R25: what is missing). */
  question: z.strictObject({
    query: text(500),
    langs: z.array(lang).max(CONTENT_LANGUAGES.length),
    comment: text(2000),
  }),
  /**
   * How a troubleshooting run ended, with the path and time per step (R25: outcomes, where agents
   * abandon). The workstation trims the path if long ids would exceed MAX_EVENT_PAYLOAD_BYTES.
   */
  'tree-outcome': treeOutcomeReportSchema,
  /** The agent opened a notice (R19 follow-up: who has read it). */
  'notice-read': z.strictObject({ noticeId: text(200).min(1) }),
  /**
   * "Read and understood" (R19). `version` is the notice record's version acknowledged. The
   * server keeps every event; follow-up counts a user's earliest acknowledgement.
   */
  'notice-ack': z.strictObject({
    noticeId: text(200).min(1),
    version: z.number().int().nonnegative(),
  }),
} as const;

export type OutboxEventType = keyof typeof eventPayloadSchemas;
export const OUTBOX_EVENT_TYPES = Object.keys(eventPayloadSchemas) as OutboxEventType[];
export type EventPayload<T extends OutboxEventType> = z.infer<(typeof eventPayloadSchemas)[T]>;

const eventBase = {
  /**
   * Idempotency key: a UUID made when the event happened. The server compares keys case-blind
   * and answers each key spelled as it was sent.
   */
  key: z.uuid(),
  /** ISO time on the workstation, with its offset. */
  occurredAt: z.iso.datetime({ offset: true }).max(64),
  /** Stable per workstation install, so the server can tell devices apart (R19: acknowledged where). */
  deviceId: text(100).min(1),
};

const eventOf = <T extends OutboxEventType>(type: T) =>
  z.strictObject({ ...eventBase, type: z.literal(type), payload: eventPayloadSchemas[type] });

/** Add a new type's `eventOf` here too. */
export const outboxEventSchema = z.discriminatedUnion('type', [
  eventOf('search'),
  eventOf('article-view'),
  eventOf('feedback'),
  eventOf('question'),
  eventOf('tree-outcome'),
  eventOf('notice-read'),
  eventOf('notice-ack'),
]);
export type OutboxEvent = z.infer<typeof outboxEventSchema>;

export const outboxBatchSchema = z.strictObject({
  events: z.array(z.unknown()).min(1).max(MAX_OUTBOX_BATCH),
});

/**
 * The server's answer. `stored`: keys stored now; `duplicates`: keys it already had (also done);
 * `rejected`: events it will never accept (invalid), which the workstation drops with a log line
 * instead of retrying forever. Every key sent is in exactly one list, once; a key repeated within
 * one batch is answered by its first occurrence. An event without a string key is rejected under
 * `#<index in the batch>`.
 */
export const outboxResultSchema = z.strictObject({
  stored: z.array(z.string()),
  duplicates: z.array(z.string()),
  rejected: z.array(z.strictObject({ key: z.string(), reason: z.string() })),
});
export type OutboxResult = z.infer<typeof outboxResultSchema>;

import { z } from 'zod';
import { SYNC_KINDS, syncRecordSchema } from './records';

/**
 * The pull protocol between the central server and a workstation (docs/sync-protocol.md).
 * A cursor is the feed sequence number up to which a replica is complete.
 */
export const cursorSchema = z.number().int().nonnegative();

export const SYNC_PATHS = {
  snapshot: '/api/sync/snapshot',
  changes: '/api/sync/changes',
  stream: '/api/sync/stream',
} as const;

/** Largest page a client may ask for; the server default is `DEFAULT_CHANGES_LIMIT`. */
export const MAX_CHANGES_LIMIT = 1000;
export const DEFAULT_CHANGES_LIMIT = 500;

export const changesQuerySchema = z.strictObject({
  since: z.coerce.number().pipe(cursorSchema),
  limit: z.coerce.number().int().min(1).max(MAX_CHANGES_LIMIT).optional(),
});
export type ChangesQuery = z.infer<typeof changesQuerySchema>;

export const snapshotSchema = z.strictObject({
  type: z.literal('snapshot'),
  /** Continue with `changes?since=cursor`. */
  cursor: cursorSchema,
  records: z.array(syncRecordSchema),
});
export type Snapshot = z.infer<typeof snapshotSchema>;

export const upsertItemSchema = z.strictObject({
  op: z.literal('upsert'),
  record: syncRecordSchema,
});
/** Delete the entity if the replica has it: deleted on the server, or no longer visible to this user. */
export const deleteItemSchema = z.strictObject({
  op: z.literal('delete'),
  kind: z.enum(SYNC_KINDS),
  id: z.string(),
});
export const changeItemSchema = z.discriminatedUnion('op', [upsertItemSchema, deleteItemSchema]);
export type ChangeItem = z.infer<typeof changeItemSchema>;

export const changesPageSchema = z.strictObject({
  type: z.literal('changes'),
  items: z.array(changeItemSchema),
  /** Apply `items` and store this cursor in one local transaction. */
  cursor: cursorSchema,
  /** Ask again at once with the new cursor. */
  hasMore: z.boolean(),
});
export type ChangesPage = z.infer<typeof changesPageSchema>;

export const RESET_REASONS = ['cursor-expired', 'cursor-unknown'] as const;
/** The cursor cannot be continued: drop the replica's content and load a snapshot. */
export const resetSchema = z.strictObject({
  type: z.literal('reset'),
  reason: z.enum(RESET_REASONS),
  message: z.string(),
});
export type Reset = z.infer<typeof resetSchema>;

export const changesResponseSchema = z.discriminatedUnion('type', [changesPageSchema, resetSchema]);
export type ChangesResponse = z.infer<typeof changesResponseSchema>;

/** Data-free: "the feed has reached `seq`; pull if your cursor is behind". SSE event `poke`, id = seq. */
export const pokeSchema = z.strictObject({ seq: cursorSchema });
export type Poke = z.infer<typeof pokeSchema>;
export const POKE_EVENT = 'poke';

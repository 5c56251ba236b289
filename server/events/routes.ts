import {
  MAX_OUTBOX_BODY_BYTES,
  OUTBOX_PATH,
  outboxBatchSchema,
  outboxResultSchema,
  type OutboxEvent,
  type OutboxResult,
} from '../../shared/sync/outbox';
import type { Api } from '../http/api';
import { fileFeedbackEvents } from '../knowledge/feedback-intake';
import { checkEvent } from './check';
import { insertEvents } from './queries';

export function registerEventRoutes(api: Api): void {
  const { store } = api.ctx;

  api.authed(
    {
      method: 'POST',
      url: OUTBOX_PATH,
      tag: 'events',
      summary:
        "A workstation's outbox: analytics events, each with an idempotency key stored once per " +
        'user. Answers which keys were stored now, were already stored, or are rejected for good.',
      body: outboxBatchSchema,
      response: outboxResultSchema,
      bodyLimit: MAX_OUTBOX_BODY_BYTES,
    },
    async ({ body, principal, request }): Promise<OutboxResult> => {
      const seen = new Set<string>();
      const valid: { key: string; event: OutboxEvent }[] = [];
      const rejected: OutboxResult['rejected'] = [];
      body.events.forEach((raw, index) => {
        const checked = checkEvent(raw, index);
        // UUIDs are case-blind; a repeat within the batch is the same event sent twice.
        const id = checked.key.toLowerCase();
        if (seen.has(id)) return;
        seen.add(id);
        if (checked.ok) valid.push({ key: checked.key, event: checked.event });
        else rejected.push({ key: checked.key, reason: checked.reason });
      });
      // Flags, votes and questions reach the owners' inbox with the events, once each (R17).
      const inserted = await store.transaction(async (tx) => {
        const keys = await insertEvents(
          tx,
          principal.userId,
          valid.map((v) => v.event),
        );
        // Most batches are searches and views: only feedback and questions are looked at again.
        const inboxKeys = valid
          .filter((v) => v.event.type === 'feedback' || v.event.type === 'question')
          .map((v) => v.key.toLowerCase())
          .filter((key) => keys.has(key));
        await fileFeedbackEvents(tx, principal.userId, inboxKeys);
        return keys;
      });
      const stored: string[] = [];
      const duplicates: string[] = [];
      for (const { key } of valid) {
        if (inserted.has(key.toLowerCase())) stored.push(key);
        else duplicates.push(key);
      }
      if (rejected.length > 0) {
        request.log.info(
          { userId: principal.userId, rejected: rejected.slice(0, 10) },
          'outbox events rejected',
        );
      }
      return { stored, duplicates, rejected };
    },
  );
}

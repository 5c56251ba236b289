import type { OutgoingHttpHeaders } from 'node:http';
import { z } from 'zod';
import {
  changesQuerySchema,
  changesResponseSchema,
  DEFAULT_CHANGES_LIMIT,
  snapshotSchema,
  SYNC_PATHS,
} from '../../shared/sync/protocol';
import type { Api } from '../http/api';
import { badRequest, forbidden } from '../http/errors';
import { SseStream } from '../push/sse-stream';
import { compactFeed, compactOlderThan } from './compaction';
import { readChanges, readSnapshot } from './changes';
import { feedHead } from './writer';

/** How long an EventSource waits before reconnecting after the stream drops. */
const RETRY_MS = 2_000;

export function registerSyncRoutes(api: Api): void {
  const { store, push, settings } = api.ctx;
  const tag = 'sync';

  api.authed(
    {
      method: 'GET',
      url: SYNC_PATHS.snapshot,
      tag,
      summary: 'Everything the caller may see, with the cursor to pull changes from.',
      response: snapshotSchema,
    },
    async ({ principal }) => readSnapshot(store, principal.userId),
  );

  api.authed(
    {
      method: 'GET',
      url: SYNC_PATHS.changes,
      tag,
      summary: "One page of changes after a cursor, filtered by the caller's audience, or `reset`.",
      query: changesQuerySchema,
      response: changesResponseSchema,
    },
    async ({ principal, query }) =>
      readChanges(store, principal.userId, query.since, query.limit ?? DEFAULT_CHANGES_LIMIT),
  );

  api.authed(
    {
      method: 'GET',
      url: SYNC_PATHS.stream,
      tag,
      summary:
        'Server-Sent Events: `poke` events `{seq}` (id = seq) after each commit, heartbeat comments. ' +
        'Send Last-Event-ID to hear at once whether the feed moved while disconnected.',
    },
    async ({ request, reply, principal, sessionExpiresAt }) => {
      const header = request.headers['last-event-id'];
      const lastEventId =
        typeof header === 'string' && /^\d{1,15}$/.test(header) ? Number(header) : undefined;
      if (header !== undefined && lastEventId === undefined)
        throw badRequest('Last-Event-ID must be a seq.');
      const head = await feedHead(store);
      push.advance(head);
      reply.hijack();
      const headers: OutgoingHttpHeaders = {
        ...(reply.getHeaders() as OutgoingHttpHeaders),
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      };
      reply.raw.writeHead(200, headers);
      const stream = new SseStream(reply.raw, principal.sessionId, settings.heartbeatMs, (s) =>
        push.remove(s),
      );
      push.add(stream);
      stream.closeAt(sessionExpiresAt);
      stream.hello(RETRY_MS);
      // Tell a new or returning client where the feed is, unless it already said it is there.
      if (lastEventId !== push.headSeq) stream.poke(push.headSeq);
    },
  );

  api.authed(
    {
      method: 'POST',
      url: '/api/admin/feed/compact',
      tag: 'admin',
      capability: 'admin',
      summary:
        'Drop old feed rows now (retention also runs on a timer); older cursors get `reset`.',
      body: z.strictObject({
        throughSeq: z.number().int().nonnegative().optional(),
        olderThanDays: z.number().min(0).max(3650).optional(),
      }),
    },
    async ({ body, principal }) => {
      if (!principal.isAdmin) throw forbidden('Only global administrators compact the feed.');
      if (body.throughSeq !== undefined) return compactFeed(store, body.throughSeq);
      if (body.olderThanDays !== undefined) {
        const cutoff = new Date(Date.now() - body.olderThanDays * 86_400_000);
        return (await compactOlderThan(store, cutoff)) ?? { horizon: null, removed: 0 };
      }
      throw badRequest('Give throughSeq or olderThanDays.');
    },
  );
}

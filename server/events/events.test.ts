import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import {
  MAX_EVENT_PAYLOAD_BYTES,
  MAX_OUTBOX_BATCH,
  MAX_OUTBOX_BODY_BYTES,
  OUTBOX_PATH,
  type OutboxEvent,
  type OutboxResult,
} from '../../shared/sync/outbox';
import type { TestClient } from '../test-support/client';
import { describeStores, member, type Harness, type TestUser } from '../test-support/harness';
import { insertEvents } from './queries';

/*
 * The server side of the workstation outbox (issue 5 item 2). Events wait on the workstation while
 * the server is unreachable (R5) and feed the analytics (R25); resending after a lost answer must
 * not count an event twice, and a bad event must be refused with a reason instead of blocking the
 * others (R31). Every test checks the stored rows, not only the answer.
 */

interface EventRow {
  user_id: number;
  key: string;
  type: string;
  device_id: string;
  occurred_at: Date;
  received_at: Date;
  payload: unknown;
}

function searchEvent(overrides: Partial<OutboxEvent> = {}): OutboxEvent {
  return {
    key: randomUUID(),
    type: 'search',
    occurredAt: '2025-03-04T09:15:30.250+08:00',
    deviceId: 'ws-0042',
    payload: { query: 'lost card', langs: ['en', 'zh-Hans'], results: 3, openedArticleId: null },
    ...overrides,
  } as OutboxEvent;
}

function viewEvent(): OutboxEvent {
  return {
    key: randomUUID(),
    type: 'article-view',
    occurredAt: '2025-03-04T01:16:00Z',
    deviceId: 'ws-0042',
    payload: { articleId: 'card-lost-stolen', lang: 'hu', revision: 2 },
  };
}

const send = (client: TestClient, events: unknown[]) =>
  client.post<OutboxResult>(OUTBOX_PATH, { events });

async function rows(h: Harness, userId: number): Promise<EventRow[]> {
  return h.store.query<EventRow>(
    `SELECT user_id, key::text AS key, type, device_id, occurred_at, received_at, payload
       FROM agent_events WHERE user_id = $1 ORDER BY key`,
    [userId],
  );
}

async function countAll(h: Harness): Promise<number> {
  const [row] = await h.store.query<{ n: number }>('SELECT count(*)::int AS n FROM agent_events');
  return row?.n ?? -1;
}

const sorted = (keys: string[]) => [...keys].sort();

async function until(condition: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the condition');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describeStores('agent events (outbox ingest)', (h) => {
  const agent = (): Promise<TestUser> => h().user([member('cards', 'agent')]);

  it('R25: stores a first send with its user, device, type, workstation time and payload', async () => {
    const a = await agent();
    const search = searchEvent();
    const view = viewEvent();
    const before = Date.now();
    const answer = await send(a.client, [search, view]);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ stored: [search.key, view.key], duplicates: [], rejected: [] });

    const stored = await rows(h(), a.id);
    expect(stored.map((r) => r.key)).toEqual(sorted([search.key, view.key]));
    const bySearch = stored.find((r) => r.key === search.key);
    expect(bySearch).toMatchObject({
      user_id: a.id,
      type: 'search',
      device_id: 'ws-0042',
      payload: search.payload,
    });
    // The offset is kept as an instant: 09:15:30.250 at +08:00 is 01:15:30.250 UTC.
    expect(bySearch?.occurred_at.toISOString()).toBe('2025-03-04T01:15:30.250Z');
    const byView = stored.find((r) => r.key === view.key);
    expect(byView).toMatchObject({ type: 'article-view', payload: view.payload });
    for (const row of stored) {
      // Server time, not the workstation's.
      expect(row.received_at.getTime()).toBeGreaterThanOrEqual(before - 1000);
      expect(row.received_at.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
    }
  });

  it('R31: the identical batch re-sent after a lost answer is all duplicates and stores nothing more', async () => {
    const a = await agent();
    const batch = [searchEvent(), viewEvent(), searchEvent()];
    const first = await send(a.client, batch);
    expect(first.body.stored).toHaveLength(3);
    const afterFirst = await rows(h(), a.id);
    const total = await countAll(h());

    const again = await send(a.client, batch);
    expect(again.status).toBe(200);
    expect(again.body).toEqual({
      stored: [],
      duplicates: batch.map((e) => e.key),
      rejected: [],
    });
    expect(await countAll(h())).toBe(total);
    // The first rows are untouched (not overwritten by the resend).
    expect(await rows(h(), a.id)).toEqual(afterFirst);
  });

  it('treats keys case-blind and answers each key as it was sent', async () => {
    const a = await agent();
    const upper = searchEvent({ key: randomUUID().toUpperCase() });
    const first = await send(a.client, [upper]);
    expect(first.body.stored).toEqual([upper.key]);
    const lower = { ...upper, key: upper.key.toLowerCase() };
    const again = await send(a.client, [lower]);
    expect(again.body).toEqual({ stored: [], duplicates: [lower.key], rejected: [] });
    expect((await rows(h(), a.id)).map((r) => r.key)).toEqual([lower.key]);
  });

  it('R31: a mixed batch stores the valid events and rejects each bad one with a reason', async () => {
    const a = await agent();
    const good1 = searchEvent();
    const good2 = viewEvent();
    const repeated = searchEvent();
    const bad = {
      notUuid: searchEvent({ key: 'not-a-uuid' }),
      unknownType: { ...searchEvent(), type: 'telemetry' },
      extraField: {
        ...viewEvent(),
        payload: { articleId: 'a', lang: 'en', revision: 1, extra: true },
      },
      localTime: searchEvent({ occurredAt: '2025-03-04T09:15:30' }),
      before1970: searchEvent({ occurredAt: '0000-01-01T00:00:00Z' }),
      nul: searchEvent({ deviceId: 'ws\u0000' }),
      surrogate: searchEvent({
        payload: { query: 'x\ud800', langs: ['en'], results: 0, openedArticleId: null },
      }),
      huge: {
        ...searchEvent(),
        payload: { query: 'x'.repeat(MAX_EVENT_PAYLOAD_BYTES), langs: [], results: 0 },
      },
    };
    const batch: unknown[] = [
      good1,
      bad.notUuid,
      42,
      bad.unknownType,
      { type: 'search' },
      bad.extraField,
      good2,
      bad.localTime,
      bad.before1970,
      bad.nul,
      bad.surrogate,
      bad.huge,
      repeated,
      { ...repeated, deviceId: 'another' },
    ];
    const answer = await send(a.client, batch);
    expect(answer.status).toBe(200);
    expect(answer.body.stored).toEqual([good1.key, good2.key, repeated.key]);
    expect(answer.body.duplicates).toEqual([]);
    const reasons = Object.fromEntries(answer.body.rejected.map((r) => [r.key, r.reason]));
    expect(Object.keys(reasons)).toEqual([
      'not-a-uuid',
      '#2',
      bad.unknownType.key,
      '#4',
      bad.extraField.key,
      bad.localTime.key,
      bad.before1970.key,
      bad.nul.key,
      bad.surrogate.key,
      bad.huge.key,
    ]);
    expect(reasons['not-a-uuid']).toMatch(/key: Invalid UUID/);
    expect(reasons['#2']).toMatch(/expected object/);
    expect(reasons[bad.unknownType.key]).toMatch(/type: .*'search' \| 'article-view'/);
    expect(reasons['#4']).toMatch(/key: .*expected string/);
    expect(reasons[bad.extraField.key]).toMatch(/payload: Unrecognized key: "extra"/);
    expect(reasons[bad.localTime.key]).toMatch(/occurredAt: Invalid ISO datetime/);
    expect(reasons[bad.before1970.key]).toMatch(/before 1970/);
    expect(reasons[bad.nul.key]).toMatch(/NUL/);
    expect(reasons[bad.surrogate.key]).toMatch(/unpaired surrogate/);
    expect(reasons[bad.huge.key]).toMatch(new RegExp(`limit is ${MAX_EVENT_PAYLOAD_BYTES}`));

    const stored = await rows(h(), a.id);
    expect(stored.map((r) => r.key)).toEqual(sorted([good1.key, good2.key, repeated.key]));
    // A key repeated within the batch is answered and stored once, from its first occurrence.
    expect(stored.find((r) => r.key === repeated.key)?.device_id).toBe('ws-0042');
  });

  it('R31: the same batch sent concurrently stores each key exactly once in total', async () => {
    const a = await agent();
    const batch = Array.from({ length: 60 }, (_, i) => (i % 2 ? viewEvent() : searchEvent()));
    const keys = batch.map((e) => e.key);
    // Overlapping statements in opposite orders are forced in the next test; here they may overlap.
    const answers = await Promise.all([
      send(a.client, batch),
      send(a.client, [...batch].reverse()),
      send(a.client, batch),
    ]);
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.body.rejected).toEqual([]);
      expect(sorted([...answer.body.stored, ...answer.body.duplicates])).toEqual(sorted(keys));
    }
    const storedAnywhere = answers.flatMap((answer) => answer.body.stored);
    expect(sorted(storedAnywhere)).toEqual(sorted(keys));
    expect((await rows(h(), a.id)).map((r) => r.key)).toEqual(sorted(keys));
  });

  it('overlapping batches in opposite orders wait for each other instead of deadlocking', async ({
    skip,
  }) => {
    // Needs two connections; PGlite runs one statement at a time and cannot interleave them.
    if (h().kind !== 'postgres') skip();
    const { store } = h();
    const a = await agent();
    const [k1 = '', k2 = ''] = sorted([randomUUID(), randomUUID()]);
    const e1 = searchEvent({ key: k1 });
    const e2 = searchEvent({ key: k2 });
    const first: Set<string>[] = [];
    let holding = (): void => undefined;
    const held = new Promise<void>((resolve) => (holding = resolve));
    const holder = store.transaction(async (tx) => {
      first.push(await insertEvents(tx, a.id, [e1]));
      holding();
      // Wait until the other batch, given as [e2, e1], blocks on e1 held by this transaction.
      // In key order it blocks on e1 before taking e2; in the order given it would hold e2 here.
      await until(async () => {
        const [row] = await store.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_stat_activity
            WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        );
        return row?.n === 1;
      });
      first.push(await insertEvents(tx, a.id, [e2]));
    });
    await held;
    const other = insertEvents(store, a.id, [e2, e1]);
    const [, second] = await Promise.all([holder, other]);
    expect(first.map((set) => [...set])).toEqual([[k1], [k2]]);
    expect([...second]).toEqual([]);
    expect((await rows(h(), a.id)).map((r) => r.key)).toEqual([k1, k2]);
  });

  it('the same key sent by two users is two events', async () => {
    const a = await agent();
    const b = await h().user([member('mobile', 'agent')]);
    const event = searchEvent();
    const [fromA, fromB] = await Promise.all([send(a.client, [event]), send(b.client, [event])]);
    expect(fromA.body.stored).toEqual([event.key]);
    expect(fromB.body.stored).toEqual([event.key]);
    expect((await rows(h(), a.id)).map((r) => [r.user_id, r.key])).toEqual([[a.id, event.key]]);
    expect((await rows(h(), b.id)).map((r) => [r.user_id, r.key])).toEqual([[b.id, event.key]]);
  });

  it('refuses callers who are not signed in, storing nothing', async () => {
    const total = await countAll(h());
    const event = searchEvent();
    const anonymous = await send(h().anon, [event]);
    expect(anonymous.status).toBe(401);
    const unknownToken = await send(h().anon.withToken('a'.repeat(43)), [event]);
    expect(unknownToken.status).toBe(401);
    expect(await countAll(h())).toBe(total);
    const [row] = await h().store.query('SELECT 1 FROM agent_events WHERE key = $1', [event.key]);
    expect(row).toBeUndefined();
  });

  it('R31: a malformed or too long batch is a 400 with a clear message, and nothing is stored', async () => {
    const a = await agent();
    const tooMany = Array.from({ length: MAX_OUTBOX_BATCH + 1 }, () => searchEvent());
    const cases: { body: unknown; message: RegExp }[] = [
      { body: { events: tooMany }, message: /events: .*<=200/ },
      { body: { events: [] }, message: /events: .*>=1/ },
      { body: { events: searchEvent() }, message: /events: .*expected array/ },
      { body: { events: [searchEvent()], extra: 1 }, message: /Unrecognized key: "extra"/ },
      { body: [searchEvent()], message: /expected object/ },
      { body: '{"events": [', message: /JSON/i },
    ];
    for (const { body, message } of cases) {
      const answer = await a.client.post<{ error: { code: string; message: string } }>(
        OUTBOX_PATH,
        body,
      );
      expect(answer.status, JSON.stringify(answer.body)).toBe(400);
      expect(answer.body.error.code).toBe('invalid-request');
      expect(answer.body.error.message).toMatch(message);
    }
    expect(await rows(h(), a.id)).toEqual([]);
  });

  it('R31: a body over the limit is a 413 and nothing is stored; a full batch of large events fits', async () => {
    const a = await agent();
    const padding = 'x'.repeat(MAX_EVENT_PAYLOAD_BYTES * 2);
    const oversized = [
      searchEvent(),
      ...Array.from({ length: Math.ceil(MAX_OUTBOX_BODY_BYTES / padding.length) + 1 }, () =>
        searchEvent({ deviceId: padding }),
      ),
    ];
    const answer = await send(a.client, oversized);
    expect(answer.status).toBe(413);
    expect((answer.body as unknown as { error: { code: string } }).error.code).toBe(
      'body-too-large',
    );
    expect(await rows(h(), a.id)).toEqual([]);

    // The largest valid events the contract allows, escapes included, in a full batch.
    const widest = '\u0001'.repeat(500);
    const full = Array.from({ length: MAX_OUTBOX_BATCH }, () =>
      searchEvent({
        deviceId: '\u0001'.repeat(100),
        payload: { query: widest, langs: [], results: 0, openedArticleId: 'y'.repeat(200) },
      }),
    );
    const accepted = await send(a.client, full);
    expect(accepted.status).toBe(200);
    expect(accepted.body.stored).toHaveLength(MAX_OUTBOX_BATCH);
    expect(await rows(h(), a.id)).toHaveLength(MAX_OUTBOX_BATCH);
  });

  it('is described in the OpenAPI document', async () => {
    const docs = await h().anon.get<{
      paths: Record<string, Record<string, { summary: string; tags: string[] }>>;
    }>('/api/docs');
    const operation = docs.body.paths[OUTBOX_PATH]?.post;
    expect(operation?.summary).toMatch(/outbox/);
    expect(operation?.tags).toEqual(['events']);
  });
});

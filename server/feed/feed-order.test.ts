import { expect, it } from 'vitest';
import type { ChangesResponse } from '../../shared/sync/protocol';
import { putArticle } from '../test-support/content';
import { describeStores, member, unique } from '../test-support/harness';
import { writeTransaction } from './writer';

const WRITERS = 50;

describeStores('feed order under concurrent writers', (h) => {
  it('never lets a reader skip a row that committed late (store level)', async () => {
    const { store } = h();
    const tag = unique('race');
    let writing = true;
    const seen: number[] = [];
    // The reader polls `seq > cursor` as fast as it can while the writers commit out of step.
    const [start] = await store.query<{ head: number }>(
      'SELECT coalesce(max(seq), 0) AS head FROM feed',
    );
    let cursor = start?.head ?? 0;
    const reader = (async () => {
      for (;;) {
        const finished = !writing;
        const rows = await store.query<{ seq: number }>(
          `SELECT seq FROM feed WHERE seq > $1 AND entity_id LIKE $2 || '%' ORDER BY seq`,
          [cursor, tag],
        );
        for (const r of rows) seen.push(r.seq);
        const [top] = await store.query<{ head: number }>(
          'SELECT coalesce(max(seq), 0) AS head FROM feed',
        );
        // Advance only to what was visible *before* this read: exactly what a page does in one snapshot.
        cursor = Math.max(cursor, rows.at(-1)?.seq ?? cursor);
        if (finished && (top?.head ?? 0) <= cursor) return;
        await new Promise((r) => setTimeout(r, 1));
      }
    })();
    await Promise.all(
      Array.from({ length: WRITERS }, (_, i) =>
        writeTransaction(store, async (tx, feed) => {
          // Random work before and after the append: transactions finish in a scrambled order.
          await tx.query('SELECT pg_sleep($1)', [Math.random() * 0.01]);
          await feed.append({
            kind: 'category',
            entityId: `${tag}-${i}`,
            audienceBefore: null,
            audienceAfter: { businessLines: [], positions: [] },
          });
          await tx.query('SELECT pg_sleep($1)', [Math.random() * 0.01]);
        }),
      ),
    );
    writing = false;
    await reader;
    const all = await store.query<{ seq: number }>(
      `SELECT seq FROM feed WHERE entity_id LIKE $1 || '%' ORDER BY seq`,
      [tag],
    );
    expect(all).toHaveLength(WRITERS);
    expect(seen).toEqual(all.map((r) => r.seq)); // every row once, in order, none skipped
  });

  it('gives every concurrent reader every change exactly once, in commit order (HTTP)', async () => {
    const { admin } = h();
    const tag = unique('http-race');
    const agent = await h().user([member('cards', 'agent')]);
    const [{ cursor: start }] = [
      await agent.client.ok<{ cursor: number }>('GET', '/api/sync/snapshot'),
    ];
    let writing = true;
    const readers = Array.from({ length: 3 }, async (_, r) => {
      const received: string[] = [];
      const cursors: number[] = [];
      let cursor = start;
      for (;;) {
        const finished = !writing;
        const page = await agent.client.ok<ChangesResponse>(
          'GET',
          `/api/sync/changes?since=${cursor}&limit=${3 + r * 4}`,
        );
        if (page.type !== 'changes') throw new Error('unexpected reset');
        for (const item of page.items) {
          if (item.op === 'upsert' && item.record.id.startsWith(tag)) received.push(item.record.id);
        }
        expect(page.cursor).toBeGreaterThanOrEqual(cursor);
        cursor = page.cursor;
        cursors.push(cursor);
        if (finished && !page.hasMore) return { received, cursors };
      }
    });
    await Promise.all(
      Array.from({ length: WRITERS }, (_, i) =>
        putArticle(admin, `${tag}-${String(i).padStart(2, '0')}`),
      ),
    );
    writing = false;
    const results = await Promise.all(readers);
    // The order every article entered the feed, straight from the store.
    const feedOrder = (
      await h().store.query<{ entity_id: string }>(
        `SELECT entity_id FROM feed WHERE kind = 'article' AND entity_id LIKE $1 || '%' ORDER BY seq`,
        [tag],
      )
    ).map((r) => r.entity_id);
    expect(new Set(feedOrder).size).toBe(WRITERS);
    for (const { received } of results) {
      expect(received).toHaveLength(WRITERS); // exactly once each
      expect(received).toEqual(feedOrder); // in feed (= commit) order
    }
  });
});

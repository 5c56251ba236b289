import { describe, expect, it } from 'vitest';
import { renderJson } from './report';
import { runServerBench } from './run';
import { parseBlock } from './sse-client';
import { summarize } from './stats';

describe('bench:server', () => {
  it('every client hears every change, in order, from the real server on PGlite', async () => {
    const clients = 20;
    const changes = 5;
    const result = await runServerBench({ clients, changes, databaseUrl: undefined });

    expect(result.store).toBe('pglite');
    expect(result.clients).toBe(clients);
    expect(result.changeSeqs).toHaveLength(changes);
    for (let i = 1; i < changes; i++) {
      expect(result.changeSeqs[i]).toBeGreaterThan(result.changeSeqs[i - 1] ?? Infinity);
    }
    expect(result.changeSeqs[0]).toBeGreaterThan(result.initialSeq);
    const expected = [result.initialSeq, ...result.changeSeqs];
    expect(result.pokeSeqs).toHaveLength(clients);
    for (const seqs of result.pokeSeqs) expect(seqs).toEqual(expected);
    expect(result.receivedPokes).toBe(clients * changes);
    expect(result.expectedPokes).toBe(clients * changes);
    expect(result.clientsInOrder).toBe(clients);
    expect(result.lostStreams).toBe(0);
    expect(result.delayMs.count).toBe(clients * changes);
    expect(Number.isFinite(result.delayMs.p99)).toBe(true);
    expect(result.rss.afterMb).toBeGreaterThan(10);

    const last = JSON.parse(renderJson(result)) as Record<string, unknown>;
    expect(Object.keys(last)).toEqual(['clients', 'p50_ms', 'p99_ms', 'rss_mb']);
    expect(Object.values(last).every((v) => typeof v === 'number')).toBe(true);
  }, 120_000);

  it('parses poke blocks and ignores heartbeats, retry and other events', () => {
    expect(parseBlock('id: 7\nevent: poke\ndata: {"seq": 7}')).toBe(7);
    expect(parseBlock('id: 7\r\nevent:poke\r\ndata:{"seq":7}')).toBe(7);
    expect(parseBlock(': heartbeat')).toBeNull();
    expect(parseBlock('retry: 2000')).toBeNull();
    expect(parseBlock('data: {"seq": 7}')).toBeNull();
    expect(() => parseBlock('event: poke\ndata: {"seq": "7"}')).toThrow(/numeric seq/);
  });

  it('takes nearest-rank percentiles', () => {
    const s = summarize(Array.from({ length: 100 }, (_, i) => 100 - i));
    expect([s.min, s.p50, s.p90, s.p99, s.max]).toEqual([1, 50, 90, 99, 100]);
    expect(summarize([]).count).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { summarize } from './server/stats';
import { goalsMet, renderJson, renderReport } from './sync-report';
import type { SyncBenchResult } from './sync-run';

function result(snapshotSeconds: number, searchable: number[], missed = 0): SyncBenchResult {
  return {
    store: 'pglite',
    cpus: 2,
    loadAverage: 0.5,
    load: { articles: 20_000, seconds: 60, importSeconds: 55, bodyChars: 1_300 },
    snapshot: {
      seconds: snapshotSeconds,
      downloadSeconds: 1,
      applySeconds: snapshotSeconds - 1,
      state: {
        status: 'online',
        progress: null,
        lastSyncAt: null,
        offlineSince: null,
        nextAttemptAt: null,
        problem: null,
        cursor: 20_010,
        articles: 20_000,
        outboxPending: 0,
        recovery: null,
      },
      loopMaxMs: 40,
      loopP99Ms: 20,
      samplesFound: 8,
      samples: 8,
      replicaMb: 300,
    },
    fullClients: 3,
    lightClients: 197,
    changes: { changes: [], lightMs: [10, 20], lightMissed: 0, lightAllChanges: 197 },
    searchableMs: summarize(searchable),
    searchableMissed: missed,
    appliedMs: summarize(searchable),
    lightMs: summarize([10, 20]),
    answerMs: summarize([5]),
    lightErrors: 0,
    lightErrorSamples: [],
  };
}

describe('bench:sync report', () => {
  it('ends --json with one object holding the figures tools read', () => {
    const figures = JSON.parse(renderJson(result(2, [100, 200, 900]))) as Record<string, unknown>;
    expect(figures).toMatchObject({
      snapshot_articles: 20_000,
      snapshot_s: 2,
      articles_per_s: 10_000,
      p50_ms: 200,
      p99_ms: 900,
      clients: 200,
    });
    expect(renderJson(result(2, [1]))).not.toContain('\n');
  });

  it('judges both goals, and a missed change misses the latency goal', () => {
    expect(goalsMet(result(2, [100, 900]))).toEqual({ snapshot: true, searchable: true });
    expect(goalsMet(result(5, [100, 1_200]))).toEqual({ snapshot: false, searchable: false });
    expect(goalsMet(result(2, [100], 1)).searchable).toBe(false);
    expect(renderReport(result(5, [100, 1_200]))).toMatch(
      /snapshot rate .*4,000 articles\/s.*MISSED/,
    );
  });
});

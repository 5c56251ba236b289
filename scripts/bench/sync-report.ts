import type { Summary } from './server/stats';
import type { SyncBenchResult } from './sync-run';

/** Issue 5 item 6: a new workstation downloads at least this many articles a second. */
export const GOAL_ARTICLES_PER_S = 5_000;
/** Issue 5 item 6: a published change is searchable on every workstation within this, p99. */
export const GOAL_P99_MS = 1_000;

export function articlesPerSecond(r: SyncBenchResult): number {
  return r.load.articles / r.snapshot.seconds;
}

export function goalsMet(r: SyncBenchResult): { snapshot: boolean; searchable: boolean } {
  return {
    snapshot: articlesPerSecond(r) >= GOAL_ARTICLES_PER_S,
    searchable: r.searchableMissed === 0 && r.searchableMs.p99 <= GOAL_P99_MS,
  };
}

const int = (n: number) => Math.round(n).toLocaleString('en');
const ms = (n: number) => (Number.isFinite(n) ? `${n.toFixed(n < 100 ? 1 : 0)} ms` : '-');
const spread = (s: Summary) => `p50 ${ms(s.p50)}  p99 ${ms(s.p99)}  max ${ms(s.max)}`;

export function renderReport(r: SyncBenchResult): string {
  const met = goalsMet(r);
  const s = r.snapshot;
  const changes = r.changes.changes.length;
  const rows: [string, string, string, string][] = [
    ['snapshot', `${int(r.load.articles)} articles in ${s.seconds.toFixed(2)} s`, '', ''],
    [
      'snapshot rate',
      `${int(articlesPerSecond(r))} articles/s`,
      `≥ ${int(GOAL_ARTICLES_PER_S)}/s`,
      met.snapshot ? 'MET' : 'MISSED',
    ],
    ['event loop blocked', `max ${ms(s.loopMaxMs)}, p99 ${ms(s.loopP99Ms)}`, '', ''],
    ['publish → applied', `p50 ${ms(r.appliedMs.p50)}, p99 ${ms(r.appliedMs.p99)}`, '', ''],
    ['publish → searchable p50', ms(r.searchableMs.p50), '', ''],
    [
      'publish → searchable p99',
      ms(r.searchableMs.p99) + (r.searchableMissed > 0 ? ` (${r.searchableMissed} missed)` : ''),
      `≤ ${int(GOAL_P99_MS)} ms`,
      met.searchable ? 'MET' : 'MISSED',
    ],
  ];
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((row) => row[i]?.length ?? 0)));
  const table = rows.map((row) =>
    row
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd(),
  );
  return [
    `bench:sync — server in a worker thread of this process on ${r.store === 'pglite' ? 'embedded PGlite (temp folder)' : 'PostgreSQL (fresh database)'}; ` +
      `${r.cpus} CPUs shared by server, workstations and clients (load average ${r.loadAverage.toFixed(2)} at start)`,
    `load (not measured below): ${int(r.load.articles)} articles, bodies ${int(r.load.bodyChars)} characters on average, ` +
      `in ${r.load.seconds.toFixed(1)} s through POST /api/import (${int(r.load.articles / r.load.seconds)}/s; ` +
      `${r.load.importSeconds.toFixed(1)} s of it waiting for the server)`,
    `snapshot: download and validation ${s.downloadSeconds.toFixed(2)} s, apply and index ${s.applySeconds.toFixed(2)} s; ` +
      `replica ${s.replicaMb.toFixed(1)} MB; ${s.samplesFound}/${s.samples} sample articles found by their title`,
    `changes: ${changes} published revisions one after another; ${r.fullClients + r.lightClients} clients: ` +
      `${r.fullClients} full workstations (AgentCore), ${r.lightClients} light (poke stream + pulls)`,
    `light clients: ${r.changes.lightAllChanges}/${r.lightClients} pulled every change; publish → cursor ${spread(r.lightMs)}` +
      (r.changes.lightMissed > 0 ? `; ${r.changes.lightMissed} pulls missed` : '') +
      (r.lightErrors > 0 ? `; ${r.lightErrors} errors (${r.lightErrorSamples.join(' | ')})` : ''),
    `publish request: ${spread(r.answerMs)}; full workstations: applied ${spread(r.appliedMs)}, ` +
      `searchable ${spread(r.searchableMs)}`,
    'applied = `articlesChanged` named the article; searchable = its first search that found it ' +
      '(the first search after a change rebuilds the engine caches)',
    '',
    ...table,
  ].join('\n');
}

/** The last line of `npm run bench:sync -- --json`. */
export function renderJson(r: SyncBenchResult): string {
  const round = (n: number) => (Number.isFinite(n) ? Math.round(n * 100) / 100 : null);
  return JSON.stringify({
    snapshot_articles: r.load.articles,
    snapshot_s: round(r.snapshot.seconds),
    articles_per_s: Math.round(articlesPerSecond(r)),
    p50_ms: round(r.searchableMs.p50),
    p99_ms: round(r.searchableMs.p99),
    clients: r.fullClients + r.lightClients,
    full_clients: r.fullClients,
    changes: r.changes.changes.length,
    missed: r.searchableMissed,
    applied_p50_ms: round(r.appliedMs.p50),
    applied_p99_ms: round(r.appliedMs.p99),
    event_loop_max_ms: round(r.snapshot.loopMaxMs),
    event_loop_p99_ms: round(r.snapshot.loopP99Ms),
    snapshot_download_s: round(r.snapshot.downloadSeconds),
    snapshot_apply_s: round(r.snapshot.applySeconds),
    light_clients: r.lightClients,
    light_pulled_all: r.changes.lightAllChanges,
    light_p50_ms: round(r.lightMs.p50),
    light_p99_ms: round(r.lightMs.p99),
    load_s: round(r.load.seconds),
    store: r.store,
  });
}

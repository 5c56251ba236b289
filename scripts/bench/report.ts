import type { Latencies } from './timing';

export interface ClassResult {
  name: string;
  description: string;
  engine: Latencies;
  baseline: Latencies;
}

export interface BenchReport {
  articles: number;
  classes: ClassResult[];
  buildArticlesPerS: number;
  /** Database file and WAL together. */
  dbMb: number;
  walMb: number;
  rssMb: number;
  peakRssMb: number;
}

/** Issue 3's goal for every class at 100,000 articles. */
export const GOAL_P50_US = 300;
export const GOAL_P99_US = 2_000;

export function renderTable(report: BenchReport): string {
  const header = [
    'class',
    'queries',
    'p50 µs',
    'p99 µs',
    'found',
    'fts5 p50',
    'fts5 p99',
    'found',
    'goal',
  ];
  const rows = report.classes.map((c) => [
    c.name,
    String(c.engine.samples),
    us(c.engine.p50),
    us(c.engine.p99),
    percent(c.engine.found),
    us(c.baseline.p50),
    us(c.baseline.p99),
    percent(c.baseline.found),
    c.engine.samples === 0
      ? '-'
      : c.engine.p50 <= GOAL_P50_US && c.engine.p99 <= GOAL_P99_US
        ? 'ok'
        : 'MISSED',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ');
  return [
    `Search bench: ${report.articles.toLocaleString('en')} articles; engine = searchArticles (limit 10), ` +
      'fts5 = MATCH … ORDER BY bm25 LIMIT 10 on the same index',
    `build ${Math.round(report.buildArticlesPerS).toLocaleString('en')} articles/s, replica ${report.dbMb.toFixed(1)} MB ` +
      `(WAL ${report.walMb.toFixed(1)} MB of it), RSS ${report.rssMb.toFixed(0)} MB (peak ${report.peakRssMb.toFixed(0)} MB)`,
    '',
    line(header),
    ...rows.map(line),
    '',
    `found = share of queries with at least one result; goal = p50 ≤ ${GOAL_P50_US} µs and p99 ≤ ${GOAL_P99_US} µs`,
  ].join('\n');
}

/** The one-line summary other tools read: the last line of `npm run bench:search -- --json`. */
export function toJson(report: BenchReport): string {
  const classes: Record<string, Record<string, number>> = {};
  for (const c of report.classes) {
    classes[c.name] = {
      p50_us: round(c.engine.p50),
      p99_us: round(c.engine.p99),
      baseline_p50_us: round(c.baseline.p50),
      baseline_p99_us: round(c.baseline.p99),
    };
  }
  return JSON.stringify({
    articles: report.articles,
    classes,
    build_articles_per_s: Math.round(report.buildArticlesPerS),
    db_mb: round(report.dbMb),
    rss_mb: round(report.rssMb),
  });
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

function us(n: number): string {
  return n >= 10_000 ? Math.round(n).toLocaleString('en') : n.toFixed(n < 100 ? 1 : 0);
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

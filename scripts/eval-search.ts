import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  openSync,
  closeSync,
  readdirSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { percentile } from './bench/timing';
import { formatMs } from './kb/format';
import { optionsHelp, parseArgs } from './kb/args';
import { UsageError } from './kb/errors';

/*
 * npm run eval:search: search quality on every set of ../shared/eval-data, measured exactly as
 * docs/cli.md tells a person to: `kb import` into a fresh replica, `kb search --queries`, then
 * score.mjs. The CLI runs as a child process, so what is measured is what ships.
 */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const KB = join(ROOT, 'scripts', 'kb.ts');
const DEFAULT_DATA = resolve(ROOT, '..', 'shared', 'eval-data');

const OPTIONS = {
  data: { type: 'string', value: 'DIR', help: `the eval data folder (default ${DEFAULT_DATA})` },
  sets: {
    type: 'string',
    value: 'A,B',
    help: 'only these sets (default: every folder with articles.jsonl)',
  },
  'no-prefix': {
    type: 'boolean',
    help: 'pass --no-prefix to kb search (queries as finished questions)',
  },
} as const;

const USAGE = `Usage: npm run eval:search [-- --data DIR] [-- --sets A,B] [-- --no-prefix]

For each eval set: kb import its articles into a temporary replica, kb search --queries its
queries, score the results with the set folder's score.mjs. Prints one table per set and, last,
one JSON line: {"<set>":{"<lang>":{"mrr@10","r@1","r@10"}}} in percent.

Options:
${optionsHelp(OPTIONS)}`;

type Metrics = Record<
  string,
  { n: number; 'recall@1': number; 'recall@10': number; 'mrr@10': number }
>;

interface ScoreModule {
  scoreFiles(datasetDir: string, resultsFile: string): Metrics;
  formatTable(name: string, metrics: Metrics): string;
}

function isScoreModule(value: unknown): value is ScoreModule {
  const m = value as Partial<ScoreModule> | null;
  return typeof m?.scoreFiles === 'function' && typeof m.formatTable === 'function';
}

async function main(argv: readonly string[]): Promise<number> {
  const { options, positionals, help } = parseArgs(argv, OPTIONS);
  if (help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0] ?? ''}"`);
  const data = resolve(options.data ?? DEFAULT_DATA);
  const scorer = join(data, 'score.mjs');
  if (!existsSync(scorer))
    throw new UsageError(`${data} has no score.mjs: is --data the eval-data folder?`);
  const score: unknown = await import(pathToFileURL(scorer).href);
  if (!isScoreModule(score))
    throw new Error(`${scorer} does not export scoreFiles and formatTable`);

  const wanted = options.sets?.split(',').map((s) => s.trim());
  const sets = readdirSync(data, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(data, d.name, 'articles.jsonl')))
    .map((d) => d.name)
    .filter((name) => wanted === undefined || wanted.includes(name))
    .sort();
  if (sets.length === 0) throw new UsageError(`no eval sets found in ${data}`);
  const best = bestOtherEngines(join(data, 'README.md'));

  const summary: Record<
    string,
    Record<string, { 'mrr@10': number; 'r@1': number; 'r@10': number }>
  > = {};
  for (const set of sets) {
    const dir = join(data, set);
    const tmp = mkdtempSync(join(tmpdir(), `cuecard-eval-${set}-`));
    try {
      const db = join(tmp, 'replica.sqlite');
      const results = join(tmp, 'results.jsonl');
      kb(['import', '--db', db, join(dir, 'articles.jsonl')], 'inherit');
      const search = ['search', '--db', db, '--queries', join(dir, 'queries.jsonl')];
      if (options['no-prefix']) search.push('--no-prefix');
      kb(search, results);

      const metrics = score.scoreFiles(dir, results);
      process.stdout.write(`\n${score.formatTable(set, metrics)}\n`);
      const ms = readFileSync(results, 'utf8')
        .split('\n')
        .filter((l) => l !== '')
        .map((l) => (JSON.parse(l) as { ms: number }).ms)
        .sort((a, b) => a - b);
      process.stdout.write(
        `${set.padEnd(12)} latency p50 ${formatMs(percentile(ms, 0.5))}, p99 ${formatMs(percentile(ms, 0.99))}\n`,
      );

      const langs = Object.keys(metrics).filter(
        (k) => k !== 'all' || Object.keys(metrics).length > 2,
      );
      summary[set] = {};
      for (const lang of langs) {
        const m = metrics[lang];
        if (!m) continue;
        summary[set][lang] = {
          'mrr@10': pct(m['mrr@10']),
          'r@1': pct(m['recall@1']),
          'r@10': pct(m['recall@10']),
        };
        const other = best.get(`${set}/${lang}`);
        if (other !== undefined) {
          const delta = pct(m['mrr@10']) - other;
          process.stdout.write(
            `${set.padEnd(12)} ${lang.padEnd(8)} MRR@10 ${pct(m['mrr@10']).toFixed(1)} vs best other engine ${other.toFixed(1)} ` +
              `(${delta >= 0 ? '+' : ''}${delta.toFixed(1)})\n`,
          );
        }
      }
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }
  process.stdout.write(`${JSON.stringify(summary)}\n`);
  return 0;
}

/** Runs the kb CLI under tsx; its stdout goes to `stdout` (a file path, or ours). */
function kb(args: string[], stdout: string): void {
  const fd = stdout === 'inherit' ? 'inherit' : openSync(stdout, 'w');
  try {
    const run = spawnSync(process.execPath, ['--import', import.meta.resolve('tsx'), KB, ...args], {
      stdio: ['ignore', fd, 'inherit'],
      cwd: ROOT,
    });
    if (run.error) throw run.error;
    if (run.status !== 0)
      throw new Error(`kb ${args[0] ?? ''} exited with status ${String(run.status)}`);
  } finally {
    if (typeof fd === 'number') closeSync(fd);
  }
}

/** The "best" column of the data folder's README (other engines' MRR@10 by set and language), when it has one. */
function bestOtherEngines(readme: string): Map<string, number> {
  const best = new Map<string, number>();
  if (!existsSync(readme)) return best;
  for (const line of readFileSync(readme, 'utf8').split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    const value = /^\*\*([\d.]+)\*\*$/.exec(cells[cells.length - 2] ?? '')?.[1];
    if (value !== undefined && cells[1] && cells[2])
      best.set(`${cells[1]}/${cells[2]}`, Number(value));
  }
  return best;
}

function pct(share: number): number {
  return Math.round(share * 1000) / 10;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  process.stderr.write(`eval:search: ${error.message}\n\n${USAGE}\n`);
  process.exitCode = 2;
}

import { parseBenchArgs } from './bench/cli';
import { renderJson, renderReport } from './bench/sync-report';
import { runSyncBench } from './bench/sync-run';
import { DEFAULT_SEED } from './bench/synthetic-corpus';
import { optionsHelp } from './kb/args';

/*
 * npm run bench:sync: a new workstation's first download (articles/s, event loop blocked) and
 * publish → searchable on workstations that are online, against a real server (issue 5, item 6).
 * Progress goes to stderr; with --json the last line of stdout is one JSON object.
 */

const OPTIONS = {
  json: {
    type: 'boolean',
    help: 'end with one JSON line {"snapshot_articles","snapshot_s","articles_per_s","p50_ms","p99_ms","clients",…}',
  },
  articles: {
    type: 'integer',
    value: 'N',
    min: 1,
    max: 1_000_000,
    help: 'published articles on the server (default 20000)',
  },
  clients: {
    type: 'integer',
    value: 'N',
    min: 1,
    max: 10_000,
    help: 'connected clients: 3 full workstations, the rest light (default 200)',
  },
  changes: {
    type: 'integer',
    value: 'N',
    min: 1,
    max: 10_000,
    help: 'changes to publish one after another (default 100)',
  },
  postgres: {
    type: 'string',
    value: 'URL',
    help: 'create a fresh database on this PostgreSQL (dropped afterwards) instead of PGlite',
  },
  seed: {
    type: 'integer',
    value: 'N',
    min: 0,
    max: 2 ** 32 - 1,
    help: `corpus and word seed (default ${DEFAULT_SEED})`,
  },
} as const;

const USAGE = `Usage: npm run bench:sync [-- --json] [-- --articles N] [-- --clients N] [-- --changes N]

Starts the real server in a worker thread on a fresh PGlite in a temporary folder (or on a fresh
PostgreSQL database), publishes N synthetic articles through the bulk import (not measured),
times a new workstation's snapshot, then times publish → searchable on 3 workstations while the
other clients pull every change.

Options:
${optionsHelp(OPTIONS)}`;

async function main(argv: readonly string[]): Promise<number> {
  const options = parseBenchArgs('bench:sync', argv, OPTIONS, USAGE);
  if (typeof options === 'number') return options;
  const result = await runSyncBench({
    articles: options.articles ?? 20_000,
    clients: options.clients ?? 200,
    changes: options.changes ?? 100,
    seed: options.seed ?? DEFAULT_SEED,
    postgresUrl: options.postgres,
    progress: (text) => process.stderr.write(`${text}\n`),
  });
  process.stdout.write(`${renderReport(result)}\n`);
  if (options.json) process.stdout.write(`${renderJson(result)}\n`);
  // A change that never arrived is a failure of the sync, not a slow figure.
  return result.searchableMissed === 0 && result.changes.lightMissed === 0 ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));

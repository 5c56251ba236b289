import { parseBenchArgs } from './bench/cli';
import { renderJson, renderReport } from './bench/server/report';
import { runServerBench } from './bench/server/run';
import { optionsHelp } from './kb/args';

/*
 * npm run bench:server: N concurrent SSE clients on loopback, M changes committed through the
 * authoring API, delay from commit to poke per (change, client), and the server's RSS (issue 4,
 * item 10). Progress goes to stderr; with --json the last line of stdout is one JSON object.
 */

const OPTIONS = {
  json: { type: 'boolean', help: 'end with one JSON line {"clients","p50_ms","p99_ms","rss_mb"}' },
  clients: {
    type: 'integer',
    value: 'N',
    min: 1,
    max: 100_000,
    help: 'concurrent SSE clients (default 1000)',
  },
  changes: {
    type: 'integer',
    value: 'N',
    min: 1,
    max: 100_000,
    help: 'changes to commit one after another (default 100)',
  },
} as const;

const USAGE = `Usage: npm run bench:server [-- --json] [-- --clients N] [-- --changes N]

Starts the server as a child process on loopback: on PGlite in a temporary data folder, or on a
fresh database created (and dropped afterwards) on the PostgreSQL that DATABASE_URL names.

Options:
${optionsHelp(OPTIONS)}`;

async function main(argv: readonly string[]): Promise<number> {
  const options = parseBenchArgs('bench:server', argv, OPTIONS, USAGE);
  if (typeof options === 'number') return options;
  const result = await runServerBench({
    clients: options.clients ?? 1000,
    changes: options.changes ?? 100,
    databaseUrl: process.env.DATABASE_URL || undefined,
    progress: (text) => process.stderr.write(`${text}\n`),
  });
  process.stdout.write(`${renderReport(result)}\n`);
  if (options.json) process.stdout.write(`${renderJson(result)}\n`);
  return result.receivedPokes === result.expectedPokes ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));

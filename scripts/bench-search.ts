import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { searchArticles } from '../db/search';
import { runBaseline } from './bench/baseline';
import { buildReplica } from './bench/build-replica';
import { buildQueryClasses } from './bench/query-classes';
import { renderTable, toJson, type ClassResult } from './bench/report';
import { DEFAULT_SEED, SyntheticCorpus } from './bench/synthetic-corpus';
import { timeQueries } from './bench/timing';
import { optionsHelp, parseArgs } from './kb/args';
import { UsageError } from './kb/errors';

/*
 * npm run bench:search: our engine against plain FTS5 on the same synthetic replica, per class
 * of typed-as-you-go query (issue 3, item 5). Progress goes to stderr; with --json the last
 * line of stdout is one JSON object for tools and commit messages.
 */

const OPTIONS = {
  json: { type: 'boolean', help: 'end with one JSON line of the figures' },
  articles: {
    type: 'integer',
    value: 'N',
    min: 1,
    max: 5_000_000,
    help: 'articles to generate (default 100000)',
  },
  queries: {
    type: 'integer',
    value: 'N',
    min: 1,
    max: 100_000,
    help: 'queries per class (default 200)',
  },
  seed: {
    type: 'integer',
    value: 'N',
    min: 0,
    max: 2 ** 32 - 1,
    help: `corpus and query seed (default ${DEFAULT_SEED})`,
  },
  keep: { type: 'boolean', help: 'keep the replica and print where it is' },
} as const;

const USAGE = `Usage: npm run bench:search [-- --json] [-- --articles N] [-- --queries N]

Builds a deterministic synthetic replica in a temporary folder and times each query class with
our engine and with plain FTS5 (MATCH … ORDER BY bm25 LIMIT 10).

Options:
${optionsHelp(OPTIONS)}`;

function main(argv: readonly string[]): number {
  let parsed;
  try {
    parsed = parseArgs(argv, OPTIONS);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`bench:search: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  const { options, positionals, help } = parsed;
  if (help || positionals.length > 0) {
    (help ? process.stdout : process.stderr).write(`${USAGE}\n`);
    return help ? 0 : 2;
  }
  const articles = options.articles ?? 100_000;
  const perClass = options.queries ?? 200;
  const seed = options.seed ?? DEFAULT_SEED;

  const dir = mkdtempSync(join(tmpdir(), 'cuecard-bench-'));
  const file = join(dir, 'bench.sqlite');
  const progress = (text: string) => process.stderr.write(`${text}\n`);
  try {
    const corpus = new SyntheticCorpus(seed);
    const started = performance.now();
    const built = buildReplica(file, corpus, articles, (done) => {
      if (done % 20_000 === 0 || done === articles) {
        const rate = done / ((performance.now() - started) / 1000);
        progress(
          `built ${done.toLocaleString('en')} / ${articles.toLocaleString('en')} articles (${Math.round(rate)}/s)`,
        );
      }
    });
    const { replica } = built;
    if (!built.synonymSetsStored)
      progress('synonym_set has an unknown shape: synonym sets were not stored');
    const walMb = fileSize(`${file}-wal`) / 1024 / 1024;
    const dbMb = fileSize(file) / 1024 / 1024 + walMb;

    const classes = buildQueryClasses(
      { corpus, samples: built.samples, usedSynonymSets: built.usedSynonymSets },
      perClass,
      seed,
    );
    const results: ClassResult[] = [];
    for (const c of classes) {
      progress(
        `timing ${c.name} (${c.queries.length} queries, e.g. ${c.queries
          .slice(0, 3)
          .map((q) => JSON.stringify(q.text))
          .join(', ')})`,
      );
      const engine = timeQueries(
        c.queries,
        (q) => searchArticles(replica, { text: q.text, limit: 10 }, [q.lang]).hits.length,
      );
      const baseline = timeQueries(c.queries, (q) => runBaseline(replica, q.baseline));
      results.push({ name: c.name, description: c.description, engine, baseline });
    }
    replica.close();

    const report = {
      articles,
      classes: results,
      buildArticlesPerS: articles / built.seconds,
      dbMb,
      walMb,
      rssMb: process.memoryUsage().rss / 1024 / 1024,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
    };
    process.stdout.write(`${renderTable(report)}\n`);
    if (options.keep) process.stdout.write(`replica kept at ${file}\n`);
    if (options.json) process.stdout.write(`${toJson(report)}\n`);
    return 0;
  } finally {
    if (!options.keep) rmSync(dir, { recursive: true, force: true });
  }
}

function fileSize(file: string): number {
  return existsSync(file) ? statSync(file).size : 0;
}

process.exitCode = main(process.argv.slice(2));

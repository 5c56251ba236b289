import type { Replica } from '../../db/connection';
import { searchArticles } from '../../db/search';
import { ARTICLE_TYPES, type ArticleType } from '../../shared/article';
import {
  CONTENT_LANGUAGES,
  parseContentLanguage,
  type ContentLanguage,
} from '../../shared/languages';
import type { SearchQuery } from '../../shared/search';
import { percentile } from '../bench/timing';
import { optionsHelp, parseArgs, type OptionValues } from './args';
import type { Command, Output } from './command';
import { CliError, UsageError } from './errors';
import { formatMs, renderResult } from './format';
import { readQueriesFile } from './queries-file';
import { openExistingReplica, requireFile } from './replica-file';

const OPTIONS = {
  db: { type: 'string', value: 'FILE', help: 'the replica to search' },
  lang: {
    type: 'string',
    value: 'L',
    help: 'only articles in L: en, id, hu, zh-Hans, zh-Hant (zh-CN, zh-TW); with --queries, for lines without "lang"',
  },
  limit: { type: 'integer', value: 'N', min: 1, max: 100, help: 'results per query (default 10)' },
  type: {
    type: 'string',
    value: 'T',
    help: `only articles of type T: ${ARTICLE_TYPES.join(', ')}`,
  },
  category: { type: 'string', value: 'ID', help: 'only articles in category ID or below it' },
  queries: {
    type: 'string',
    value: 'FILE',
    help: 'search every {"q","lang"} line of a JSONL file; print {"q","ids","ms"} lines',
  },
  'no-prefix': {
    type: 'boolean',
    help: 'the text is a finished question: do not match its last word as a prefix',
  },
} as const;

type Options = OptionValues<typeof OPTIONS>;

export const searchCommand: Command = {
  name: 'search',
  summary: 'search a replica, for one query or a JSONL file of queries',
  help: `Usage: kb search --db FILE [--lang L] [--limit N] TEXT…
       kb search --db FILE --queries QUERIES.jsonl [--limit N]

With TEXT (the words may be separate arguments), prints the ranked results: title, then
id · language · type · categories, then a snippet; matches are in bold on a terminal and in
[brackets] otherwise. The last word matches as a prefix, as while typing.

With --queries, searches each line {"q","lang"} of the file in its own language and prints one
JSON line per query, in order: {"q":…,"ids":[ranked article ids],"ms":latency}. That is the
format ../shared/eval-data/score.mjs reads. The replica is loaded by one untimed search first,
so "ms" is the latency of each query, not of opening the file. A summary goes to stderr.

Options:
${optionsHelp(OPTIONS)}

Examples:
  npm run -s kb -- search --db /tmp/kb.sqlite --lang hu jelszó
  npm run -s kb -- search --db /tmp/kb.sqlite --queries ../shared/eval-data/xsid/queries.jsonl > results.jsonl`,

  run(argv, output) {
    const { options, positionals, help } = parseArgs(argv, OPTIONS);
    if (help) {
      output.out(`${this.help}\n`);
      return 0;
    }
    if (options.db === undefined) throw new UsageError('--db FILE is required');
    const lang = options.lang === undefined ? undefined : language(options.lang);
    if (
      options.type !== undefined &&
      !(ARTICLE_TYPES as readonly string[]).includes(options.type)
    ) {
      throw new UsageError(
        `--type must be one of ${ARTICLE_TYPES.join(', ')}, not "${options.type}"`,
      );
    }
    if (options.queries !== undefined) {
      if (positionals.length > 0) {
        throw new UsageError(
          `give either --queries FILE or a query text, not both (got "${positionals.join(' ')}")`,
        );
      }
      requireFile(options.queries, 'queries file');
    } else if (positionals.join('').trim() === '') {
      throw new UsageError('nothing to search for: kb search --db FILE TEXT (or --queries FILE)');
    }

    const replica = openExistingReplica(options.db);
    try {
      return options.queries !== undefined
        ? searchBatch(replica, options.queries, options, lang, output)
        : searchOne(replica, positionals.join(' '), options, lang, output);
    } finally {
      replica.close();
    }
  },
};

function language(code: string): ContentLanguage {
  const lang = parseContentLanguage(code);
  if (lang === undefined) {
    throw new UsageError(
      `--lang must be one of en, id, hu, zh-Hans, zh-Hant (or zh-CN, zh-TW), not "${code}"`,
    );
  }
  return lang;
}

function buildQuery(
  text: string,
  options: Options,
  lang: ContentLanguage | undefined,
): SearchQuery {
  const query: SearchQuery = { text, limit: options.limit ?? 10 };
  if (lang !== undefined) query.lang = lang;
  if (options.type !== undefined) query.type = options.type as ArticleType;
  if (options.category !== undefined) query.category = options.category;
  if (options['no-prefix'] === true) query.prefix = false;
  return query;
}

/** Results in the query's language when it names one, else in any, preferring the order of CONTENT_LANGUAGES. */
function preferred(lang: ContentLanguage | undefined): ContentLanguage[] {
  return lang === undefined ? [...CONTENT_LANGUAGES] : [lang];
}

function searchOne(
  replica: Replica,
  text: string,
  options: Options,
  lang: ContentLanguage | undefined,
  output: Output,
): number {
  const result = searchArticles(replica, buildQuery(text, options, lang), preferred(lang));
  output.out(renderResult(text, result, output.styled));
  return 0;
}

function searchBatch(
  replica: Replica,
  file: string,
  options: Options,
  defaultLang: ContentLanguage | undefined,
  output: Output,
): number {
  const parsed = readQueriesFile(file);
  if (!parsed.ok) {
    for (const e of parsed.errors) output.err(`${e}\n`);
    throw new CliError(`${parsed.errors.length} bad line(s) in ${file}; nothing was searched`);
  }
  const { queries } = parsed;
  const first = queries[0];
  // The first search of a process loads the engine's per-replica state; keep that out of "ms".
  if (first) searchArticles(replica, buildQuery(first.q, options, first.lang ?? defaultLang), []);

  const lines: string[] = [];
  const latencies: number[] = [];
  for (const { q, lang = defaultLang } of queries) {
    const started = performance.now();
    const result = searchArticles(replica, buildQuery(q, options, lang), preferred(lang));
    const ms = performance.now() - started;
    latencies.push(ms);
    lines.push(
      JSON.stringify({ q, ids: result.hits.map((h) => h.id), ms: Math.round(ms * 1000) / 1000 }),
    );
  }
  if (lines.length > 0) output.out(`${lines.join('\n')}\n`);
  latencies.sort((a, b) => a - b);
  output.err(
    `${queries.length} queries searched: p50 ${formatMs(percentile(latencies, 0.5))}, ` +
      `p99 ${formatMs(percentile(latencies, 0.99))}, max ${formatMs(latencies[latencies.length - 1] ?? 0)}\n`,
  );
  return 0;
}

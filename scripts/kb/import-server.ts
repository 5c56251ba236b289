import { ARTICLE_TYPES, type ArticleType } from '../../shared/article';
import type { ImportAnswer, ImportItem, ImportProblem, ImportRequest } from '../../shared/import';
import { parseContentLanguage } from '../../shared/languages';
import { optionsHelp, parseArgs } from './args';
import type { Command, Output } from './command';
import { convertFile, IMPORT_EXTENSIONS, where, type FileProblem } from './convert';
import { CliError, UsageError } from './errors';
import { requireFile } from './replica-file';

const OPTIONS = {
  server: { type: 'string', value: 'URL', help: 'the Cuecard server, e.g. http://127.0.0.1:4010' },
  token: {
    type: 'string',
    value: 'T',
    help: 'a session token of an author (POST /api/auth/login); default $CUECARD_TOKEN',
  },
  'keep-going': {
    type: 'boolean',
    help: 'skip bad items, import the rest and list what was skipped',
  },
  publish: {
    type: 'boolean',
    help: 'publish what is imported at once (needs the reviewer capability)',
  },
  lang: { type: 'string', value: 'L', help: 'language of .md, .html and .docx files (default en)' },
  category: {
    type: 'string',
    value: 'PATH',
    help: 'category path ("Cards/Security") of items that do not name one',
  },
  type: {
    type: 'string',
    value: 'T',
    help: `type of items that do not name one (${ARTICLE_TYPES.join(', ')})`,
  },
} as const;

/** The server takes at most this much in one request (server/knowledge/import.ts). */
const REQUEST_LIMIT = 50 * 1024 * 1024;

export const IMPORT_SERVER_HELP = `Usage: kb import --server URL --token T [options] FILE…

Converts every FILE to articles and imports them into a Cuecard server in one request, as new
revisions (drafts unless --publish). Files: ${IMPORT_EXTENSIONS.join(', ')}.
  .jsonl  one {"id","lang","title","body","category"} object a line (optional "tags", "type",
          "synonyms", "summary", "owner", "audience"); lines with one id are one article's languages
  .md     title from the first # heading, else the file name
  .html   title from <title>, else the first <h1>, else the file name
  .docx   title from the first heading, else the file name; images kept inline
A document's article id is its file name as a slug ("Card PIN reset.docx" → card-pin-reset).

All or nothing: when any item is bad, each is reported as FILE:LINE: problem (FILE: problem for
a document), nothing is written and kb exits with status 1. With --keep-going the bad items are
skipped and listed, and the rest is imported.

Options:
${optionsHelp(OPTIONS)}

Example:
  npm run -s kb -- import --server http://127.0.0.1:4010 --token "$TOKEN" --category Cards guides/*.docx`;

export const importServerCommand: Command = {
  name: 'import',
  summary: 'import files into a Cuecard server',
  help: IMPORT_SERVER_HELP,

  async run(argv, output) {
    const { options, positionals, help } = parseArgs(argv, OPTIONS);
    if (help) {
      output.out(`${IMPORT_SERVER_HELP}\n`);
      return 0;
    }
    const server = serverUrl(options.server);
    const token = options.token ?? process.env.CUECARD_TOKEN;
    if (!token) throw new UsageError('--token T is required (or set CUECARD_TOKEN)');
    const lang = parseContentLanguage(options.lang ?? 'en');
    if (!lang) {
      throw new UsageError(`--lang must be one of en, zh-Hans, zh-Hant, hu, id (or zh-CN, zh-TW)`);
    }
    const type = options.type === undefined ? undefined : articleType(options.type);
    if (positionals.length === 0) throw new UsageError('name the files to import');
    for (const file of positionals) requireFile(file, 'file');
    const keepGoing = options['keep-going'] === true;

    const items: ImportItem[] = [];
    const skipped: FileProblem[] = [];
    for (const file of positionals) {
      const converted = await convertFile(file, {
        lang,
        ...(type ? { type } : {}),
        ...(options.category ? { category: options.category } : {}),
      });
      for (const note of converted.notes) output.err(`${note}\n`);
      items.push(...converted.items);
      skipped.push(...converted.problems);
    }
    if (skipped.length > 0 && !keepGoing) return failed(output, skipped);
    if (items.length === 0) {
      if (skipped.length > 0) return failed(output, skipped);
      throw new CliError('the files hold no articles');
    }

    const request: ImportRequest = {
      items,
      keepGoing,
      ...(options.publish ? { publish: true } : {}),
    };
    const answer = await send(server, token, request);
    if ('bad' in answer) {
      const problems = answer.bad.map((p) => serverProblem(p, items));
      return failed(output, [...skipped, ...problems]);
    }
    skipped.push(...answer.skipped.map((p) => serverProblem(p, items)));
    printSummary(output, server, answer, skipped);
    return answer.variants.length === 0 ? 1 : 0;
  },
};

function serverUrl(value: string | undefined): string {
  if (value === undefined) throw new UsageError('--server URL is required');
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`--server must be a URL such as http://127.0.0.1:4010, not "${value}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UsageError(`--server must be an http or https URL, not "${value}"`);
  }
  return url.href.replace(/\/+$/, '');
}

function articleType(value: string): ArticleType {
  const type = ARTICLE_TYPES.find((t) => t === value);
  if (!type) throw new UsageError(`--type must be one of ${ARTICLE_TYPES.join(', ')}`);
  return type;
}

/** The server names an item by the source the client gave it; its index is the fallback. */
function serverProblem(problem: ImportProblem, items: readonly ImportItem[]): FileProblem {
  const source = problem.source ?? items[problem.index]?.source ?? `item ${problem.index + 1}`;
  return { file: source, message: problem.message };
}

function failed(output: Output, problems: readonly FileProblem[]): number {
  for (const p of problems) output.err(`${where(p)}: ${p.message}\n`);
  const n = problems.length;
  output.err(`${n} bad item${n === 1 ? '' : 's'}; nothing was imported.\n`);
  return 1;
}

function printSummary(
  output: Output,
  server: string,
  answer: ImportAnswer,
  skipped: readonly FileProblem[],
): void {
  const n = answer.variants.length;
  output.out(
    `imported ${n} article variant${n === 1 ? '' : 's'} (${answer.articles} article${answer.articles === 1 ? '' : 's'}) ` +
      `into ${server}${answer.published ? ', published' : ' as drafts'}; skipped ${skipped.length}\n`,
  );
  for (const p of skipped) output.out(`  skipped ${where(p)}: ${p.message}\n`);
}

type SendResult = ImportAnswer | { bad: ImportProblem[] };

/** One POST /api/import; every failure becomes a message the user can act on. */
async function send(server: string, token: string, request: ImportRequest): Promise<SendResult> {
  const body = JSON.stringify(request);
  const size = Buffer.byteLength(body);
  if (size > REQUEST_LIMIT) {
    throw new CliError(
      `the import is ${mb(size)} MB and the server takes at most ${mb(REQUEST_LIMIT)} MB at once: ` +
        'import the files in several runs',
    );
  }
  let response: Response;
  try {
    response = await fetch(`${server}/api/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body,
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    throw new CliError(
      `cannot reach the server at ${server} (${cause?.code ?? cause?.message ?? (error as Error).message})`,
    );
  }
  const text = await response.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  if (response.ok) return json as ImportAnswer;
  const error = (json as { error?: { message?: string; details?: { items?: ImportProblem[] } } })
    ?.error;
  const message = error?.message ?? `${response.status} ${response.statusText}`;
  switch (response.status) {
    case 400:
      if (error?.details?.items) return { bad: error.details.items };
      throw new CliError(`the server refused the import: ${message}`);
    case 401:
      throw new CliError(`the server did not accept the token: ${message}`);
    case 403:
      throw new CliError(`the token's account may not do this: ${message}`);
    case 404:
      throw new CliError(`${server} has no import route: is it a Cuecard server of this version?`);
    case 413:
      throw new CliError(`the server says the import is too large: ${message}`);
    default:
      throw new CliError(`the server answered ${response.status}: ${message}`);
  }
}

const mb = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1);

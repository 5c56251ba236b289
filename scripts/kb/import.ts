import { countArticles } from '../../db/articles';
import { ArticleImportError, importArticlesFile } from '../../db/import';
import { optionsHelp, parseArgs } from './args';
import type { Command } from './command';
import { UsageError } from './errors';
import { openOrCreateReplica, requireFile } from './replica-file';

const OPTIONS = {
  db: { type: 'string', value: 'FILE', help: 'the replica to import into (created when missing)' },
} as const;

export const importCommand: Command = {
  name: 'import',
  summary: 'import articles into a replica (JSONL) or a server (--server: JSONL, md, html, docx)',
  help: `Usage: kb import --db FILE ARTICLES.jsonl
       kb import --server URL --token T [options] FILE…   (see: kb import --server URL --help)

Imports one JSONL file of articles, one {"id","lang","title","body","category"} object a line
(optional "tags", "type", "synonyms", "summary", "owner"). All or nothing: when any line is
bad, each bad line is reported as FILE:LINE: problem, nothing from the file is committed and
kb exits with status 1. Articles already in the replica are updated by id and language.

Options:
${optionsHelp(OPTIONS)}

Example:
  npm run -s kb -- import --db /tmp/kb.sqlite ../shared/eval-data/xsid/articles.jsonl`,

  run(argv, output) {
    if (wantsServer(argv)) {
      // Loaded only when needed: the converters (mammoth, marked) would slow every kb start.
      return import('./import-server').then((m) => m.importServerCommand.run(argv, output));
    }
    const { options, positionals, help } = parseArgs(argv, OPTIONS);
    if (help) {
      output.out(`${this.help}\n`);
      return 0;
    }
    if (options.db === undefined)
      throw new UsageError('--db FILE (a replica) or --server URL is required');
    if (positionals.length !== 1) {
      throw new UsageError(
        positionals.length === 0
          ? 'name the articles file to import: kb import --db FILE ARTICLES.jsonl'
          : `import one file at a time (got ${positionals.length}: ${positionals.join(' ')})`,
      );
    }
    const file = positionals[0] ?? '';
    requireFile(file, 'articles file');

    const replica = openOrCreateReplica(options.db);
    try {
      const started = performance.now();
      let imported: number;
      try {
        imported = importArticlesFile(replica, file);
      } catch (error) {
        if (!(error instanceof ArticleImportError)) throw error;
        for (const e of error.errors) output.err(`${file}:${e.line}: ${e.message}\n`);
        const n = error.errors.length;
        output.err(
          `${n} bad line${n === 1 ? '' : 's'} in ${file}; nothing from it was imported.\n`,
        );
        return 1;
      }
      const ms = Math.round(performance.now() - started);
      output.out(
        `${imported} article variant${imported === 1 ? '' : 's'} imported from ${file} ` +
          `into ${options.db} (${countArticles(replica)} articles in the replica, ${ms} ms)\n`,
      );
      return 0;
    } finally {
      replica.close();
    }
  },
};

/** `--server` before any `--` picks the server import; everything else is the replica import. */
function wantsServer(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).some(
    (a) => a === '--server' || a.startsWith('--server='),
  );
}

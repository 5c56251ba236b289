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
  summary: 'import articles from a JSONL file into a replica',
  help: `Usage: kb import --db FILE ARTICLES.jsonl

Imports one JSONL file of articles, one {"id","lang","title","body","category"} object a line
(optional "tags", "type", "synonyms", "summary", "owner"). All or nothing: when any line is
bad, each bad line is reported as FILE:LINE: problem, nothing from the file is committed and
kb exits with status 1. Articles already in the replica are updated by id and language.

Options:
${optionsHelp(OPTIONS)}

Example:
  npm run -s kb -- import --db /tmp/kb.sqlite ../shared/eval-data/xsid/articles.jsonl`,

  run(argv, output) {
    const { options, positionals, help } = parseArgs(argv, OPTIONS);
    if (help) {
      output.out(`${this.help}\n`);
      return 0;
    }
    if (options.db === undefined) throw new UsageError('--db FILE is required');
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

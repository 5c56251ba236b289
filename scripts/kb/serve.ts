import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Command } from './command';

/** The server's own command line (server/ is another engineer's; it parses its own options). */
const SERVER_CLI = new URL('../../server/cli/serve.ts', import.meta.url);

interface ServeModule {
  runServe(argv: string[]): unknown;
}

function isServeModule(value: unknown): value is ServeModule {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Partial<ServeModule>).runServe === 'function'
  );
}

export const serveCommand: Command = {
  name: 'serve',
  summary: 'run the Cuecard server (its options: kb serve --help)',
  help: `Usage: kb serve [server options]

Runs the Cuecard server. Every argument is passed to the server, so "kb serve --help" lists
its own options.`,

  async run(argv, output) {
    // Loaded only when asked for, by a computed URL: the server and its dependencies are not
    // part of every build, and importing a missing module must not break import and search.
    if (!existsSync(fileURLToPath(SERVER_CLI))) {
      output.err('the server is not available in this build\n');
      return 1;
    }
    const module: unknown = await import(SERVER_CLI.href);
    if (!isServeModule(module)) {
      output.err(
        'the server is not available in this build (server/cli/serve.ts has no runServe)\n',
      );
      return 1;
    }
    const code = await module.runServe([...argv]);
    return typeof code === 'number' ? code : 0;
  },
};

import type { Command, Output } from './kb/command';
import { CliError, UsageError } from './kb/errors';
import { importCommand } from './kb/import';
import { searchCommand } from './kb/search';
import { serveCommand } from './kb/serve';

/*
 * kb: the knowledge base from a terminal (docs/cli.md). Runs under tsx, so it works right
 * after `npm ci` with no build step. Exit codes: 0 done, 1 failed, 2 wrong command line.
 */

const COMMANDS: readonly Command[] = [importCommand, searchCommand, serveCommand];

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `Usage: npm run -s kb -- <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Run "npm run -s kb -- <command> --help" for a command's options and examples.
`;
}

async function main(argv: readonly string[], output: Output): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    output.err(usage());
    return 2;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    const topic = COMMANDS.find((c) => c.name === rest[0]);
    output.out(topic ? `${topic.help}\n` : usage());
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    output.err(
      `kb: unknown command "${name}" (commands: ${COMMANDS.map((c) => c.name).join(', ')})\n`,
    );
    return 2;
  }
  try {
    return await command.run(rest, output);
  } catch (error) {
    if (error instanceof UsageError) {
      output.err(
        `kb ${name}: ${error.message}\nRun "npm run -s kb -- ${name} --help" for usage.\n`,
      );
      return 2;
    }
    if (error instanceof CliError) {
      output.err(`kb ${name}: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

// A reader that stops early (| head) closes the pipe: that is not an error of ours.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const output: Output = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  styled: process.stdout.isTTY === true && process.env.NO_COLOR === undefined,
};
// exitCode, not exit(): output still in the pipe gets written, and `kb serve` keeps running.
process.exitCode = await main(process.argv.slice(2), output);

import { parseArgs, type OptionSpecs, type OptionValues } from '../kb/args';
import { UsageError } from '../kb/errors';

/**
 * A bench script's options, or the exit code when it is not to run: after printing the usage,
 * 0 for --help (to stdout) and 2 for words that are off (to stderr, with what was wrong).
 * Positional arguments are an error unless `ignorePositionals`.
 */
export function parseBenchArgs<S extends OptionSpecs>(
  command: string,
  argv: readonly string[],
  specs: S,
  usage: string,
  { ignorePositionals = false } = {},
): OptionValues<S> | number {
  let parsed;
  try {
    parsed = parseArgs(argv, specs);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${command}: ${error.message}\n\n${usage}\n`);
    return 2;
  }
  const { options, positionals, help } = parsed;
  if (help || (positionals.length > 0 && !ignorePositionals)) {
    (help ? process.stdout : process.stderr).write(`${usage}\n`);
    return help ? 0 : 2;
  }
  return options;
}

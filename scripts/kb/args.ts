import { UsageError } from './errors';

/** One `--name` option of a command. */
export type OptionSpec =
  | { type: 'boolean'; help: string }
  | { type: 'string'; value: string; help: string }
  | { type: 'integer'; value: string; min: number; max: number; help: string };

export type OptionSpecs = Record<string, OptionSpec>;

export type OptionValues<S extends OptionSpecs> = {
  [K in keyof S]?: S[K] extends { type: 'boolean' }
    ? boolean
    : S[K] extends { type: 'integer' }
      ? number
      : string;
};

export interface ParsedArgs<S extends OptionSpecs> {
  options: OptionValues<S>;
  positionals: string[];
  help: boolean;
}

/**
 * Parses `--name value`, `--name=value` and `--flag`; `--` ends the options, so a query may start
 * with a dash. Unknown options, missing values and out-of-range numbers are UsageErrors that
 * say what was expected: a silently ignored `--lnag` would search every language.
 */
export function parseArgs<S extends OptionSpecs>(argv: readonly string[], specs: S): ParsedArgs<S> {
  const options: Record<string, string | number | boolean> = {};
  const positionals: string[] = [];
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-h' || arg === '--help') {
      help = true;
      continue;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(arg.startsWith('--') ? 2 : 1, eq === -1 ? undefined : eq);
    const spec = Object.hasOwn(specs, name) ? specs[name] : undefined;
    if (spec === undefined || !arg.startsWith('--')) {
      const known = Object.keys(specs).map((k) => `--${k}`);
      throw new UsageError(
        `unknown option ${eq === -1 ? arg : arg.slice(0, eq)}` +
          (known.length > 0
            ? ` (known options: ${known.join(', ')}, --help)`
            : ' (this command takes no options)'),
      );
    }
    if (Object.hasOwn(options, name)) throw new UsageError(`--${name} is given more than once`);
    if (spec.type === 'boolean') {
      if (eq !== -1) throw new UsageError(`--${name} takes no value`);
      options[name] = true;
      continue;
    }
    const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
    if (value === undefined || (eq === -1 && value.startsWith('--'))) {
      throw new UsageError(`--${name} needs a value: --${name} ${spec.value}`);
    }
    options[name] = spec.type === 'integer' ? integer(name, value, spec.min, spec.max) : value;
  }
  return { options: options as OptionValues<S>, positionals, help };
}

function integer(name: string, value: string, min: number, max: number): number {
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, not "${value}"`);
  }
  return n;
}

/** The options part of a command's help, one aligned line per option. */
export function optionsHelp(specs: OptionSpecs): string {
  const rows = Object.entries(specs).map(([name, spec]) => [
    spec.type === 'boolean' ? `--${name}` : `--${name} ${spec.value}`,
    spec.help,
  ]);
  rows.push(['-h, --help', 'show this help']);
  const width = Math.max(...rows.map(([left]) => (left ?? '').length));
  return rows.map(([left, right]) => `  ${(left ?? '').padEnd(width)}  ${right ?? ''}`).join('\n');
}

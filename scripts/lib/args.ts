/** Tiny `--name value` / `--flag` parser for our scripts; unknown flags are an error, not ignored. */
export function parseArgs(
  argv: string[],
  spec: Record<string, 'string' | 'boolean'>,
): Record<string, string | boolean> {
  const out: Record<string, string | boolean> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const name = arg.replace(/^--/, '');
    const kind = spec[name];
    if (!arg.startsWith('--') || kind === undefined) {
      throw new Error(
        `Unknown argument "${arg}". Known: ${Object.keys(spec)
          .map((k) => `--${k}`)
          .join(', ')}`,
      );
    }
    if (kind === 'boolean') out[name] = true;
    else {
      const value = argv[++i];
      if (value === undefined) throw new Error(`--${name} needs a value.`);
      out[name] = value;
    }
  }
  return out;
}

import { describe, expect, it } from 'vitest';
import { parseArgs } from './args';
import { UsageError } from './errors';

const SPECS = {
  db: { type: 'string', value: 'FILE', help: '' },
  limit: { type: 'integer', value: 'N', min: 1, max: 100, help: '' },
  json: { type: 'boolean', help: '' },
} as const;

describe('parseArgs', () => {
  it('reads options in both spellings, flags and positionals', () => {
    expect(
      parseArgs(['--db', 'a.sqlite', '--limit=5', 'reset', '--json', 'password'], SPECS),
    ).toEqual({
      options: { db: 'a.sqlite', limit: 5, json: true },
      positionals: ['reset', 'password'],
      help: false,
    });
  });

  it('takes everything after -- as text, even when it looks like an option', () => {
    expect(parseArgs(['--db', 'f', '--', '--limit', '-x'], SPECS).positionals).toEqual([
      '--limit',
      '-x',
    ]);
  });

  it.each([
    [['--lmit', '3'], 'unknown option --lmit (known options: --db, --limit, --json, --help)'],
    [['-x'], 'unknown option -x'],
    [['--db'], '--db needs a value: --db FILE'],
    [['--db', '--json'], '--db needs a value'],
    [['--limit', '0'], '--limit must be a whole number from 1 to 100, not "0"'],
    [['--limit', 'ten'], 'not "ten"'],
    [['--json=yes'], '--json takes no value'],
    [['--db', 'a', '--db', 'b'], '--db is given more than once'],
  ])('%j is a usage error', (argv, message) => {
    expect(() => parseArgs(argv, SPECS)).toThrow(UsageError);
    expect(() => parseArgs(argv, SPECS)).toThrow(message);
  });
});

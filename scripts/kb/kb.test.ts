import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kbProcess as kb } from './testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countArticles, getArticle } from '../../db/articles';
import { openReplica } from '../../db/connection';

/* The CLI as a user runs it: a real child process under tsx, on real files in a temp folder. */

const line = (o: object) => JSON.stringify(o);
const GOOD = [
  line({
    id: 'pw-reset',
    lang: 'en',
    title: 'Reset a forgotten password',
    body: 'Open the sign-in page and choose Forgot password.',
    category: 'Accounts',
  }),
  line({
    id: 'card-block',
    lang: 'en',
    title: 'Block a lost card',
    body: 'Call the card line at once to block the card.',
    category: 'Cards',
    type: 'procedure',
  }),
  line({
    id: 'jelszo',
    lang: 'hu',
    title: 'Elfelejtett jelszó visszaállítása',
    body: 'Nyissa meg a belépési oldalt.',
    category: 'Fiókok',
  }),
  line({
    id: 'mima',
    lang: 'zh-CN',
    title: '重置密码',
    body: '在登录页面选择忘记密码。',
    category: '账户',
  }),
].join('\n');

let dir: string;
let db: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cuecard-kb-'));
  db = join(dir, 'replica.sqlite');
  writeFileSync(join(dir, 'good.jsonl'), `${GOOD}\n`);
  const run = await kb('import', '--db', db, join(dir, 'good.jsonl'));
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(/^4 article variants imported/);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('kb import', () => {
  it('reports each bad line by number, exits 1 and commits nothing from the file', async () => {
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(
      bad,
      [
        line({
          id: 'new-article',
          lang: 'en',
          title: 'A good line',
          body: 'Fine.',
          category: 'Misc',
        }),
        '{"id": "broken", ',
        line({ id: 'no-lang', title: 'Missing language', body: 'x', category: 'Misc' }),
      ].join('\n'),
    );
    const run = await kb('import', '--db', db, bad);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${bad}:2: not valid JSON`);
    expect(run.stderr).toContain(`${bad}:3: "lang" must be one of`);
    expect(run.stderr).not.toContain(`${bad}:1:`);
    expect(run.stdout).toBe('');

    const replica = openReplica(db);
    try {
      expect(countArticles(replica)).toBe(4);
      expect(getArticle(replica, 'new-article', ['en'])).toBeNull();
    } finally {
      replica.close();
    }
  });

  it('says so when the articles file does not exist', async () => {
    const run = await kb('import', '--db', db, join(dir, 'missing.jsonl'));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`articles file ${join(dir, 'missing.jsonl')} does not exist`);
  });
});

describe('kb search', () => {
  it('prints ranked results with the title, id and marked matches', async () => {
    const run = await kb('search', '--db', db, '--lang', 'en', 'forgotten', 'password');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Reset a [forgotten] [password]');
    expect(run.stdout).toContain('pw-reset · en · reference · Accounts');
    expect(run.stdout).toMatch(/1 result in [\d.]+ (µs|ms)/);
    expect(run.stdout).not.toContain('card-block');
  });

  it('prints one {"q","ids","ms"} line per query, in order, searched in its own language', async () => {
    const queries = join(dir, 'queries.jsonl');
    writeFileSync(
      queries,
      [
        line({ q: 'lost card', lang: 'en', expected_id: 'card-block' }),
        line({ q: 'jelszó', lang: 'hu' }),
        line({ q: '密码', lang: 'zh-CN' }),
        line({ q: 'password', lang: 'hu' }),
      ].join('\n'),
    );
    const run = await kb('search', '--db', db, '--queries', queries);
    expect(run.code).toBe(0);
    const lines = run.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { q: string; ids: string[]; ms: number });
    expect(lines.map((l) => l.q)).toEqual(['lost card', 'jelszó', '密码', 'password']);
    expect(lines.map((l) => l.ids[0])).toEqual(['card-block', 'jelszo', 'mima', undefined]);
    for (const l of lines) expect(typeof l.ms).toBe('number');
    expect(run.stderr).toMatch(/^4 queries searched/);
  });

  it('rejects an unknown option with the options it knows', async () => {
    const run = await kb('search', '--db', db, '--lnag', 'en', 'password');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('kb search: unknown option --lnag (known options: --db, --lang');
    expect(run.stdout).toBe('');
  });

  it('does not create a replica that does not exist', async () => {
    const run = await kb('search', '--db', join(dir, 'nowhere.sqlite'), 'password');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('no replica at');
  });
});

describe('kb', () => {
  it('lists its commands with --help and rejects an unknown one', async () => {
    const help = await kb('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/import .*\n.*search .*\n.*serve /);
    const unknown = await kb('frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "frobnicate"');
  });
});

import { createServer } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kbProcess, type Run } from './testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { TestClient } from '../../server/test-support/client';
import { describeStores, member, unique } from '../../server/test-support/harness';
import type { Output } from './command';
import { sampleDocx, samplePng } from './convert/sample-docx';
import { CliError, UsageError } from './errors';
import { importCommand } from './import';

/* `kb import --server` against a real server on a real store, as a child process and in-process. */

/** The same command in this process, with kb.ts's mapping of errors to exit codes. */
async function kbImport(...args: string[]): Promise<Run> {
  const run = { code: 0, stdout: '', stderr: '' };
  const output: Output = {
    out: (text) => void (run.stdout += text),
    err: (text) => void (run.stderr += text),
    styled: false,
  };
  try {
    run.code = await importCommand.run(args, output);
  } catch (error) {
    if (!(error instanceof CliError || error instanceof UsageError)) throw error;
    run.stderr += `kb import: ${error.message}\n`;
    run.code = error instanceof UsageError ? 2 : 1;
  }
  return run;
}

type Authored = {
  article: {
    type: string;
    categoryIds: string[];
    variants: { lang: string; title: string; bodyHtml: string; tags: string[] }[];
  };
};

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cuecard-import-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const jsonl = (...lines: object[]) => lines.map((l) => JSON.stringify(l)).join('\n') + '\n';

describeStores('kb import --server', (h) => {
  let author: TestClient;
  const count = async () =>
    (await h().admin.ok<{ articles: unknown[] }>('GET', '/api/authoring/articles')).articles.length;
  const read = (id: string) => author.ok<Authored>('GET', `/api/authoring/articles/${id}`);

  beforeAll(async () => {
    author = (await h().user([member('cards', 'author')])).client;
  });

  it('imports JSONL, Markdown, HTML and .docx in one request (child process)', async () => {
    const tag = unique('t');
    const articles = file(
      `${tag}.jsonl`,
      jsonl(
        {
          id: `${tag}-pin`,
          lang: 'en',
          title: 'Reset a PIN',
          body: 'Verify the caller.\n\nThen reset the PIN.',
          category: 'Cards/PIN',
          tags: ['pin'],
          type: 'procedure',
        },
        {
          id: `${tag}-pin`,
          lang: 'zh-CN',
          title: '重置密码',
          body: '<p>先核实身份。</p>',
          category: '银行卡',
        },
      ),
    );
    file('step.png', samplePng());
    const markdown = file(
      `${tag} Card Fees.md`,
      '# Card fees\n\nExpress delivery costs **€15**.\n\n| fee | amount |\n| --- | --- |\n| express | €15 |\n\n![step](step.png)\n',
    );
    const html = file(
      `${tag}-limits.html`,
      '<!doctype html><html><head><title>Card limits &amp; caps</title><style>p{}</style></head>' +
        '<body><h1>Card limits &amp; caps</h1><p>Daily limit: 500.</p><script>x()</script></body></html>',
    );
    const docx = file(`${tag}-replace.docx`, sampleDocx('Replace a card', 'Order a new card.'));

    const run = await kbProcess(
      'import',
      '--server',
      h().server.url,
      '--token',
      author.token ?? '',
      '--category',
      'Cards/Guides',
      articles,
      markdown,
      html,
      docx,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      `imported 5 article variants (4 articles) into ${h().server.url} as drafts; skipped 0\n`,
    );

    const pin = (await read(`${tag}-pin`)).article;
    expect(pin.type).toBe('procedure');
    expect(pin.categoryIds).toHaveLength(2);
    expect(pin.categoryIds).toContain('cards/pin');
    expect(pin.variants.map((v) => [v.lang, v.title, v.bodyHtml])).toEqual([
      ['en', 'Reset a PIN', '<p>Verify the caller.</p>\n<p>Then reset the PIN.</p>'],
      ['zh-Hans', '重置密码', '<p>先核实身份。</p>'],
    ]);

    const fees = (await read(`${tag}-card-fees`)).article;
    expect(fees.categoryIds).toEqual(['cards/guides']);
    expect(fees.variants[0]?.title).toBe('Card fees');
    expect(fees.variants[0]?.bodyHtml).toContain('<strong>€15</strong>');
    expect(fees.variants[0]?.bodyHtml).toContain('<td>express</td>');
    expect(fees.variants[0]?.bodyHtml).toContain('<img src="data:image/png;base64,iVBOR');
    expect(fees.variants[0]?.bodyHtml).not.toContain('<h1>');

    const limits = (await read(`${tag}-limits`)).article.variants[0];
    expect(limits?.title).toBe('Card limits & caps');
    expect(limits?.bodyHtml).toBe('<p>Daily limit: 500.</p>');

    const replace = (await read(`${tag}-replace`)).article.variants[0];
    expect(replace?.title).toBe('Replace a card');
    expect(replace?.bodyHtml).toMatch(/^<p>Order a new card\.<\/p><table>/);
    expect(replace?.bodyHtml).toContain('<td><p>Express card</p></td><td><p>€15</p></td>');
    expect(replace?.bodyHtml).toMatch(
      /<img alt="Red square" src="data:image\/png;base64,iVBOR[^"]+" \/>/,
    );
  });

  it('stops at a bad JSONL line, naming file and line, and writes nothing (child process)', async () => {
    const tag = unique('t');
    const articles = file(
      `${tag}.jsonl`,
      [
        JSON.stringify({ id: `${tag}-a`, lang: 'en', title: 'A', body: 'a', category: 'X' }),
        '{"id": "broken", ',
        JSON.stringify({ id: `${tag}-c`, lang: 'en', title: 'C', body: 'c', colour: 'red' }),
      ].join('\n'),
    );
    const md = file(`${tag}.md`, '# Fine\n\ntext');
    const before = await count();
    const run = await kbProcess(
      'import',
      '--server',
      h().server.url,
      '--token',
      author.token ?? '',
      articles,
      md,
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')).toEqual([
      expect.stringMatching(new RegExp(`^${escape(articles)}:2: not valid JSON \\(.+\\)$`)),
      `${articles}:3: unknown field "colour"`,
      '2 bad items; nothing was imported.',
      '',
    ]);
    expect(await count()).toBe(before);
  });

  it('reports what the server refuses by file and line, and writes nothing', async () => {
    const tag = unique('t');
    const articles = file(
      `${tag}.jsonl`,
      jsonl(
        { id: `${tag}-ok`, lang: 'en', title: 'OK', body: 'fine', category: 'X' },
        { id: 'has space', lang: 'en', title: 'Bad id', body: 'x', category: 'X' },
        { id: `${tag}-ok2`, lang: 'en', title: 'Bad type', body: 'x', type: 'memo' },
      ),
    );
    const before = await count();
    const run = await kbImport('--server', h().server.url, '--token', author.token ?? '', articles);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^${escape(articles)}:2: id: letters, digits`));
    expect(run.stderr).toContain(`${articles}:3: type: Invalid option`);
    expect(run.stderr).toMatch(/2 bad items; nothing was imported\.\n$/);
    expect(await count()).toBe(before);
  });

  it('with --keep-going imports the good items and lists the skipped ones', async () => {
    const tag = unique('t');
    const articles = file(
      `${tag}.jsonl`,
      jsonl(
        { id: `${tag}-a`, lang: 'en', title: 'A', body: 'a', category: 'X' },
        { id: 'has space', lang: 'en', title: 'Bad id', body: 'x', category: 'X' },
      ) + '{not json}\n',
    );
    const other = file(`${tag}.txt`, 'plain');
    const before = await count();
    const run = await kbImport(
      '--server',
      h().server.url,
      '--token',
      author.token ?? '',
      '--keep-going',
      articles,
      other,
    );
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')).toEqual([
      `imported 1 article variant (1 article) into ${h().server.url} as drafts; skipped 3`,
      expect.stringMatching(new RegExp(`^  skipped ${escape(articles)}:3: not valid JSON`)),
      `  skipped ${other}: cannot import .txt (known: .jsonl, .md, .markdown, .html, .htm, .docx)`,
      expect.stringMatching(new RegExp(`^  skipped ${escape(articles)}:2: id: letters`)),
      '',
    ]);
    expect(await count()).toBe(before + 1);
    expect((await read(`${tag}-a`)).article.variants[0]?.title).toBe('A');
  });

  it('explains a wrong token, a missing capability, an unreachable server and a bad command line', async () => {
    const md = file(`${unique('t')}.md`, '# T\n\nx');
    const wrong = await kbImport('--server', h().server.url, '--token', 'x'.repeat(43), md);
    expect(wrong).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'kb import: the server did not accept the token: The session is unknown or has expired: sign in again.\n',
    });
    const agent = (await h().user([member('cards', 'agent')])).client;
    const refused = await kbImport('--server', h().server.url, '--token', agent.token ?? '', md);
    expect(refused.stderr).toBe(
      `kb import: the token's account may not do this: This needs the "author" capability.\n`,
    );
    const publish = await kbImport(
      '--server',
      h().server.url,
      '--token',
      author.token ?? '',
      '--publish',
      md,
    );
    expect(publish.stderr).toMatch(/may not do this: Publishing needs the "reviewer" capability/);
    const closed = await closedPort();
    const away = await kbImport(
      '--server',
      `http://127.0.0.1:${closed}`,
      '--token',
      'x'.repeat(43),
      md,
    );
    expect(away.stderr).toBe(
      `kb import: cannot reach the server at http://127.0.0.1:${closed} (ECONNREFUSED)\n`,
    );
    expect((await kbImport('--server', h().server.url, md)).code).toBe(2);
    expect(
      (await kbImport('--server', h().server.url, '--token', 't', '--lang', 'fr', md)).code,
    ).toBe(2);
    expect(
      (await kbImport('--server', h().server.url, '--token', 't', join(dir, 'missing.md'))).stderr,
    ).toBe(`kb import: file ${join(dir, 'missing.md')} does not exist\n`);
  });
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A loopback port nothing listens on: bound, then released. */
function closedPort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail()));
    });
  });
}

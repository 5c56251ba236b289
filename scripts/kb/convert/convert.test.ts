import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { convertFile } from '.';
import { docxItem, htmlItem, markdownItem } from './documents';
import { droppedImageNote, idFromFileName, takeHeading } from './item';
import { jsonlItems } from './jsonl';
import { sampleDocx } from './sample-docx';

const dir = mkdtempSync(join(tmpdir(), 'cuecard-convert-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const en = { lang: 'en' };

describe('document ids and titles', () => {
  it('makes ids from file names, hashing names without Latin letters', () => {
    expect(idFromFileName('/x/Kártya PIN-kód (új).docx')).toBe('kartya-pin-kod-uj');
    expect(idFromFileName('密码重置.md')).toMatch(/^doc-[0-9a-f]{12}$/);
    expect(idFromFileName('密码重置.md')).not.toBe(idFromFileName('挂失.md'));
  });

  it('takes the first heading out of the body as plain text', () => {
    expect(takeHeading('<p>a</p><h2 id="x">Fees &amp; <em>limits</em></h2><h1>b</h1>')).toEqual({
      title: 'Fees & limits',
      html: '<p>a</p><h1>b</h1>',
    });
    expect(takeHeading('<h2>x</h2>', '1')).toBeUndefined();
  });
});

describe('converters', () => {
  it('Markdown: the first # heading is the title, else the file name', async () => {
    const md = await markdownItem('Intro\n\n# Title *here*\n\ntext', 'a/Guide.md', en);
    expect(md.items[0]).toMatchObject({
      id: 'guide',
      lang: 'en',
      title: 'Title here',
      bodyHtml: '<p>Intro</p>\n\n<p>text</p>',
      source: 'a/Guide.md',
    });
    const untitled = await markdownItem('## Only a subheading', 'Notes.md', {
      lang: 'hu',
      type: 'canned',
      category: 'A/B',
    });
    expect(untitled.items[0]).toMatchObject({
      title: 'Notes',
      lang: 'hu',
      type: 'canned',
      category: 'A/B',
    });
  });

  it('Markdown and HTML: local images travel inline; missing ones are noted', async () => {
    writeFileSync(join(dir, 'dot.gif'), Buffer.from('R0lGODlhAQABAAAAACw=', 'base64'));
    const file = join(dir, 'page.md');
    const md = await markdownItem(
      '![a](dot.gif) ![b](gone.png) ![c](https://x.test/c.png)',
      file,
      en,
    );
    expect(md.items[0]?.bodyHtml).toContain(
      '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="a">',
    );
    expect(md.items[0]?.bodyHtml).toContain('src="gone.png"');
    expect(md.items[0]?.bodyHtml).toContain('src="https://x.test/c.png"');
    expect(md.notes).toEqual([`${file}: image "gone.png" not found; it will not show`]);
  });

  it('HTML: <title> or the first <h1>; only the body is kept', async () => {
    const page = await htmlItem(
      '<html><head><title>Page</title></head><body><h1>Heading</h1><p>x</p></body></html>',
      'p.html',
      en,
    );
    expect(page.items[0]).toMatchObject({ title: 'Page', bodyHtml: '<h1>Heading</h1><p>x</p>' });
    const fragment = await htmlItem('<head><title>T</title></head><h1>T</h1><p>y</p>', 'f.htm', en);
    expect(fragment.items[0]).toMatchObject({ title: 'T', bodyHtml: '<p>y</p>' });
  });

  it('.docx: heading as title, table and image kept; a broken file is a problem', async () => {
    const doc = await docxItem(sampleDocx('Cím', 'Szöveg'), 'kártya.docx', { lang: 'hu' });
    expect(doc.items[0]?.title).toBe('Cím');
    expect(doc.items[0]?.bodyHtml).toMatch(
      /^<p>Szöveg<\/p><table>.*<img alt="Red square" src="data:image\/png;base64,/,
    );
    expect(doc.notes).toEqual([]);
    const broken = await docxItem(Buffer.from('not a zip'), 'x.docx', en);
    expect(broken.items).toEqual([]);
    expect(broken.problems[0]?.message).toMatch(/^not a readable \.docx file/);
  });

  it('notes inline images the server would drop', () => {
    expect(
      droppedImageNote(
        'w.docx',
        '<img src="data:image/x-emf;base64,AA"><img src="data:image/png;base64,AA">',
      ),
    ).toBe(
      'w.docx: 1 image in a format the server does not keep (image/x-emf); only PNG, JPEG, GIF and WebP images are imported',
    );
  });

  it('JSONL: plain text bodies become paragraphs; defaults fill what a line leaves out', () => {
    const out = jsonlItems(
      [
        JSON.stringify({ id: 'a', lang: 'zh-TW', title: 'T', body: 'one\n\ntwo' }),
        '',
        JSON.stringify({
          id: 'b',
          lang: 'en',
          title: 'T',
          body: '<p>x</p>',
          type: 'canned',
          category: 'C',
        }),
        '[1]',
        JSON.stringify({ id: 'c', lang: 'en', title: 'T', body: 3 }),
      ].join('\r\n'),
      'f.jsonl',
      { lang: 'en', type: 'procedure', category: 'Default' },
    );
    expect(out.items).toEqual([
      {
        id: 'a',
        lang: 'zh-Hant',
        title: 'T',
        bodyHtml: '<p>one</p>\n<p>two</p>',
        type: 'procedure',
        category: 'Default',
        source: 'f.jsonl:1',
      },
      {
        id: 'b',
        lang: 'en',
        title: 'T',
        bodyHtml: '<p>x</p>',
        type: 'canned',
        category: 'C',
        source: 'f.jsonl:3',
      },
    ]);
    expect(out.problems).toEqual([
      {
        file: 'f.jsonl',
        line: 4,
        message: 'expected a JSON object {"id","lang","title","body","category"}',
      },
      {
        file: 'f.jsonl',
        line: 5,
        message:
          '"body" must be a string (HTML, or plain text with blank lines between paragraphs)',
      },
    ]);
  });

  it('refuses unknown extensions and text that is not UTF-8', async () => {
    writeFileSync(join(dir, 'latin1.md'), Buffer.from([0x23, 0x20, 0xe9]));
    expect((await convertFile(join(dir, 'latin1.md'), en)).problems[0]?.message).toMatch(
      /^not valid UTF-8/,
    );
    writeFileSync(join(dir, 'x.pdf'), 'x');
    expect((await convertFile(join(dir, 'x.pdf'), en)).problems[0]?.message).toMatch(
      /^cannot import \.pdf/,
    );
  });
});

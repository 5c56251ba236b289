import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { samplePng } from '../../scripts/kb/convert/sample-docx';
import {
  authoringAnswers,
  MAX_ATTACHMENT_BYTES,
  MAX_INLINE_IMAGE_BYTES,
} from '../../shared/workstation/authoring';
import type { TestClient } from '../test-support/client';
import { putArticle } from '../test-support/content';
import { describeStores, member, unique } from '../test-support/harness';
import { guideDocx } from './convert/sample-guide-docx';
import { sanitizeBody } from './sanitize';

const GUIDE = readFileSync(
  new URL('../../tests/fixtures/card-replacement-guide.docx', import.meta.url),
);
const b64 = (data: Buffer | string) => Buffer.from(data).toString('base64');
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

type ErrorBody = { error: { code: string; message: string } };

async function convert(client: TestClient, name: string, format: string, data: Buffer | string) {
  return client.request<unknown>('POST', '/api/authoring/convert', {
    name,
    format,
    dataBase64: b64(data),
  });
}

describeStores('document conversion and attachments (issue 9 item 7; R9)', (h) => {
  it('R9: turns a real .docx into article HTML: title, headings, lists, table, inline picture', async () => {
    const author = await h().user([member('cards', 'author')]);
    const answer = await convert(author.client, 'Card replacement.docx', 'docx', GUIDE);
    expect(answer.status).toBe(200);
    const out = authoringAnswers.convertDocument.parse(answer.body);
    expect(out.title).toBe('Replacing a card');
    expect(out.bodyHtml).toContain('<h2>Before you start</h2>');
    expect(out.bodyHtml).toContain(
      '<ul><li>Check the caller’s identity</li><li>Block the old card</li></ul>',
    );
    expect(out.bodyHtml).toContain('<ol><li>Open the card screen</li>');
    expect(out.bodyHtml).toMatch(/<table>.*<td><p>Express<\/p><\/td><td><p>€15<\/p><\/td>/);
    expect(out.bodyHtml).toMatch(/<img alt="Card front" src="data:image\/png;base64,/);
    expect(out.bodyHtml).toBe(sanitizeBody(out.bodyHtml));
    expect(out.notes).toEqual([]);

    const agent = await h().user([member('cards', 'agent')]);
    expect((await convert(agent.client, 'x.docx', 'docx', GUIDE)).status).toBe(403);
  });

  it('R9: drops pictures over the inline limit with a note', async () => {
    const author = await h().user([member('cards', 'author')]);
    const big = Buffer.concat([samplePng(), Buffer.alloc(MAX_INLINE_IMAGE_BYTES + 1)]);
    const answer = await convert(author.client, 'Big picture.docx', 'docx', guideDocx(big));
    const out = authoringAnswers.convertDocument.parse(answer.body);
    expect(out.bodyHtml).not.toContain('<img');
    expect(out.bodyHtml).toContain('<h2>Steps</h2>');
    expect(out.notes).toEqual([expect.stringMatching(/^1 image\(s\) larger than 512 KB/)]);
  });

  it('refuses a file that is not a .docx with a clear 400, never a 500', async () => {
    const author = await h().user([member('cards', 'author')]);
    for (const data of [
      Buffer.from('just some text'),
      Buffer.from('PK\x03\x04 truncated zip'),
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
    ]) {
      const answer = await convert(author.client, 'report.docx', 'docx', data);
      expect(answer.status).toBe(400);
      expect((answer.body as ErrorBody).error.message).toMatch(/not a Word \.docx|old Word \.doc/);
    }
    const latin1 = await convert(
      author.client,
      'a.md',
      'markdown',
      Buffer.from([0x66, 0xe9, 0x65]),
    );
    expect(latin1.status).toBe(400);
    expect((latin1.body as ErrorBody).error.message).toMatch(/UTF-8/);
  });

  it('R9: converts Markdown tables and HTML pages, sanitized; images beside the file are noted', async () => {
    const author = await h().user([member('cards', 'author')]);
    const md = await convert(
      author.client,
      'fees.md',
      'markdown',
      '# Card fees\n\n| Card | Fee |\n| --- | --- |\n| Gold | €5 |\n\n![scan](scan.png)\n',
    );
    const fees = authoringAnswers.convertDocument.parse(md.body);
    expect(fees.title).toBe('Card fees');
    expect(fees.bodyHtml).toMatch(/<table>[\s\S]*<th>Card<\/th>[\s\S]*<td>€5<\/td>/);
    expect(fees.bodyHtml).not.toContain('scan.png');
    expect(fees.notes).toEqual([expect.stringMatching(/1 image\(s\) refer to files beside/)]);

    const html = await convert(
      author.client,
      'Untitled page.html',
      'html',
      '<html><body><p onclick="x()">Hi <script>alert(1)</script><a href="javascript:x">a</a></p></body></html>',
    );
    const page = authoringAnswers.convertDocument.parse(html.body);
    expect(page).toEqual({
      title: 'Untitled page',
      bodyHtml: '<p>Hi <a rel="noopener noreferrer">a</a></p>',
      notes: [],
    });
  });

  it('R9: stores an attachment and serves the same bytes with safe headers', async () => {
    const author = await h().user([member('cards', 'author')]);
    const article = unique('att');
    await putArticle(author.client, article, { publish: false });
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(3000, 7)]);
    const name = 'Díjak 2026 "final".pdf';
    const upload = await author.client.request(
      'POST',
      `/api/authoring/articles/${article}/attachments`,
      {
        name,
        mime: 'application/pdf',
        dataBase64: b64(pdf),
      },
    );
    expect(upload.status).toBe(201);
    const { attachment } = authoringAnswers.uploadAttachment.parse(upload.body);
    expect(attachment).toMatchObject({ name, mime: 'application/pdf', size: pdf.length });
    expect(attachment.url).toBe(`/api/attachments/${attachment.id}/${encodeURIComponent(name)}`);

    const response = await fetch(h().server.url + attachment.url);
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).equals(pdf)).toBe(true);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="D_jak 2026 _final_.pdf"; filename*=UTF-8''${encodeURIComponent(name)}`,
    );

    const png = samplePng();
    const image = await author.client.request(
      'POST',
      `/api/authoring/articles/${article}/attachments`,
      {
        name: 'card.png',
        mime: 'image/png',
        dataBase64: b64(png),
      },
    );
    const shown = authoringAnswers.uploadAttachment.parse(image.body).attachment;
    const picture = await fetch(h().server.url + shown.url);
    expect(picture.headers.get('content-disposition')).toMatch(/^inline; filename="card.png"/);
    expect(Buffer.from(await picture.arrayBuffer()).equals(png)).toBe(true);

    // The link survives the article body's sanitizer.
    const link = `<p><a href="https://kb.example${attachment.url}">Fees</a></p>`;
    expect(sanitizeBody(link)).toBe(
      `<p><a href="https://kb.example${attachment.url}" rel="noopener noreferrer">Fees</a></p>`,
    );
    expect(
      (await fetch(`${h().server.url}/api/attachments/${crypto.randomUUID()}/x.pdf`)).status,
    ).toBe(404);
    expect((await fetch(`${h().server.url}/api/attachments/not-a-uuid/x.pdf`)).status).toBe(404);
  });

  it('R9: refuses type mismatches, unknown types, oversize files, unknown articles and agents', async () => {
    const author = await h().user([member('cards', 'author')]);
    const agent = await h().user([member('cards', 'agent')]);
    const article = unique('att');
    await putArticle(author.client, article, { publish: false });
    const upload = (client: TestClient, mime: string, data: Buffer, id = article) =>
      client.request('POST', `/api/authoring/articles/${id}/attachments`, {
        name: 'file',
        mime,
        dataBase64: b64(data),
      });
    const exe = Buffer.from('MZ\x90\x00 this program cannot be run in DOS mode');

    const mismatch = await upload(author.client, 'application/pdf', exe);
    expect(mismatch.status).toBe(400);
    expect((mismatch.body as ErrorBody).error.message).toMatch(/content is not application\/pdf/);
    expect((await upload(author.client, 'image/png', Buffer.from('GIF89a....'))).status).toBe(400);
    // A zip that is not a Word document, named as one.
    expect(
      (await upload(author.client, DOCX, Buffer.from('PK\x03\x04xl/workbook.xml'))).status,
    ).toBe(400);
    expect((await upload(author.client, DOCX, GUIDE)).status).toBe(201);
    expect((await upload(author.client, 'text/plain', Buffer.from('a\0b'))).status).toBe(400);
    expect((await upload(author.client, 'application/x-msdownload', exe)).status).toBe(400);

    const oversize = Buffer.concat([Buffer.from('%PDF-'), Buffer.alloc(MAX_ATTACHMENT_BYTES)]);
    const tooBig = await upload(author.client, 'application/pdf', oversize);
    expect(tooBig.status).toBe(413);
    expect((tooBig.body as ErrorBody).error.message).toMatch(/at most 10\.0 MB/);

    expect(
      (await upload(author.client, 'application/pdf', Buffer.from('%PDF-1'), unique('none')))
        .status,
    ).toBe(404);
    expect((await upload(agent.client, 'application/pdf', Buffer.from('%PDF-1'))).status).toBe(403);
  });
});

import { describe, expect, it } from 'vitest';
import { stubServer } from '../sync/stub-server';
import { KnowledgeAuthoring } from './knowledge-authoring';

/*
 * Knowledge authoring (issue 9) maps each request to the route AUTHORING_ROUTES names and checks
 * the answer; these tests pin the mapping the server's routes are built against.
 */

const summary = {
  id: 'card-lost',
  type: 'procedure',
  owner: 'author.kb',
  status: 'in-review',
  title: { en: 'Lost card' },
  variants: [{ lang: 'en', latestRevision: 3, publishedRevision: 2 }],
  categoryIds: ['cards'],
  reviewDueAt: '2027-01-01T00:00:00.000Z',
  updatedAt: '2026-11-24T10:00:00.000Z',
  openFeedback: 1,
};

describe('KnowledgeAuthoring', () => {
  it('lists articles with GET and returns the checked answer', async () => {
    const stub = stubServer(200, { articles: [summary] });
    const result = await new KnowledgeAuthoring(() => stub.connection).run({ op: 'listArticles' });
    expect(result).toEqual({ ok: true, articles: [summary] });
    expect(stub.calls).toEqual([
      { method: 'GET', url: 'http://kb/api/authoring/articles', body: undefined },
    ]);
  });

  it('sends a variant save to its route without the op, id and language in the body', async () => {
    const stub = stubServer(200, { revision: 4 });
    const result = await new KnowledgeAuthoring(() => stub.connection).run({
      op: 'saveVariant',
      id: 'card/lost',
      lang: 'hu',
      title: 'Elveszett kártya',
      summary: '',
      bodyHtml: '<p>Tiltsa le.</p>',
      tags: [],
      synonyms: [],
      note: 'Pontosítás',
      baseRevision: 3,
    });
    expect(result).toEqual({ ok: true, revision: 4 });
    expect(stub.calls[0]).toEqual({
      method: 'PUT',
      url: 'http://kb/api/authoring/articles/card%2Flost/variants/hu',
      body: {
        title: 'Elveszett kártya',
        summary: '',
        bodyHtml: '<p>Tiltsa le.</p>',
        tags: [],
        synonyms: [],
        note: 'Pontosítás',
        baseRevision: 3,
      },
    });
  });

  it('posts workflow actions and inbox resolutions to their routes', async () => {
    const stub = stubServer(400, {
      error: { code: 'bad_request', message: 'A comment is required.' },
    });
    const authoring = new KnowledgeAuthoring(() => stub.connection);
    const sentBack = await authoring.run({
      op: 'workflow',
      id: 'card-lost',
      action: 'send-back',
      comment: '',
    });
    expect(sentBack).toMatchObject({ ok: false, problem: 'invalid' });
    expect(!sentBack.ok && sentBack.message).toContain('A comment is required.');
    await authoring.run({ op: 'resolveFeedback', id: 7, resolution: 'replied', reply: 'Fixed.' });
    await authoring.run({ op: 'listInbox', scope: 'mine', status: 'open' });
    await authoring.run({ op: 'deleteCategory', id: 'cards' });
    expect(stub.calls.map((c) => `${c.method} ${c.url} ${JSON.stringify(c.body)}`)).toEqual([
      'POST http://kb/api/authoring/articles/card-lost/workflow {"action":"send-back","comment":""}',
      'POST http://kb/api/authoring/inbox/7/resolve {"resolution":"replied","reply":"Fixed."}',
      'GET http://kb/api/authoring/inbox?scope=mine&status=open undefined',
      'DELETE http://kb/api/authoring/categories/cards undefined',
    ]);
  });

  it("gives an attachment's link the server's address", async () => {
    const attachment = {
      id: 'a1',
      name: 'fees.pdf',
      mime: 'application/pdf',
      size: 3,
      url: '/api/attachments/a1/fees.pdf',
    };
    const stub = stubServer(200, { attachment });
    const result = await new KnowledgeAuthoring(() => stub.connection).run({
      op: 'uploadAttachment',
      articleId: 'card-lost',
      name: 'fees.pdf',
      mime: 'application/pdf',
      dataBase64: 'JVBE',
    });
    expect(result).toEqual({
      ok: true,
      attachment: { ...attachment, url: 'http://kb/api/attachments/a1/fees.pdf' },
    });
  });

  it('answers signed-out without calling, and "protocol" for an answer of another shape', async () => {
    expect(await new KnowledgeAuthoring(() => null).run({ op: 'myWork' })).toMatchObject({
      ok: false,
      problem: 'signed-out',
    });
    const stub = stubServer(200, { work: { overdue: 'many' } });
    expect(await new KnowledgeAuthoring(() => stub.connection).run({ op: 'myWork' })).toMatchObject(
      { ok: false, problem: 'invalid' },
    );
  });

  it('reads an empty answer to a DELETE as done', async () => {
    const calls: string[] = [];
    const { ServerConnection } = await import('../sync/server-connection');
    const connection = new ServerConnection({
      baseUrl: 'http://kb',
      token: 't',
      fetch: (async (url: string, init: RequestInit) => {
        calls.push(`${init.method} ${url}`);
        return new Response(null, { status: 204 });
      }) as unknown as typeof fetch,
    });
    expect(
      await new KnowledgeAuthoring(() => connection).run({ op: 'deleteSynonymSet', id: 'syn-1' }),
    ).toEqual({ ok: true });
    expect(calls).toEqual(['DELETE http://kb/api/authoring/synonyms/syn-1']);
  });
});

import { expect, it } from 'vitest';
import type { ImportAnswer, ImportItem } from '../../shared/import';
import { feedHead } from '../feed/writer';
import { describeStores, member, unique } from '../test-support/harness';

type Authored = {
  article: {
    type: string;
    categoryIds: string[];
    variants: {
      lang: string;
      revision: number;
      publishedRevision: number | null;
      title: string;
      bodyHtml: string;
      tags: string[];
    }[];
  };
};
type ErrorAnswer = {
  error: {
    code: string;
    message: string;
    details?: { items: { index: number; source?: string; message: string }[] };
  };
};

const item = (id: string, extra: Partial<ImportItem> = {}): ImportItem => ({
  id,
  lang: 'en',
  title: `Title of ${id}`,
  bodyHtml: `<p>Body of ${id}</p>`,
  ...extra,
});

describeStores('bulk import route', (h) => {
  it('writes every item as a new revision in one transaction, sanitised, with categories', async () => {
    const author = await h().user([member('cards', 'author')]);
    const id = unique('imp');
    const answer = await author.client.ok<ImportAnswer>('POST', '/api/import', {
      items: [
        item(id, {
          title: 'Replace a card',
          bodyHtml:
            '<p onclick="x()">Order it.<script>bad()</script></p><img src="data:image/png;base64,AAAA" alt="i">',
          category: 'Cards/Delivery',
          type: 'procedure',
          tags: ['card'],
          source: 'a.jsonl:1',
        }),
        item(id, { lang: 'zh-CN', title: '补卡', source: 'a.jsonl:2' }),
      ],
    });
    expect(answer).toMatchObject({ articles: 1, skipped: [], published: false });
    expect(answer.variants.map((v) => [v.index, v.lang, v.revision])).toEqual([
      [0, 'en', 1],
      [1, 'zh-Hans', 1],
    ]);
    const { article } = await author.client.ok<Authored>('GET', `/api/authoring/articles/${id}`);
    expect(article.type).toBe('procedure');
    expect(article.categoryIds).toEqual(['cards/delivery']);
    const en = article.variants.find((v) => v.lang === 'en');
    expect(en?.bodyHtml).toBe('<p>Order it.</p><img src="data:image/png;base64,AAAA" alt="i" />');
    expect(en?.publishedRevision).toBeNull();

    // Importing again is another revision, noted as an import.
    await author.client.ok('POST', '/api/import', { items: [item(id, { source: 'b.md' })] });
    const history = await author.client.ok<{ revisions: { revision: number; note: string }[] }>(
      'GET',
      `/api/authoring/articles/${id}/variants/en/revisions`,
    );
    expect(history.revisions.map((r) => [r.revision, r.note])).toEqual([
      [2, 'Imported from b.md'],
      [1, 'Imported from a.jsonl:1'],
    ]);
  });

  it('rejects the whole import on one bad item, naming its source; keepGoing skips it', async () => {
    const author = await h().user([member('cards', 'author')]);
    const good = unique('good');
    const items = [
      item(good, { source: 'x.jsonl:1' }),
      { ...item(unique('bad'), { source: 'x.jsonl:2' }), colour: 'red' },
      item(unique('bad'), { title: ' ', source: 'x.jsonl:3' }),
      item(good, { source: 'x.jsonl:4' }),
      item(unique('bad'), { lang: 'xx' }),
    ];
    const refused = await author.client.post<ErrorAnswer>('/api/import', { items });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(/^4 bad items; nothing was imported/);
    expect(refused.body.error.details?.items.map((p) => [p.index, p.source])).toEqual([
      [1, 'x.jsonl:2'],
      [2, 'x.jsonl:3'],
      [3, 'x.jsonl:4'],
      [4, undefined],
    ]);
    const messages = refused.body.error.details?.items.map((p) => p.message) ?? [];
    expect(messages[0]).toMatch(/colour/);
    expect(messages[1]).toMatch(/^title:/);
    expect(messages[2]).toBe(`"${good}" in en is already in x.jsonl:1`);
    expect(messages[3]).toMatch(/^lang:/);
    expect((await author.client.get(`/api/authoring/articles/${good}`)).status).toBe(404);

    const kept = await author.client.ok<ImportAnswer>('POST', '/api/import', {
      items,
      keepGoing: true,
    });
    expect(kept.variants.map((v) => v.id)).toEqual([good]);
    expect(kept.skipped.map((p) => p.index)).toEqual([1, 2, 3, 4]);
  });

  it('needs author to import and reviewer to publish; published imports reach agents via the feed', async () => {
    const agent = await h().user([member('cards', 'agent')]);
    const author = await h().user([member('cards', 'author')]);
    const reviewer = await h().user([member('cards', 'reviewer')]);
    const id = unique('pub');
    const body = { items: [item(id)], publish: true };
    expect((await h().anon.post('/api/import', body)).status).toBe(401);
    expect((await agent.client.post('/api/import', body)).status).toBe(403);
    expect((await author.client.post('/api/import', body)).status).toBe(403);
    expect((await author.client.post('/api/import', { items: [], keepGoing: false })).status).toBe(
      400,
    );
    expect(
      (await author.client.post('/api/import', { items: [item(id)], dryRun: true })).status,
    ).toBe(400);

    const before = await feedHead(h().store);
    const answer = await reviewer.client.ok<ImportAnswer>('POST', '/api/import', body);
    expect(answer.published).toBe(true);
    expect(await feedHead(h().store)).toBeGreaterThan(before);
    const seen = await agent.client.ok<{ article: { variants: { title: string }[] } }>(
      'GET',
      `/api/articles/${id}`,
    );
    expect(seen.article.variants.map((v) => v.title)).toEqual([`Title of ${id}`]);
  });

  it('takes a request far larger than other routes (inline images), within limits per item', async () => {
    const author = await h().user([member('cards', 'author')]);
    const image = `data:image/png;base64,${'A'.repeat(3 * 1024 * 1024)}`;
    const id = unique('big');
    const answer = await author.client.ok<ImportAnswer>('POST', '/api/import', {
      items: [item(id, { bodyHtml: `<p><img src="${image}"></p>` })],
    });
    expect(answer.variants).toHaveLength(1);
    const tooBig = await author.client.post<ErrorAnswer>('/api/import', {
      items: [item(unique('huge'), { bodyHtml: 'x'.repeat(17 * 1024 * 1024) })],
    });
    expect(tooBig.status).toBe(400);
    expect(tooBig.body.error.details?.items[0]?.message).toMatch(/^bodyHtml:/);
    // Other routes keep the server-wide limit.
    const elsewhere = await author.client.put(`/api/authoring/articles/${id}/variants/en`, {
      title: 'x',
      bodyHtml: `<p><img src="${image}"></p>`,
    });
    expect(elsewhere.status).toBe(413);
  });
});

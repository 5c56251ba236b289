import { expect, it } from 'vitest';
import type { ArticleRecord, TreeRecord } from '../../shared/sync/records';
import { audience, putArticle, treeDocument } from '../test-support/content';
import { describeStores, member, unique } from '../test-support/harness';

type ArticleAnswer = { article: ArticleRecord };

describeStores('knowledge authoring', (h) => {
  it('keeps every revision and gives agents only the published one', async () => {
    const author = await h().user([member('cards', 'author')]);
    const reviewer = await h().user([member('cards', 'reviewer')]);
    const agent = await h().user([member('cards', 'agent')]);
    const id = unique('rev');
    const path = `/api/authoring/articles/${id}/variants/en`;
    expect(
      (
        await author.client.put(`/api/authoring/articles/${id}`, {
          type: 'procedure',
          owner: reviewer.username,
        })
      ).status,
    ).toBe(201);
    expect(
      await author.client.ok('PUT', path, { title: 'First', bodyHtml: '<p>1</p>', note: 'draft' }),
    ).toEqual({ revision: 1, published: false });
    expect(
      (await author.client.put(path, { title: 'First', bodyHtml: '<p>1</p>', publish: true }))
        .status,
    ).toBe(403);
    expect((await author.client.post(`${path}/publish`)).status).toBe(403);
    expect((await agent.client.get(`/api/articles/${id}`)).status).toBe(404);

    expect(await reviewer.client.ok('POST', `${path}/publish`)).toEqual({ revision: 1 });
    await author.client.ok('PUT', path, { title: 'Second', bodyHtml: '<p>2</p>', note: 'clearer' });
    const seen = await agent.client.ok<ArticleAnswer>('GET', `/api/articles/${id}`);
    expect(seen.article.variants.map((v) => [v.title, v.revision])).toEqual([['First', 1]]);
    expect(seen.article.owner).toBe(reviewer.username);

    await reviewer.client.ok('POST', `${path}/publish`, { revision: 2 });
    expect(
      (await agent.client.ok<ArticleAnswer>('GET', `/api/articles/${id}`)).article.variants[0]
        ?.title,
    ).toBe('Second');
    // Roll back by publishing an older revision.
    await reviewer.client.ok('POST', `${path}/publish`, { revision: 1 });
    expect(
      (await agent.client.ok<ArticleAnswer>('GET', `/api/articles/${id}`)).article.variants[0]
        ?.title,
    ).toBe('First');
    expect((await reviewer.client.post(`${path}/publish`, { revision: 9 })).status).toBe(404);

    const history = await author.client.ok<{
      revisions: { revision: number; note: string; author: { username: string } | null }[];
    }>('GET', `${path}/revisions`);
    expect(history.revisions.map((r) => [r.revision, r.note, r.author?.username])).toEqual([
      [2, 'clearer', author.username],
      [1, 'draft', author.username],
    ]);
    expect((await author.client.delete(`/api/authoring/articles/${id}`)).status).toBe(403);
    expect((await reviewer.client.delete(`/api/authoring/articles/${id}`)).status).toBe(204);
    expect((await reviewer.client.delete(`/api/authoring/articles/${id}`)).status).toBe(404);
  });

  it('keeps articles in several categories of an ordered tree', async () => {
    const { admin } = h();
    const root = unique('root');
    const child = `${root}/child`;
    const other = unique('other');
    await admin.ok('PUT', `/api/authoring/categories/${root}`, {
      names: { en: 'Root', hu: 'Gyökér' },
    });
    await admin.ok('PUT', `/api/authoring/categories/${encodeURIComponent(child)}`, {
      parentId: root,
      position: 1,
      names: { en: 'Child' },
    });
    await admin.ok('PUT', `/api/authoring/categories/${other}`, { names: { en: 'Other' } });
    expect(
      (
        await admin.put(`/api/authoring/categories/${root}`, {
          parentId: child,
          names: { en: 'Root' },
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await admin.put(`/api/authoring/categories/${root}`, {
          parentId: root,
          names: { en: 'Root' },
        })
      ).status,
    ).toBe(400);
    expect((await admin.delete(`/api/authoring/categories/${root}`)).status).toBe(409);
    const id = unique('multi');
    await putArticle(admin, id, { categoryIds: [child, other] });
    expect(
      (await admin.put(`/api/authoring/articles/${id}`, { categoryIds: ['missing-category'] }))
        .status,
    ).toBe(400);
    const agent = await h().user([member('cards', 'agent')]);
    const { article } = await agent.client.ok<ArticleAnswer>('GET', `/api/articles/${id}`);
    expect(article.categoryIds).toEqual([child, other]);
    const list = await agent.client.ok<{ articles: { id: string }[] }>(
      'GET',
      `/api/articles?category=${encodeURIComponent(other)}`,
    );
    expect(list.articles.map((a) => a.id)).toEqual([id]);
    const categories = await agent.client.ok<{
      categories: { id: string; parentId: string | null; names: object }[];
    }>('GET', '/api/categories');
    expect(categories.categories.find((c) => c.id === child)?.parentId).toBe(root);
  });

  it('extracts placeholders from canned responses', async () => {
    const { admin } = h();
    const id = unique('canned');
    await putArticle(admin, id, {
      type: 'canned',
      body: '<p>Dear {{customer.name}}, your card ends in {{ card.last4 }}. Regards, {{agent.name}} {{customer.name}} {not_one}</p>',
    });
    const { article } = await admin.ok<ArticleAnswer>('GET', `/api/articles/${id}`);
    expect(article.type).toBe('canned');
    expect(article.variants[0]?.placeholders).toEqual([
      'customer.name',
      'card.last4',
      'agent.name',
    ]);
  });

  it('versions troubleshooting trees and serves the published version', async () => {
    const { admin } = h();
    const author = await h().user([member('cards', 'author')]);
    const agent = await h().user([member('cards', 'agent')]);
    const id = unique('tree');
    const v1 = treeDocument(id, { title: { en: 'Router' } });
    expect(
      await admin.ok('PUT', `/api/authoring/trees/${id}`, {
        title: { en: 'Router' },
        document: v1,
        publish: true,
      }),
    ).toEqual({ version: 1, published: true });
    expect(
      await author.client.ok('PUT', `/api/authoring/trees/${id}`, {
        title: { en: 'Router' },
        document: { ...v1, start: 'b' },
      }),
    ).toEqual({ version: 2, published: false });
    expect(
      (
        await author.client.put(`/api/authoring/trees/${id}`, {
          title: { en: 'R' },
          document: v1,
          publish: true,
        })
      ).status,
    ).toBe(403);
    let tree = (await agent.client.ok<{ tree: TreeRecord }>('GET', `/api/trees/${id}`)).tree;
    expect([tree.documentVersion, tree.document]).toEqual([1, v1]);
    // Version 2 starts at a node that does not exist: it cannot be published.
    expect((await admin.post(`/api/authoring/trees/${id}/publish`)).status).toBe(422);
    await author.client.ok('PUT', `/api/authoring/trees/${id}`, {
      title: { en: 'Router' },
      document: treeDocument(id, { title: { en: 'Router' }, question: 'Blinking?' }),
    });
    await admin.ok('POST', `/api/authoring/trees/${id}/publish`);
    tree = (await agent.client.ok<{ tree: TreeRecord }>('GET', `/api/trees/${id}`)).tree;
    expect(tree.documentVersion).toBe(3);
    expect(
      (await admin.put(`/api/authoring/trees/${id}`, { title: { en: 'x' }, document: [] })).status,
    ).toBe(400);
  });

  it('lets team leads address notices to their own lines only', async () => {
    const lead = await h().user([member('cards', 'team-lead')]);
    const agent = await h().user([member('cards', 'agent')]);
    const author = await h().user([member('mobile', 'author')]);
    const notice = (aud: ReturnType<typeof audience>) => ({
      priority: 'urgent',
      title: { en: 'New fee', hu: 'Új díj' },
      body: { en: '<p>From Monday <script>x</script></p>' },
      requiresAck: true,
      audience: aud,
    });
    const id = unique('notice');
    expect(
      (await lead.client.put(`/api/authoring/notices/${id}`, notice(audience(['cards'])))).status,
    ).toBe(201);
    expect(
      (await lead.client.put(`/api/authoring/notices/${unique('n')}`, notice(audience(['mobile']))))
        .status,
    ).toBe(403);
    expect(
      (await lead.client.put(`/api/authoring/notices/${unique('n')}`, notice(audience()))).status,
    ).toBe(403);
    expect(
      (await agent.client.put(`/api/authoring/notices/${unique('n')}`, notice(audience(['cards']))))
        .status,
    ).toBe(403);
    expect(
      (await author.client.put(`/api/authoring/notices/${unique('n')}`, notice(audience()))).status,
    ).toBe(201);
    const notices = await agent.client.ok<{
      notices: { id: string; requiresAck: boolean; body: { en: string } }[];
    }>('GET', '/api/notices');
    const mine = notices.notices.find((n) => n.id === id);
    expect(mine?.requiresAck).toBe(true);
    expect(mine?.body.en).toBe('<p>From Monday </p>');
    expect((await lead.client.delete(`/api/authoring/notices/${id}`)).status).toBe(204);
  });

  it('stores synonym sets for everyone', async () => {
    const { admin } = h();
    const id = unique('syn');
    expect(
      (
        await admin.put(`/api/authoring/synonyms/${id}`, {
          lang: 'hu',
          terms: ['bankkártya', 'kártya', 'kártya'],
        })
      ).status,
    ).toBe(201);
    expect(
      (await admin.put(`/api/authoring/synonyms/${id}`, { lang: 'hu', terms: ['one'] })).status,
    ).toBe(400);
    const agent = await h().user([member('loans', 'agent')]);
    const snapshot = await agent.client.ok<{
      records: { kind: string; id: string; terms?: string[] }[];
    }>('GET', '/api/sync/snapshot');
    expect(snapshot.records.find((r) => r.kind === 'synonyms' && r.id === id)?.terms).toEqual([
      'bankkártya',
      'kártya',
    ]);
    expect((await admin.delete(`/api/authoring/synonyms/${id}`)).status).toBe(204);
  });
});

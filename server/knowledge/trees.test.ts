import { expect, it } from 'vitest';
import type { AuthoringTree, AuthoringTreeSummary } from '../../shared/workstation/trees';
import { treeDocument } from '../test-support/content';
import { describeStores, member, unique } from '../test-support/harness';

type ErrorAnswer = {
  error: {
    code: string;
    message: string;
    details?: { problems?: { code: string; nodeId: string | null; message: string }[] };
  };
};

describeStores('troubleshooting tree authoring (issue 7)', (h) => {
  const path = (id: string) => `/api/authoring/trees/${id}`;

  it('lets authors save and read drafts, reviewers publish, and keeps agents out', async () => {
    const agent = await h().user([member('cards', 'agent')]);
    const author = await h().user([member('cards', 'author')]);
    const reviewer = await h().user([member('cards', 'reviewer')]);
    const id = unique('tree');
    const doc = treeDocument(id, { title: { en: 'Router down', hu: 'Nem megy a router' } });
    const save = { title: doc.title, document: doc };

    expect((await agent.client.get('/api/authoring/trees')).status).toBe(403);
    expect((await agent.client.get(path(id))).status).toBe(403);
    expect((await agent.client.put(path(id), save)).status).toBe(403);

    expect(await author.client.ok('PUT', path(id), save)).toEqual({
      version: 1,
      published: false,
    });
    // A draft that does not validate is saved all the same (here: a dangling choice).
    const draft = structuredClone(doc);
    draft.nodes.q1.choices = draft.nodes.q1.choices.map((c, i) =>
      i === 0 ? { ...c, next: 'nowhere' } : c,
    );
    expect(await author.client.ok('PUT', path(id), { ...save, document: draft })).toEqual({
      version: 2,
      published: false,
    });
    expect((await author.client.post(`${path(id)}/publish`, { version: 1 })).status).toBe(403);
    expect((await author.client.put(path(id), { ...save, publish: true })).status).toBe(403);

    const listed = await author.client.ok<{ trees: AuthoringTreeSummary[] }>(
      'GET',
      '/api/authoring/trees',
    );
    expect(listed.trees.find((t) => t.id === id)).toMatchObject({
      title: doc.title,
      latestVersion: 2,
      publishedVersion: null,
    });
    const opened = await reviewer.client.ok<{ tree: AuthoringTree }>('GET', path(id));
    expect(opened.tree).toMatchObject({ id, version: 2, publishedVersion: null, title: doc.title });
    expect(opened.tree.document.nodes.q1).toEqual(draft.nodes.q1);
    expect(opened.tree.audience).toEqual({ businessLines: [], positions: [] });

    expect(await reviewer.client.ok('POST', `${path(id)}/publish`, { version: 1 })).toEqual({
      version: 1,
    });
    expect((await agent.client.get(`/api/trees/${id}`)).status).toBe(200);
    const after = await reviewer.client.ok<{ trees: AuthoringTreeSummary[] }>(
      'GET',
      '/api/authoring/trees',
    );
    expect(after.trees.find((t) => t.id === id)).toMatchObject({
      latestVersion: 2,
      publishedVersion: 1,
    });
    expect((await reviewer.client.get(path(unique('none')))).status).toBe(404);
  });

  it('refuses to publish a tree that does not validate, naming the nodes (422)', async () => {
    const { admin } = h();
    const agent = await h().user([member('cards', 'agent')]);
    const id = unique('tree');
    const doc = treeDocument(id, { title: { en: 'Card declined' } });
    const broken = structuredClone(doc);
    broken.nodes.q1.choices = broken.nodes.q1.choices.map((c, i) =>
      i === 1 ? { ...c, next: 'ghost' } : c,
    );

    const answer = await admin.put<ErrorAnswer>(path(id), {
      title: doc.title,
      document: broken,
      publish: true,
    });
    expect(answer.status).toBe(422);
    expect(answer.body.error.code).toBe('invalid-tree');
    expect(answer.body.error.details?.problems).toContainEqual(
      expect.objectContaining({ code: 'dangling-link', nodeId: 'q1' }),
    );
    expect(answer.body.error.message).toContain('q1');
    // Nothing of the refused save stays: no tree, nothing for agents.
    expect((await admin.get(path(id))).status).toBe(404);
    expect((await agent.client.get(`/api/trees/${id}`)).status).toBe(404);

    // A title in Hungarian makes Hungarian a published language: every text needs it.
    await admin.ok('PUT', path(id), {
      title: { en: 'Card declined', hu: 'Kártya' },
      document: doc,
    });
    const publish = await admin.post<ErrorAnswer>(`${path(id)}/publish`);
    expect(publish.status).toBe(422);
    const problems = publish.body.error.details?.problems ?? [];
    expect(problems.filter((p) => p.code === 'missing-translation').map((p) => p.nodeId)).toEqual(
      expect.arrayContaining(['q1', 'fixed', 'escalate']),
    );
    expect((await agent.client.get(`/api/trees/${id}`)).status).toBe(404);
  });

  it('gives the document back with its nodes in the order the author saved them', async () => {
    const author = await h().user([member('cards', 'author')]);
    const id = unique('tree');
    const doc = treeDocument(id, { title: { en: 'Router down' } });
    // Reverse the authored order (jsonb would hand the keys back sorted by length, then bytes).
    const reordered = {
      ...doc,
      nodes: Object.fromEntries(Object.entries(doc.nodes).reverse()),
    };
    await author.client.ok('PUT', path(id), { title: doc.title, document: reordered });
    const opened = await author.client.ok<{ tree: AuthoringTree }>('GET', path(id));
    expect(Object.keys(opened.tree.document.nodes)).toEqual(Object.keys(reordered.nodes));
  });

  it('answers 409 instead of overwriting a version saved since the author opened it', async () => {
    const author = await h().user([member('cards', 'author')]);
    const id = unique('tree');
    const doc = treeDocument(id, { title: { en: 'Router down' } });
    const save = { title: doc.title, document: doc };
    expect(await author.client.ok('PUT', path(id), { ...save, baseVersion: 0 })).toMatchObject({
      version: 1,
    });
    // A second "new tree" with the same id, and an edit of version 1 after someone saved 2.
    expect((await author.client.put(path(id), { ...save, baseVersion: 0 })).status).toBe(409);
    expect(await author.client.ok('PUT', path(id), { ...save, baseVersion: 1 })).toMatchObject({
      version: 2,
    });
    const stale = await author.client.put(path(id), { ...save, baseVersion: 1 });
    expect(stale.status).toBe(409);
    expect((stale.body as ErrorAnswer).error.message).toContain('version 2');
    // Nothing was written by the refused saves.
    const opened = await author.client.ok<{ tree: AuthoringTree }>('GET', path(id));
    expect(opened.tree.version).toBe(2);
  });

  it('refuses a document that is not a tree, or is another tree (400)', async () => {
    const { admin } = h();
    const id = unique('tree');
    const notATree = await admin.put<ErrorAnswer>(path(id), {
      title: { en: 'x' },
      document: { id, start: 'q1' },
    });
    expect(notATree.status).toBe(400);
    expect(notATree.body.error.message).toContain('not a troubleshooting tree');
    const other = await admin.put<ErrorAnswer>(path(id), {
      title: { en: 'x' },
      document: treeDocument('another-tree'),
    });
    expect(other.status).toBe(400);
    expect(other.body.error.message).toContain('"another-tree"');
    expect((await admin.get(path(id))).status).toBe(404);
  });
});

import { expect, it } from 'vitest';
import type { ChangesResponse } from '../../shared/sync/protocol';
import {
  AUTHORING_ROUTES,
  authoringAnswers,
  type AuthoringCategory,
  type AuthoringInput,
  type AuthoringOp,
} from '../../shared/workstation/authoring';
import type { TestClient } from '../test-support/client';
import { putArticle } from '../test-support/content';
import { describeStores, member, unique, USER_PASSWORD } from '../test-support/harness';
import { MiniReplica } from '../test-support/replica';

/** Calls an operation the way AgentCore does (AUTHORING_ROUTES) and parses the answer with its schema. */
async function call<K extends AuthoringOp>(client: TestClient, input: AuthoringInput<K>) {
  const route = AUTHORING_ROUTES[input.op] as unknown as {
    method: string;
    path: (i: AuthoringInput<K>) => string;
    body?: (i: AuthoringInput<K>) => unknown;
  };
  const answer = await client.request(route.method, route.path(input), route.body?.(input));
  return {
    status: answer.status,
    body: answer.body as { error?: { message: string } } | undefined,
    parsed: () => authoringAnswers[input.op].parse(answer.body ?? {}),
  };
}

async function categories(client: TestClient): Promise<AuthoringCategory[]> {
  const answer = await call<'listCategories'>(client, { op: 'listCategories' });
  expect(answer.status).toBe(200);
  return (answer.parsed() as { categories: AuthoringCategory[] }).categories;
}

const childrenOf = (all: AuthoringCategory[], parentId: string | null) =>
  all.filter((c) => c.parentId === parentId).map((c) => [c.id, c.position]);

async function changes(replica: MiniReplica) {
  const pages: ChangesResponse[] = await replica.pull();
  return pages.flatMap((p) => (p.type === 'changes' ? p.items : []));
}

describeStores('category, synonym and owner management (issue 9; R12, R3, R16)', (h) => {
  it('R12: creates categories last among their siblings, renames them in place, refuses agents', async () => {
    const author = await h().user([member('cards', 'author')]);
    const agent = await h().user([member('cards', 'agent')]);
    const root = unique('root');
    const save = (id: string, parentId: string | null, names: Record<string, string>) =>
      call<'saveCategory'>(author.client, { op: 'saveCategory', id, parentId, names });

    expect((await save(root, null, { en: 'Cards', hu: 'Kártyák' })).status).toBe(201);
    for (const name of ['a', 'b', 'c']) {
      const answer = await save(`${root}-${name}`, root, { en: name.toUpperCase() });
      expect(answer.status).toBe(201);
      expect(answer.parsed()).toEqual({});
    }
    // Rename: names change, parent and place stay even when the body names another parent.
    const renamed = await save(`${root}-b`, null, { en: 'B2', 'zh-Hans': '乙', hu: ' ' });
    expect(renamed.status).toBe(200);
    let all = await categories(author.client);
    expect(childrenOf(all, root)).toEqual([
      [`${root}-a`, 0],
      [`${root}-b`, 1],
      [`${root}-c`, 2],
    ]);
    expect(all.find((c) => c.id === `${root}-b`)?.names).toEqual({ en: 'B2', 'zh-Hans': '乙' });

    expect((await save(unique('x'), unique('missing'), { en: 'X' })).status).toBe(404);
    expect((await save(unique('x'), null, { en: '  ' })).status).toBe(400);
    const refused = await call<'saveCategory'>(agent.client, {
      op: 'saveCategory',
      id: unique('x'),
      parentId: null,
      names: { en: 'X' },
    });
    expect(refused.status).toBe(403);
    expect((await call<'listCategories'>(agent.client, { op: 'listCategories' })).status).toBe(403);
    all = await categories(author.client);
    expect(all.filter((c) => c.id.startsWith(root))).toHaveLength(4);
  });

  it('R12: moves and reorders with renumbering of both parents, refuses cycles and unknown ids, and feeds every changed category', async () => {
    const author = await h().user([member('cards', 'author')]);
    const agent = await h().user([member('loans', 'agent')]);
    const p = unique('p');
    const q = unique('q');
    const make = (id: string, parentId: string | null) =>
      call<'saveCategory'>(author.client, {
        op: 'saveCategory',
        id,
        parentId,
        names: { en: id },
      });
    await make(p, null);
    await make(q, null);
    for (const n of [1, 2, 3]) await make(`${p}-${n}`, p);
    await make(`${q}-1`, q);
    const move = (id: string, parentId: string | null, index: number) =>
      call<'moveCategory'>(author.client, { op: 'moveCategory', id, parentId, index });

    const replica = new MiniReplica(agent.client);
    await replica.bootstrap();

    // Reorder among siblings: 3 to the front.
    const first = await move(`${p}-3`, p, 0);
    expect(first.status).toBe(200);
    expect(first.parsed()).toEqual({});
    let all = await categories(author.client);
    expect(childrenOf(all, p)).toEqual([
      [`${p}-3`, 0],
      [`${p}-1`, 1],
      [`${p}-2`, 2],
    ]);
    const fed = await changes(replica);
    expect(
      fed
        .filter((i) => i.op === 'upsert' && i.record.kind === 'category')
        .map((i) => i.op === 'upsert' && i.record.id)
        .sort(),
    ).toEqual([`${p}-1`, `${p}-2`, `${p}-3`].sort());

    // Move across parents (index past the end: last); both parents are renumbered.
    expect((await move(`${p}-1`, q, 99)).status).toBe(200);
    all = await categories(author.client);
    expect(childrenOf(all, p)).toEqual([
      [`${p}-3`, 0],
      [`${p}-2`, 1],
    ]);
    expect(childrenOf(all, q)).toEqual([
      [`${q}-1`, 0],
      [`${p}-1`, 1],
    ]);
    await changes(replica);
    const record = (id: string) => replica.records.get(MiniReplica.key('category', id));
    expect(record(`${p}-1`)).toMatchObject({ parentId: q, position: 1 });
    expect(record(`${p}-2`)).toMatchObject({ parentId: p, position: 1 });

    // To the top level, at the front.
    expect((await move(q, null, 0)).status).toBe(200);
    all = await categories(author.client);
    expect(all.find((c) => c.id === q)).toMatchObject({ parentId: null, position: 0 });

    // Cycles and unknown ids; nothing changes.
    const before = await categories(author.client);
    expect((await move(q, `${p}-1`, 0)).status).toBe(400);
    expect((await move(p, p, 0)).status).toBe(400);
    expect((await move(unique('none'), null, 0)).status).toBe(404);
    expect((await move(p, unique('none'), 0)).status).toBe(404);
    expect(await categories(author.client)).toEqual(before);
    expect(
      (await call<'deleteCategory'>(author.client, { op: 'deleteCategory', id: q })).status,
    ).toBe(409);
  });

  it('R12: lists how many articles link to each category; an article sits in several', async () => {
    const { admin } = h();
    const a = unique('cat-a');
    const b = unique('cat-b');
    for (const id of [a, b]) {
      await call<'saveCategory'>(admin, {
        op: 'saveCategory',
        id,
        parentId: null,
        names: { en: id },
      });
    }
    await putArticle(admin, unique('art'), { categoryIds: [a, b] });
    await putArticle(admin, unique('art'), { categoryIds: [a] });
    await putArticle(admin, unique('art'), { categoryIds: [a], publish: false });
    const all = await categories(admin);
    expect(all.find((c) => c.id === a)?.articleCount).toBe(3);
    expect(all.find((c) => c.id === b)?.articleCount).toBe(1);
    // Ordered by parent then position: top-level categories come first, in order.
    const top = all.filter((c) => c.parentId === null).map((c) => c.position);
    expect(top).toEqual([...top].sort((x, y) => x - y));
    const deleted = await call<'deleteCategory'>(admin, { op: 'deleteCategory', id: b });
    expect(deleted.status).toBe(204);
    expect((await categories(admin)).some((c) => c.id === b)).toBe(false);
  });

  it('R3: lists, saves and deletes synonym sets, and the sync feed carries each change', async () => {
    const author = await h().user([member('cards', 'author')]);
    const agent = await h().user([member('mobile', 'agent')]);
    const replica = new MiniReplica(agent.client);
    await replica.bootstrap();
    const id = unique('syn');
    const save = (terms: string[]) =>
      call<'saveSynonymSet'>(author.client, { op: 'saveSynonymSet', id, lang: 'hu', terms });

    expect((await save(['bankkártya', 'kártya'])).status).toBe(201);
    const replaced = await save(['bankkártya', 'plasztik']);
    expect(replaced.status).toBe(200);
    expect(replaced.parsed()).toEqual({});
    const listed = await call<'listSynonyms'>(author.client, { op: 'listSynonyms' });
    const sets = (listed.parsed() as { sets: { id: string; terms: string[]; lang: string }[] })
      .sets;
    expect(sets.find((s) => s.id === id)).toMatchObject({
      lang: 'hu',
      terms: ['bankkártya', 'plasztik'],
    });

    await changes(replica);
    expect(replica.records.get(MiniReplica.key('synonyms', id))).toMatchObject({
      terms: ['bankkártya', 'plasztik'],
    });
    expect((await call<'listSynonyms'>(agent.client, { op: 'listSynonyms' })).status).toBe(403);
    const refused = await call<'saveSynonymSet'>(agent.client, {
      op: 'saveSynonymSet',
      id,
      lang: 'hu',
      terms: ['x', 'y'],
    });
    expect(refused.status).toBe(403);

    const deleted = await call<'deleteSynonymSet'>(author.client, { op: 'deleteSynonymSet', id });
    expect(deleted.status).toBe(204);
    expect(await changes(replica)).toContainEqual({ op: 'delete', kind: 'synonyms', id });
    expect(replica.records.has(MiniReplica.key('synonyms', id))).toBe(false);
    expect(
      (await call<'deleteSynonymSet'>(author.client, { op: 'deleteSynonymSet', id })).status,
    ).toBe(404);
  });

  it('R16: lists enabled authors, reviewers and administrators as owners, by display name', async () => {
    const { admin } = h();
    const make = async (displayName: string, position: string, disabled = false) => {
      const username = unique('owner');
      const created = await admin.ok<{ user: { id: number } }>('POST', '/api/admin/users', {
        username,
        displayName,
        password: USER_PASSWORD,
        memberships: [member('cards', position)],
      });
      if (disabled)
        await admin.ok('PATCH', `/api/admin/users/${created.user.id}`, { disabled: true });
      return username;
    };
    const tag = unique('Zz');
    const author = await make(`${tag} Beáta`, 'author');
    const reviewer = await make(`${tag} Ádám`, 'reviewer');
    const lineAdmin = await make(`${tag} Csaba`, 'line-admin');
    const agent = await make(`${tag} Dóra`, 'agent');
    const gone = await make(`${tag} Emil`, 'author', true);
    const reader = await h().user([member('cards', 'agent')]);
    expect((await call<'listOwners'>(reader.client, { op: 'listOwners' })).status).toBe(403);

    const answer = await call<'listOwners'>(admin, { op: 'listOwners' });
    const { owners } = answer.parsed() as { owners: { username: string; displayName: string }[] };
    const mine = owners.filter((o) => o.displayName.startsWith(tag)).map((o) => o.username);
    expect(mine).toEqual([reviewer, author, lineAdmin]);
    expect(owners.map((o) => o.username)).not.toContain(agent);
    expect(owners.map((o) => o.username)).not.toContain(gone);
    expect(owners.map((o) => o.username)).toContain('admin');
    const names = owners.map((o) => o.displayName);
    expect(names).toEqual([...names].sort((x, y) => x.localeCompare(y, 'en')));
  });
});

import { afterEach, expect, it } from 'vitest';
import { describeStores, member, unique } from '../../server/test-support/harness';
import { openWorkstation, waitFor, type Workstation } from './support/workstations';

/*
 * The review workflow end to end (issue 9 item 4, R15) through real workstations: an author writes
 * and submits an article, a reviewer approves it, an agent's replica receives it only then, keeps
 * the published revision while the author drafts a new one, and loses it when it is archived.
 */

const open: Workstation[] = [];
afterEach(async () => {
  for (const ws of open.splice(0)) await ws.dispose();
});

describeStores('authoring workflow end to end', (h) => {
  const workstation = async (position: string) => {
    const user = await h().user([member('cards', position)]);
    const ws = await openWorkstation(h(), user);
    open.push(ws);
    return ws;
  };

  it('an agent sees the article only after approval, keeps the published text, and loses it on archive (R15)', async () => {
    const [author, reviewer, agent] = [
      await workstation('author'),
      await workstation('reviewer'),
      await workstation('agent'),
    ];
    const id = unique('flow');
    const saveText = (title: string, baseRevision: number) =>
      author.core.authoring({
        op: 'saveVariant',
        id,
        lang: 'en',
        title,
        summary: '',
        bodyHtml: `<p>${title}</p>`,
        tags: [],
        synonyms: [],
        note: '',
        baseRevision,
      });

    const created = await author.core.authoring({
      op: 'saveArticleMeta',
      meta: { id, type: 'procedure' },
    });
    expect(created.ok && created.article).toMatchObject({
      status: 'draft',
      owner: author.user.username,
    });
    expect(await saveText('Replace a damaged card', 0)).toEqual({ ok: true, revision: 1 });
    expect(
      await author.core.authoring({ op: 'workflow', id, action: 'submit', comment: 'New' }),
    ).toMatchObject({ ok: true, article: { status: 'in-review' } });
    expect(
      await author.core.authoring({ op: 'workflow', id, action: 'approve', comment: '' }),
    ).toMatchObject({ ok: false, problem: 'forbidden' });
    expect(await agent.core.authoring({ op: 'listArticles' })).toMatchObject({
      ok: false,
      problem: 'forbidden',
    });

    await agent.core.syncNow();
    expect(await agent.core.getArticle({ id })).toBeNull();

    expect(
      await reviewer.core.authoring({ op: 'workflow', id, action: 'approve', comment: 'Fine' }),
    ).toMatchObject({ ok: true, article: { status: 'published' } });
    await waitFor('the approved article to reach the agent', async () => {
      await agent.core.syncNow();
      return (await agent.core.getArticle({ id })) !== null;
    });
    expect(await agent.core.getArticle({ id })).toMatchObject({
      title: 'Replace a damaged card',
      revision: 1,
    });

    // A new draft: the agent keeps the published revision.
    expect(await saveText('Replace a damaged card (draft)', 1)).toEqual({ ok: true, revision: 2 });
    expect(await saveText('Someone else', 1)).toMatchObject({ ok: false, problem: 'conflict' });
    await agent.core.syncNow();
    expect(await agent.core.getArticle({ id })).toMatchObject({
      title: 'Replace a damaged card',
      revision: 1,
    });

    expect(
      await reviewer.core.authoring({ op: 'workflow', id, action: 'archive', comment: 'Old' }),
    ).toMatchObject({ ok: true, article: { status: 'archived' } });
    await waitFor('the archived article to leave the agent', async () => {
      await agent.core.syncNow();
      return (await agent.core.getArticle({ id })) === null;
    });
  });
});

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { startSession, answer } from '../../shared/trees/runner';
import { treeSearchId, type TreeOutcomeReport } from '../../shared/workstation/trees';
import { SESSION_FILE } from '../../electron/core/sync/workstation-sync';
import { treeDocument } from '../../server/test-support/content';
import { describeStores, member, unique } from '../../server/test-support/harness';
import { openWorkstation, waitFor, type Workstation } from './support/workstations';

/*
 * Issue 7 against a real server: an author and a reviewer edit and publish a tree through their
 * workstations, an agent's workstation receives it by sync, finds it, runs it across a restart,
 * reports the outcome once, and loses it with the tree.
 */

const open: Workstation[] = [];
afterEach(async () => {
  for (const ws of open.splice(0)) await ws.dispose();
});

describeStores('troubleshooting trees end to end', (h) => {
  const workstation = async (position: string) => {
    const user = await h().user([member('cards', position)]);
    const ws = await openWorkstation(h(), user);
    open.push(ws);
    return ws;
  };

  const huSearch = async (ws: Workstation, text: string) =>
    (await ws.core.search({ text, lang: 'hu' })).hits.map((hit) => hit.id);

  it('author saves, reviewer publishes, an agent finds, runs, resumes and reports it; a delete takes it away', async () => {
    const [author, reviewer, agent] = [
      await workstation('author'),
      await workstation('reviewer'),
      await workstation('agent'),
    ];
    const session = await author.core.getSession();
    // The author position also holds the agent capability (default org), not the reviewer one.
    expect(session.status === 'signed-in' && session.capabilities).toEqual(['agent', 'author']);

    const id = unique('tree');
    const title = { en: 'Blinking cable modem', hu: 'Villogó kábelmodem ébresztése' };
    const document = treeDocument(id, { title, articleId: 'modem-guide' });

    // A draft with a dangling choice is saved, but cannot be published.
    const broken = structuredClone(document);
    broken.nodes.q1.choices = broken.nodes.q1.choices.map((c, i) =>
      i === 1 ? { ...c, next: 'ghost' } : c,
    );
    expect(await author.core.saveAuthoringTree({ id, title, document: broken })).toEqual({
      ok: true,
      version: 1,
    });
    const refused = await reviewer.core.publishAuthoringTree({ id, version: 1 });
    expect(refused).toMatchObject({ ok: false, problem: 'invalid' });
    expect(!refused.ok && refused.problems?.map((p) => [p.code, p.nodeId])).toContainEqual([
      'dangling-link',
      'q1',
    ]);

    expect(await author.core.saveAuthoringTree({ id, title, document })).toEqual({
      ok: true,
      version: 2,
    });
    expect(await author.core.publishAuthoringTree({ id, version: 2 })).toMatchObject({
      ok: false,
      problem: 'forbidden',
    });
    expect(await agent.core.listAuthoringTrees()).toMatchObject({
      ok: false,
      problem: 'forbidden',
    });
    const listed = await reviewer.core.listAuthoringTrees();
    expect(listed.ok && listed.trees.find((t) => t.id === id)).toMatchObject({
      latestVersion: 2,
      publishedVersion: null,
    });
    const opened = await reviewer.core.getAuthoringTree({ id });
    expect(opened.ok && opened.tree.document).toEqual(document);
    expect(await reviewer.core.publishAuthoringTree({ id, version: 2 })).toEqual({
      ok: true,
      version: 2,
    });

    // The agent's workstation receives it by sync and finds it in Hungarian without accents.
    await waitFor('the tree to reach the agent', async () => {
      await agent.core.syncNow();
      return (await agent.core.listTrees()).some((t) => t.id === id);
    });
    expect(await huSearch(agent, 'villogo kabelmodem ebresztese')).toContain(treeSearchId(id));
    expect(await agent.core.listArticleTrees({ id: 'modem-guide' })).toEqual([
      { id, title: 'Blinking cable modem', lang: 'en' },
    ]);
    const run = await agent.core.getTree({ id, lang: 'hu' });
    expect(run).toMatchObject({ id, lang: 'hu', documentVersion: 2, session: null });
    if (!run) throw new Error('no tree');

    // An interrupted run survives a restart of the workstation.
    const started = answer(run.tree, startSession(run.tree, 1_000), 1, 4_000);
    await agent.core.saveTreeSession({ treeId: id, session: started });
    agent.stop();
    await agent.restart();
    const resumed = await agent.core.getTree({ id });
    expect(resumed?.session?.path.map((v) => v.nodeId)).toEqual(['q1', 'escalate']);
    expect((await agent.core.listTrees()).find((t) => t.id === id)?.savedSession?.steps).toBe(1);

    // The outcome reaches the server once, and the saved run is forgotten.
    const report: TreeOutcomeReport = {
      treeId: id,
      documentVersion: 2,
      lang: 'hu',
      outcome: 'escalated',
      endNode: 'escalate',
      queue: 'L2',
      articleId: null,
      path: [
        { node: 'q1', ms: 3_000 },
        { node: 'escalate', ms: 500 },
      ],
      totalMs: 3_500,
    };
    await agent.core.reportTreeOutcome(report);
    expect((await agent.core.getTree({ id }))?.session).toBeNull();
    const outcomes = () =>
      h().store.query<{ payload: unknown }>(
        `SELECT payload FROM agent_events WHERE user_id = $1 AND type = 'tree-outcome'`,
        [agent.user.id],
      );
    await waitFor('the outcome to reach the server', async () => {
      await agent.core.syncNow();
      return (await agent.core.getSyncState()).outboxPending === 0;
    });
    await agent.core.syncNow();
    expect((await outcomes()).map((r) => r.payload)).toEqual([report]);

    // Deleted on the server: gone from the list, from search and with its saved run.
    await agent.core.saveTreeSession({ treeId: id, session: started });
    await reviewer.user.client.ok('DELETE', `/api/authoring/trees/${id}`);
    await waitFor('the tree to leave the agent', async () => {
      await agent.core.syncNow();
      return !(await agent.core.listTrees()).some((t) => t.id === id);
    });
    expect(await huSearch(agent, 'villogo kabelmodem ebresztese')).not.toContain(treeSearchId(id));
    expect(await agent.core.getTree({ id })).toBeNull();
    await expect(agent.core.saveTreeSession({ treeId: id, session: started })).rejects.toThrow(
      /no troubleshooting tree/,
    );
    expect(await agent.core.listArticleTrees({ id: 'modem-guide' })).toEqual([]);
  });

  it('a session stored before capabilities existed still loads, and learns them from the server', async () => {
    const reviewer = await workstation('reviewer');
    reviewer.stop();
    const file = join(reviewer.dataDir, SESSION_FILE);
    const stored = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    expect(stored.capabilities).toEqual(['agent', 'author', 'reviewer']);
    delete stored.capabilities;
    writeFileSync(file, JSON.stringify(stored));
    await reviewer.restart();
    expect((await reviewer.core.getSession()).status).toBe('signed-in');
    await waitFor('the capabilities to be refreshed', async () => {
      const s = await reviewer.core.getSession();
      return s.status === 'signed-in' && s.capabilities.includes('reviewer');
    });
    const again = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    expect(again.capabilities).toEqual(['agent', 'author', 'reviewer']);
  });
});

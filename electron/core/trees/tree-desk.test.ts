// Running troubleshooting trees from the replica (issue 7 items 2–3).
import { afterEach, describe, expect, it } from 'vitest';
import {
  outboxEventSchema,
  type EventPayload,
  type OutboxEventType,
} from '../../../shared/sync/outbox';
import { startSession, answer } from '../../../shared/trees/runner';
import type { TreeOutcomeReport } from '../../../shared/workstation/trees';
import type { ContentLanguage } from '../../../shared/languages';
import { applyChangesPage } from '../../../db/sync/apply';
import { options } from '../../../db/sync/test-records';
import { demoTreeRecords } from '../../../db/trees/test-trees';
import { tempReplica } from '../../../db/testing';
import { TreeDesk, UNKNOWN_TREE } from './tree-desk';

type Report = { type: OutboxEventType; payload: EventPayload<OutboxEventType> };

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function desk(langs: ContentLanguage[] = ['hu', 'en']) {
  const r = tempReplica();
  cleanups.push(r.dispose);
  applyChangesPage(
    r.replica,
    demoTreeRecords.map((record) => ({ op: 'upsert' as const, record })),
    1,
    options,
  );
  const reports: Report[] = [];
  const logged: string[] = [];
  const d = new TreeDesk({
    replica: r.replica,
    readingLanguages: (preferred) => (preferred ? [preferred, ...langs] : langs),
    report: (type, payload) => reports.push({ type, payload }),
    log: (message) => logged.push(message),
    now: () => new Date('2026-11-24T08:00:00.000Z'),
  });
  return { desk: d, reports, logged, replica: r.replica };
}

const CARD = 'tree-card-declined';

describe('TreeDesk', () => {
  it('lists every tree in the best reading language, with its first question', () => {
    const { desk: d } = desk(['hu', 'en']);
    const list = d.list();
    expect(list.map((t) => t.id).sort()).toEqual(demoTreeRecords.map((t) => t.id).sort());
    const card = list.find((t) => t.id === CARD);
    expect(card).toMatchObject({
      title: 'Elutasított kártyás fizetés',
      lang: 'hu',
      documentVersion: 1,
      savedSession: null,
    });
    expect(card?.firstStep).toContain('CardDesk');
    expect(card?.nodeCount).toBeGreaterThan(3);
    expect(
      desk(['zh-Hant'])
        .desk.list()
        .find((t) => t.id === CARD)?.title,
    ).toBe('刷卡被拒絕');
  });

  it('keeps a run across calls, resumes it only while it fits the tree, and forgets it on request', () => {
    const { desk: d } = desk();
    const tree = d.get({ id: CARD })?.tree;
    if (!tree) throw new Error('no tree');
    const run = answer(tree, startSession(tree, 1000), 0, 2000);
    d.saveSession({ treeId: CARD, session: run });
    const again = d.get({ id: CARD, lang: 'en' });
    expect(again?.lang).toBe('en');
    expect(again?.langs).toEqual(['en', 'zh-Hans', 'zh-Hant', 'hu', 'id']);
    expect(again?.session?.path.map((v) => v.nodeId)).toEqual(run.path.map((v) => v.nodeId));
    expect(d.list().find((t) => t.id === CARD)?.savedSession).toEqual({
      updatedAt: '2026-11-24T08:00:00.000Z',
      steps: 1,
    });

    // A run that no longer fits (an answer the tree does not have) is not offered.
    d.saveSession({
      treeId: CARD,
      session: {
        ...run,
        path: [{ nodeId: tree.start, enteredAt: 1000, answer: { kind: 'choice', index: 42 } }],
      },
    });
    expect(d.get({ id: CARD })?.session).toBeNull();
    expect(d.list().find((t) => t.id === CARD)?.savedSession).toBeNull();

    d.saveSession({ treeId: CARD, session: null });
    d.saveSession({ treeId: CARD, session: null });
    expect(d.get({ id: CARD })?.session).toBeNull();
  });

  it('refuses to save a run for a tree the replica lacks, or for another tree', () => {
    const { desk: d } = desk();
    const session = { treeId: 'gone', path: [{ nodeId: 'q', enteredAt: 1 }], variables: {} };
    expect(() => d.saveSession({ treeId: 'gone', session })).toThrow(UNKNOWN_TREE('gone'));
    expect(() => d.saveSession({ treeId: CARD, session })).toThrow(/belongs to tree "gone"/);
    expect(d.get({ id: 'gone' })).toBeNull();
  });

  it('leaves out a tree whose document cannot be read, and logs it once', () => {
    const { desk: d, logged, replica } = desk();
    replica.db.prepare(`UPDATE tree SET document = '{"nodes": 3}' WHERE id = ?`).run(CARD);
    expect(d.get({ id: CARD })).toBeNull();
    expect(d.list().map((t) => t.id)).not.toContain(CARD);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain(CARD);
  });

  it('reports an outcome to the outbox as a valid event and forgets the saved run', () => {
    const { desk: d, reports } = desk();
    const tree = d.get({ id: CARD })?.tree;
    if (!tree) throw new Error('no tree');
    d.saveSession({ treeId: CARD, session: startSession(tree, 1) });
    const report: TreeOutcomeReport = {
      treeId: CARD,
      documentVersion: 1,
      lang: 'hu',
      outcome: 'abandoned',
      endNode: tree.start,
      queue: null,
      articleId: null,
      path: [{ node: tree.start, ms: 1200 }],
      totalMs: 1200,
    };
    d.reportOutcome(report);
    expect(reports).toEqual([{ type: 'tree-outcome', payload: report }]);
    const event = {
      key: '3f1c1f9e-6d0c-4a53-9a43-6b8e0d3f4c11',
      occurredAt: '2026-11-24T08:00:00.000Z',
      deviceId: 'ws-1',
      type: 'tree-outcome',
      payload: report,
    };
    expect(outboxEventSchema.safeParse(event).success).toBe(true);
    expect(d.get({ id: CARD })?.session).toBeNull();
  });

  it('names the trees that resolve with an article, in the reading language', () => {
    const { desk: d } = desk(['en']);
    expect(d.articleTrees({ id: 'card-declined-abroad' })).toEqual([
      { id: CARD, title: 'Card declined', lang: 'en' },
    ]);
    expect(d.articleTrees({ id: 'card-declined-abroad', lang: 'id' })[0]?.lang).toBe('id');
    expect(d.articleTrees({ id: 'nothing' })).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { bootstrapIfEmpty } from '../bootstrap';
import { migrate } from '../store/migrate';
import { createTestStore, postgresAvailable } from '../test-support/stores';
import { DEFAULT_DEMO_DIR } from './demo-loader';
import { listInbox } from './feedback-queries';

const PG_UP = await postgresAvailable();

/** The demo inbox has something in it whoever the demo loader makes the owners (R17). */
for (const kind of ['pglite', 'postgres'] as const) {
  describe.skipIf(kind === 'postgres' && !PG_UP)(`demo feedback [${kind}]`, () => {
    it('seeds open flags, a vote and a question, and one answered flag', async () => {
      const db = await createTestStore(kind);
      try {
        await migrate(db.store);
        await bootstrapIfEmpty(db.store, { demoDir: DEFAULT_DEMO_DIR, log: () => undefined });
        const open = await listInbox(db.store, { owner: null, status: 'open' });
        expect(open.map((i) => [i.kind, i.articleId ?? i.query, i.from?.username]).sort()).toEqual([
          ['flag', 'contactless-limit', 'agent.cards'],
          ['not-helpful', 'card-declined-abroad', 'agent.mobile'],
          ['question', 'can I pay with my watch abroad', 'agent.cards'],
        ]);
        expect(open.every((i) => i.articleId === null || i.articleTitle)).toBe(true);
        const closed = await listInbox(db.store, { owner: null, status: 'closed' });
        expect(closed).toEqual([
          expect.objectContaining({
            kind: 'flag',
            articleId: 'foreign-transaction-fees',
            status: 'replied',
            reply: expect.stringContaining('withdrawals'),
          }),
        ]);
      } finally {
        await db.dispose();
      }
      // Loading the whole demo knowledge base takes a while on PGlite on a busy machine.
    }, 180_000);
  });
}

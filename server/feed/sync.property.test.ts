import fc from 'fast-check';
import { expect, it } from 'vitest';
import { audience, putArticle } from '../test-support/content';
import { describeStores, LINES, member, unique } from '../test-support/harness';
import { MiniReplica, snapshotContents } from '../test-support/replica';

const AUDIENCES = [
  audience(),
  audience(['cards']),
  audience(['mobile']),
  audience(['cards'], ['team-lead']),
  audience([], ['agent']),
  audience(['loans', 'mobile']),
];
const POSITIONS = ['agent', 'team-lead'] as const;

type Op =
  | { op: 'publish' | 'audience'; article: number; audience: number }
  | { op: 'unpublish' | 'delete'; article: number }
  | { op: 'join' | 'leave'; line: number; position: number }
  | { op: 'pull'; limit: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    op: fc.constantFrom('publish' as const, 'audience' as const),
    article: fc.nat(3),
    audience: fc.nat(AUDIENCES.length - 1),
  }),
  fc.record({ op: fc.constantFrom('unpublish' as const, 'delete' as const), article: fc.nat(3) }),
  fc.record({
    op: fc.constantFrom('join' as const, 'leave' as const),
    line: fc.nat(LINES.length - 1),
    position: fc.nat(1),
  }),
  fc.record({ op: fc.constant('pull' as const), limit: fc.integer({ min: 1, max: 5 }) }),
);

/**
 * Whatever authors and administrators do, in whatever order the agent pulls, the replica ends
 * equal to a fresh snapshot: nothing missed, nothing kept that the agent may no longer see.
 */
describeStores('sync property', (h) => {
  it('keeps the replica equal to a fresh snapshot through random changes and pulls', async () => {
    const { admin } = h();
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 10 }), async (ops) => {
        const tag = unique('prop');
        const agent = await h().user([member('cards', 'agent')]);
        const replica = new MiniReplica(agent.client);
        await replica.bootstrap();
        const articleId = (n: number) => `${tag}-${n}`;
        for (const step of ops) {
          switch (step.op) {
            case 'publish':
              await putArticle(admin, articleId(step.article), {
                audience: AUDIENCES[step.audience],
              });
              break;
            case 'audience':
              await admin.request('PUT', `/api/authoring/articles/${articleId(step.article)}`, {
                audience: AUDIENCES[step.audience],
              });
              break;
            case 'unpublish':
              await admin.request(
                'POST',
                `/api/authoring/articles/${articleId(step.article)}/variants/en/unpublish`,
              );
              break;
            case 'delete':
              await admin.request('DELETE', `/api/authoring/articles/${articleId(step.article)}`);
              break;
            case 'join':
              await admin.ok(
                'POST',
                `/api/admin/users/${agent.id}/memberships`,
                member(LINES[step.line] ?? 'cards', POSITIONS[step.position] ?? 'agent'),
              );
              break;
            case 'leave':
              await admin.request(
                'DELETE',
                `/api/admin/users/${agent.id}/memberships/${LINES[step.line]}/${POSITIONS[step.position]}`,
              );
              break;
            case 'pull':
              await replica.pull(step.limit);
              break;
          }
        }
        await replica.pull(3);
        expect(replica.contents()).toEqual(await snapshotContents(agent.client));
      }),
      { numRuns: 12 },
    );
  }, 120_000);
});

import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { audience, putArticle } from '../../server/test-support/content';
import { describeStores, member, unique } from '../../server/test-support/harness';
import { replicaContents, serverContents } from './support/replica-contents';
import { openWorkstation, waitFor, type Workstation } from './support/workstations';

/*
 * Issue 5, item 5: 3 workstations × 200 random operations — publish, edit, delete, audience
 * change, a workstation going offline and coming back, a restart — with pokes and timers running
 * as in production. However the operations interleave with the pulls, every replica ends equal
 * to what the server says its user may see. R5, R30, R31.
 */

const AUDIENCES = [
  audience(),
  audience(['cards']),
  audience(['mobile']),
  audience(['cards'], ['team-lead']),
  audience([], ['agent']),
];
const ARTICLES = 6;
const CLIENTS = 3;

type Op =
  | { op: 'publish'; article: number; audience: number; langs: number }
  | { op: 'edit' | 'delete' | 'unpublish'; article: number }
  | { op: 'audience'; article: number; audience: number }
  | { op: 'offline' | 'online' | 'restart' | 'pull'; client: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      op: fc.constant('publish' as const),
      article: fc.nat(ARTICLES - 1),
      audience: fc.nat(AUDIENCES.length - 1),
      langs: fc.integer({ min: 1, max: 3 }),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      op: fc.constantFrom('edit' as const, 'delete' as const, 'unpublish' as const),
      article: fc.nat(ARTICLES - 1),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('audience' as const),
      article: fc.nat(ARTICLES - 1),
      audience: fc.nat(AUDIENCES.length - 1),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constantFrom('offline' as const, 'online' as const, 'pull' as const),
      client: fc.nat(CLIENTS - 1),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant('restart' as const), client: fc.nat(CLIENTS - 1) }),
  },
);

const LANGS = ['en', 'hu', 'zh-Hans'];

describeStores('workstation sync property', (h) => {
  const clients: Workstation[] = [];
  beforeAll(async () => {
    const memberships = [
      [member('cards', 'agent')],
      [member('mobile', 'agent')],
      [member('cards', 'team-lead'), member('loans', 'agent')],
    ];
    for (const m of memberships) clients.push(await openWorkstation(h(), await h().user(m)));
  });
  afterAll(async () => {
    for (const ws of clients.splice(0)) await ws.dispose();
  });

  it('3 clients × 200 random operations end with every replica equal to what its user may see', async () => {
    const { admin } = h();
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 200, maxLength: 200 }), async (ops) => {
        const tag = unique('p');
        const id = (n: number) => `${tag}-${n}`;
        for (const step of ops) {
          switch (step.op) {
            case 'publish':
              await putArticle(admin, id(step.article), {
                audience: AUDIENCES[step.audience],
                langs: LANGS.slice(0, step.langs),
                title: `Property ${tag} ${step.article}`,
              });
              break;
            case 'edit':
              await admin.request(
                'PUT',
                `/api/authoring/articles/${id(step.article)}/variants/en`,
                {
                  title: `Property ${tag} ${step.article} edited ${Math.random()}`,
                  bodyHtml: '<p>Edited body</p>',
                  publish: true,
                },
              );
              break;
            case 'unpublish':
              await admin.request(
                'POST',
                `/api/authoring/articles/${id(step.article)}/variants/en/unpublish`,
              );
              break;
            case 'delete':
              await admin.request('DELETE', `/api/authoring/articles/${id(step.article)}`);
              break;
            case 'audience':
              await admin.request('PUT', `/api/authoring/articles/${id(step.article)}`, {
                audience: AUDIENCES[step.audience],
              });
              break;
            case 'offline':
              clients[step.client]?.proxy.setDown(true);
              break;
            case 'online':
              clients[step.client]?.proxy.setDown(false);
              break;
            case 'pull':
              await clients[step.client]?.core.syncNow();
              break;
            case 'restart': {
              const ws = clients[step.client];
              if (ws) {
                ws.stop();
                await ws.restart();
              }
              break;
            }
          }
        }
        for (const ws of clients) ws.proxy.setDown(false);
        for (const ws of clients) {
          const expected = await serverContents(ws.user.client);
          await waitFor(
            'the replica to converge',
            async () => {
              await ws.core.syncNow();
              return (
                JSON.stringify(sorted(replicaContents(ws.core.replica))) ===
                JSON.stringify(sorted(expected))
              );
            },
            15_000,
          ).catch(() => undefined);
          expect(replicaContents(ws.core.replica)).toEqual(expected);
          const state = await ws.core.getSyncState();
          expect(state.status).toBe('online');
        }
      }),
      { numRuns: 3, endOnFailure: true },
    );
  }, 240_000);
});

function sorted(contents: Record<string, string>): [string, string][] {
  return Object.entries(contents).sort(([a], [b]) => (a < b ? -1 : 1));
}

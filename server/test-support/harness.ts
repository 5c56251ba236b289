import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe } from 'vitest';
import type { Membership } from '../access/audience';
import { startServer, type RunningServer, type ServerOptions } from '../server';
import type { Store } from '../store/store';
import { TestClient } from './client';
import { createTestStore, postgresAvailable, type StoreKind, type TestStore } from './stores';

export const ADMIN_PASSWORD = 'admin-password-for-tests';
export const USER_PASSWORD = 'user-password-123';
export const LINES = ['cards', 'mobile', 'loans'] as const;

const PG_UP = await postgresAvailable();
if (!PG_UP) {
  const message =
    'PostgreSQL at 127.0.0.1:5432 is not reachable: the PostgreSQL half of the server tests is skipped.';
  if (process.env.CUECARD_REQUIRE_PG === '1') throw new Error(message);
  console.warn(message);
}

export interface TestUser {
  id: number;
  username: string;
  client: TestClient;
}

export interface Harness {
  kind: StoreKind;
  store: Store;
  server: RunningServer;
  anon: TestClient;
  admin: TestClient;
  /** A user with these memberships (positions from the default org: agent, team-lead, author, reviewer, line-admin). */
  user(memberships: Membership[], options?: { isAdmin?: boolean }): Promise<TestUser>;
  /** Another server on the same store (several instances behind a balancer; other limits). */
  extraServer(options?: ServerOptions): Promise<RunningServer>;
}

export const member = (businessLineId: string, positionId: string): Membership => ({
  businessLineId,
  positionId,
});

export function unique(prefix: string): string {
  return `${prefix}-${randomBytes(4).toString('hex')}`;
}

/**
 * Runs `body` once per store: real PostgreSQL (a fresh database for the file) and PGlite (one
 * instance for the file). Each gets a real server on a free loopback port.
 */
export function describeStores(
  name: string,
  body: (h: () => Harness) => void,
  options: ServerOptions = {},
): void {
  for (const kind of ['postgres', 'pglite'] as const) {
    describe.skipIf(kind === 'postgres' && !PG_UP)(`${name} [${kind}]`, () => {
      let harness: Harness | undefined;
      let testStore: TestStore | undefined;
      const extras: RunningServer[] = [];
      beforeAll(async () => {
        testStore = await createTestStore(kind);
        const { store } = testStore;
        const server = await startServer({
          store,
          port: 0,
          demo: false,
          adminPassword: ADMIN_PASSWORD,
          loginLimits: { perAddress: 10_000 },
          ...options,
        });
        const anon = new TestClient(server.url);
        const admin = await anon.login('admin', ADMIN_PASSWORD);
        for (const id of LINES)
          await admin.ok('POST', '/api/admin/business-lines', { id, name: id });
        harness = {
          kind,
          store,
          server,
          anon,
          admin,
          async user(memberships, userOptions = {}) {
            const username = unique('user');
            const created = await admin.ok<{ user: { id: number } }>('POST', '/api/admin/users', {
              username,
              displayName: username,
              password: USER_PASSWORD,
              memberships,
              ...(userOptions.isAdmin ? { isAdmin: true } : {}),
            });
            return {
              id: created.user.id,
              username,
              client: await anon.login(username, USER_PASSWORD),
            };
          },
          async extraServer(extra = {}) {
            const s = await startServer({ store, port: 0, demo: false, ...extra });
            extras.push(s);
            return s;
          },
        };
      });
      afterAll(async () => {
        for (const s of extras) await s.close();
        await harness?.server.close();
        await testStore?.dispose();
      });
      body(() => {
        if (!harness) throw new Error('The harness is not ready (beforeAll failed).');
        return harness;
      });
    });
  }
}

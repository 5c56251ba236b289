import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openPgStore } from '../store/pg-store';
import type { Store } from '../store/store';
import { openTemplatedPglite } from './pglite-template';

/** The PostgreSQL the tests use (CI and developer machines run one on loopback). */
export const TEST_PG_URL =
  process.env.CUECARD_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export type StoreKind = 'postgres' | 'pglite';

export interface TestStore {
  kind: StoreKind;
  store: Store;
  /** Connection string of the fresh database (PostgreSQL only). */
  url?: string;
  /** Closes the store and drops its database. */
  dispose(): Promise<void>;
}

/** True when the test PostgreSQL answers; checked once per file. */
export async function postgresAvailable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: TEST_PG_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_PG_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A fresh database per test file, dropped afterwards, so files never see each other's rows. */
export async function createPostgresStore(): Promise<TestStore> {
  const name = `cuecard_test_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(TEST_PG_URL);
  url.pathname = `/${name}`;
  const store = openPgStore(url.toString(), { max: 20 });
  return {
    kind: 'postgres',
    store,
    url: url.toString(),
    dispose: async () => {
      await store.close();
      await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

/** In-memory PGlite, one per test file, started from a cached migrated template. */
export async function createPgliteStore(): Promise<TestStore> {
  const store = await openTemplatedPglite();
  return { kind: 'pglite', store, dispose: () => store.close() };
}

export function createTestStore(kind: StoreKind): Promise<TestStore> {
  return kind === 'postgres' ? createPostgresStore() : createPgliteStore();
}

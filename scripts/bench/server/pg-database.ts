import { randomBytes } from 'node:crypto';
import pg from 'pg';

export interface FreshDatabase {
  /** The given URL with the fresh database's name in place of the original one. */
  url: string;
  name: string;
  drop(): Promise<void>;
}

/**
 * Creates an empty database next to the one DATABASE_URL names, so the bench never touches
 * existing data; `drop()` removes it (WITH (FORCE): PostgreSQL 13+).
 */
export async function createFreshDatabase(adminUrl: string): Promise<FreshDatabase> {
  // Identifiers cannot be bound as parameters; the name is ours, [a-z0-9_] only.
  const name = `cuecard_bench_${randomBytes(4).toString('hex')}`;
  await withClient(adminUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: async () => {
      await withClient(adminUrl, (client) =>
        client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
      );
    },
  };
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { loadMigrations, migrate } from '../store/migrate';
import { PGLITE_OPTIONS, wrapPglite } from '../store/pglite-store';
import type { Store } from '../store/store';

/**
 * A fresh in-memory PGlite runs initdb, which costs ~5 s per test file here; starting from a
 * dump of an initialised, migrated data directory takes ~2 s. The dump is cached in the temp
 * folder under a key of the PGlite version and the migrations, so a changed migration makes a
 * new one, and the migrations still run for real when it is made.
 */
export async function openTemplatedPglite(): Promise<Store> {
  const manifest = new URL('../../node_modules/@electric-sql/pglite/package.json', import.meta.url);
  const version = existsSync(manifest) ? readFileSync(manifest, 'utf8') : 'unknown';
  const key = createHash('sha256')
    .update(version)
    .update(JSON.stringify(loadMigrations()))
    .digest('hex')
    .slice(0, 16);
  const path = join(tmpdir(), `cuecard-pglite-template-${key}.tar`);
  if (existsSync(path)) {
    return wrapPglite(
      await PGlite.create({ ...PGLITE_OPTIONS, loadDataDir: new Blob([readFileSync(path)]) }),
    );
  }
  const db = await PGlite.create(PGLITE_OPTIONS);
  const store = wrapPglite(db);
  await migrate(store);
  const dump = await db.dumpDataDir('none');
  // Written whole, then renamed: a concurrent test file never reads half a template.
  const partial = `${path}.${randomBytes(4).toString('hex')}`;
  writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
  renameSync(partial, path);
  return store;
}

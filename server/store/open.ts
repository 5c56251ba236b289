import { openPgStore } from './pg-store';
import { openPgliteStore } from './pglite-store';
import type { Store } from './store';

export interface StoreLocation {
  /** PostgreSQL connection string; wins over `dataDir`. */
  databaseUrl?: string | undefined;
  /** PGlite data directory; in memory when neither is given (tests). */
  dataDir?: string | undefined;
}

export async function openStore(location: StoreLocation): Promise<Store> {
  if (location.databaseUrl) return openPgStore(location.databaseUrl);
  return openPgliteStore(location.dataDir);
}

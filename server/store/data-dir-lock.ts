import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const LOCK_FILE = 'cuecard-server.pid';

/**
 * PGlite has no lock of its own, and two processes on one data directory corrupt it (say
 * `npm start` while a `kb serve` still runs). The lock is a pid file, created exclusively; one
 * left by a process that no longer exists is taken over.
 */
export function lockDataDir(dataDir: string): () => void {
  const path = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(path, String(process.pid), { flag: 'wx' });
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(path, 'utf8'));
      // This very process counts too: a second PGlite on the same folder corrupts it just the same.
      if (holder && isAlive(holder)) {
        throw new Error(`The data directory ${dataDir} is in use by process ${holder}.`, {
          cause: error,
        });
      }
      rmSync(path, { force: true });
    }
  }
  throw new Error(`Could not lock the data directory ${dataDir}.`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

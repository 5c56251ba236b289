import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, newestMtime } from '../../scripts/lib/renderer-build';

export { electronBinary as findElectronBinary } from '../../scripts/lib/electron-binary';

export const MAIN_ENTRY = join(ROOT, 'out', 'main', 'index.js');
const PRELOAD_ENTRY = join(ROOT, 'out', 'preload', 'index.cjs');

/**
 * Builds main and preload when missing or older than their sources. The renderer is built by the
 * Playwright global setup; CUECARD_BUILD=shell keeps electron-vite away from out/renderer.
 */
export function ensureShellBuilt(): void {
  const sources = Math.max(...['electron', 'shared', 'db'].map((d) => newestMtime(join(ROOT, d))));
  const fresh = [MAIN_ENTRY, PRELOAD_ENTRY].every(
    (file) => existsSync(file) && statSync(file).mtimeMs >= sources,
  );
  if (fresh) return;
  const result = spawnSync('npx', ['electron-vite', 'build', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, CUECARD_BUILD: 'shell' },
  });
  if (result.status !== 0)
    throw new Error('Building the Electron main and preload failed (see above).');
}

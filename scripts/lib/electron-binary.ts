import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The Electron executable, or null when it is not installed. Not `require('electron')`: when the
 * binary is missing, that package's index.js tries to download it, which on an offline machine
 * fails slowly or hangs. This reads the same path.txt it would, without side effects.
 */
export function electronBinary(): string | null {
  try {
    const packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    const pathFile = join(packageDir, 'path.txt');
    const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
    const override = process.env['ELECTRON_OVERRIDE_DIST_PATH'];
    const binary = override
      ? join(override, relative ?? 'electron')
      : relative && join(packageDir, 'dist', relative);
    return binary && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

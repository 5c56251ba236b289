import { app } from 'electron';
import { join } from 'node:path';

/**
 * Where the shell finds its files. electron-vite builds main to out/main and preload to
 * out/preload; packaged, both sit inside app.asar, while icons are copied as plain files to
 * resources/icons (electron-builder.yml `extraResources`).
 */
const outDir = join(import.meta.dirname, '..');

export const preloadPath = join(outDir, 'preload', 'index.cjs');
export const rendererDir = join(outDir, 'renderer');

/** An icon from build/ in development, from resources/ when packaged. */
export function iconPath(file: 'icon.png' | 'tray.png' | 'trayTemplate.png'): string {
  return app.isPackaged
    ? join(process.resourcesPath, 'icons', file)
    : join(app.getAppPath(), 'build', file);
}

import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { devCspPlugin } from './renderer/vite.config';

const root = import.meta.dirname;

/**
 * CUECARD_BUILD=shell builds main and preload only. The Electron e2e tests use it to rebuild a
 * stale shell without emptying out/renderer under the web e2e tests that may be serving it.
 */
const shellOnly = process.env['CUECARD_BUILD'] === 'shell';

/**
 * The desktop build. The renderer half must stay in step with renderer/vite.config.ts (the web-mode
 * build of the same files to the same out/renderer): same root, base, plugins and target.
 */
export default defineConfig({
  main: {
    // Dependencies (better-sqlite3's native module above all) stay in node_modules and are
    // required at run time; electron-vite 6 externalizes them by default (build.externalizeDeps).
    build: {
      outDir: resolve(root, 'out/main'),
      lib: { entry: resolve(root, 'electron/main/index.ts') },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      // A sandboxed preload can require nothing but 'electron' and a few Node built-ins, so
      // everything else is bundled in, and it must be CommonJS: .cjs because package.json says
      // "type": "module".
      externalizeDeps: false,
      lib: { entry: resolve(root, 'electron/preload/index.ts'), formats: ['cjs'] },
      rolldownOptions: { output: { entryFileNames: '[name].cjs' } },
    },
  },
  renderer: shellOnly
    ? undefined
    : {
        root: resolve(root, 'renderer'),
        base: './',
        plugins: [react(), devCspPlugin()],
        build: {
          outDir: resolve(root, 'out/renderer'),
          emptyOutDir: true,
          target: 'es2022',
          rolldownOptions: { input: resolve(root, 'renderer/index.html') },
        },
      },
});

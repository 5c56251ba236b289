import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const rendererRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/**
 * The dev server injects CSS through <style> tags, which the strict CSP in index.html blocks.
 * Only in dev, allow inline styles; built files keep `style-src 'self'`.
 * electron.vite.config.ts can reuse this for its dev renderer.
 */
export function devCspPlugin(): Plugin {
  return {
    name: 'cuecard-dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html.replace("style-src 'self';", "style-src 'self' 'unsafe-inline';"),
  };
}

export default defineConfig({
  root: rendererRoot,
  base: './',
  plugins: [react(), devCspPlugin()],
  build: {
    // Web mode and Electron load the same built files.
    outDir: `${repoRoot}out/renderer`,
    emptyOutDir: true,
    target: 'es2022',
  },
});

import { protocol } from 'electron';
import { readStaticFile } from '../core/static-files';

/**
 * The packaged renderer is served from cuecard://app/ rather than file://. A file:// page may read
 * any local file and its 'self' means "the whole disk"; a custom standard scheme gives the renderer
 * an origin of its own that covers only out/renderer (Electron security checklist).
 */
export const APP_SCHEME = 'cuecard';
const APP_HOST = 'app';
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

/**
 * Serves out/renderer with the same path rules as web mode (electron/core/static-files.ts), each
 * response carrying the CSP itself so the policy holds even where webRequest does not see it.
 */
export function serveRenderer(rendererDir: string, csp: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = url.host === APP_HOST ? await readStaticFile(rendererDir, url.pathname) : null;
    if (!file) return new Response('Not found', { status: 404 });
    return new Response(new Uint8Array(file.body), {
      headers: {
        'Content-Type': file.contentType,
        'Content-Security-Policy': csp,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  });
}

import { shell, type Session, type WebContents } from 'electron';
import { rendererCsp } from '../../shared/csp';

/**
 * The production Content-Security-Policy (shared/csp.ts). Development gets no header: Vite's
 * dev server injects inline scripts for hot reload.
 */
export const RENDERER_CSP = rendererCsp();

/** Schemes handed to the operating system; anything else (file:, javascript:, smb: …) is dropped. */
const EXTERNAL_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** True for URLs of our own renderer: same scheme and host as the URL the windows load. */
export function appUrlMatcher(rendererUrl: string): (url: string) => boolean {
  const base = new URL(rendererUrl);
  return (url) => {
    try {
      const u = new URL(url);
      // Not `origin`: WHATWG URL reports "null" as the origin of custom schemes like cuecard://.
      return u.protocol === base.protocol && u.host === base.host;
    } catch {
      return false;
    }
  };
}

export function openExternalSafely(url: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return;
  }
  if (!EXTERNAL_PROTOCOLS.has(parsed.protocol)) {
    console.warn(`[cuecard] refused to open ${parsed.protocol} link externally`);
    return;
  }
  shell.openExternal(parsed.href).catch((err: unknown) => {
    console.error('[cuecard] could not open external link:', err);
  });
}

/** No page may leave the app: in-app URLs load, web links go to the system browser, the rest is dropped. */
export function guardNavigation(contents: WebContents, isAppUrl: (url: string) => boolean): void {
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    openExternalSafely(event.url);
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternalSafely(url);
    return { action: 'deny' };
  });
}

/** Deny every permission (camera, geolocation, notifications from the page …) and set the CSP. */
export function lockDownSession(session: Session, csp: string | null): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  if (csp === null) return;
  session.webRequest.onHeadersReceived((details, callback) => {
    const responseHeaders: Record<string, string[]> = {};
    for (const [name, value] of Object.entries(details.responseHeaders ?? {})) {
      // Ours replaces any policy a response brought, rather than being combined with it.
      if (name.toLowerCase() !== 'content-security-policy') responseHeaders[name] = value;
    }
    responseHeaders['Content-Security-Policy'] = [csp];
    callback({ responseHeaders });
  });
}

/**
 * The renderer's Content-Security-Policy, one definition for both hosts. The renderer reaches
 * AgentCore only through `window.cuecard`, so it needs nothing beyond its own origin; web mode adds
 * its own WebSocket URL for events.
 */
export function rendererCsp(extraConnectSrc: readonly string[] = []): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    ["connect-src 'self'", ...extraConnectSrc].join(' '),
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-src 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
}

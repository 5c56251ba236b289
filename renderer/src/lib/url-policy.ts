/** Schemes an article link may use; everything else (javascript:, vbscript:, data:, file:…) is dropped. */
const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * Whether a URL found in article HTML is safe to keep. Relative URLs and fragments are fine.
 * Browsers ignore ASCII control characters and whitespace inside a scheme ("java\tscript:"), so
 * they are removed before the scheme is read.
 */
export function isSafeUrl(raw: string, kind: 'link' | 'image' = 'link'): boolean {
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  const url = raw.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme === undefined) return true;
  if (kind === 'image' && scheme === 'data') return /^data:image\/(png|gif|jpe?g|webp);/i.test(url);
  return LINK_SCHEMES.has(`${scheme}:`);
}

/** An http(s) URL, or empty for "not configured" (the same rule as shared/settings.ts). */
export function isHttpUrlOrEmpty(value: string): boolean {
  const v = value.trim();
  if (v === '') return true;
  if (!/^https?:\/\/[^\s]+$/i.test(v)) return false;
  try {
    return new URL(v).hostname !== '';
  } catch {
    return false;
  }
}

/*
 * Article bodies arrive as HTML or as plain text. The replica keeps both forms: HTML for the
 * article view (sanitised on the server on save and again before render, DESIGN.md "Security")
 * and plain text for the index and for snippets. Pure (no Node APIs), so the replica, the scripts
 * and the workstation's canned responses decode entities the same way.
 */

const KNOWN_TAG =
  /<\/?(?:p|div|br|hr|ul|ol|li|dl|dt|dd|table|thead|tbody|tfoot|tr|td|th|caption|h[1-6]|strong|em|b|i|u|s|a|span|code|pre|blockquote|img|sub|sup|mark|small|section|article)\b[^>]*>/i;
const BLOCK_TAG =
  /<\/?(?:p|div|br|hr|ul|ol|li|dl|dt|dd|table|thead|tbody|tfoot|tr|caption|h[1-6]|pre|blockquote|section|article)\b[^>]*>/gi;
const CELL_TAG = /<\/?(?:td|th)\b[^>]*>/gi;
const HIDDEN_ELEMENT = /<(script|style|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const COMMENT = /<!--[\s\S]*?-->/g;
const ANY_TAG = /<\/?[a-z][^>]*>/gi;
/** Named (letters, then optional digits), decimal or hex character references. */
const ENTITY = /&(#x[0-9a-f]+|#[0-9]+|[a-z]+[0-9]*);/gi;

/** The named entities article bodies use; any other name stays as written. */
export const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  bdquo: '„',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  euro: '€',
  copy: '©',
};

export function looksLikeHtml(body: string): boolean {
  return KNOWN_TAG.test(body);
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Plain text as HTML: blank lines separate paragraphs, single line breaks stay line breaks. */
export function plainTextToHtml(text: string): string {
  return normaliseLineBreaks(text)
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => `<p>${p.split('\n').map(escapeHtml).join('<br>')}</p>`)
    .join('\n');
}

/** The readable text of an HTML body: one line per block, cells separated by spaces, entities decoded. */
export function htmlToPlainText(html: string): string {
  const text = html
    .replace(HIDDEN_ELEMENT, ' ')
    .replace(COMMENT, ' ')
    .replace(BLOCK_TAG, '\n')
    .replace(CELL_TAG, ' ')
    .replace(ANY_TAG, '');
  // A decoded &nbsp; (U+00A0) is white space to tidyPlainText, so it becomes a plain space.
  return tidyPlainText(decodeEntities(text));
}

/** Plain text with line ends unified, runs of spaces collapsed and empty lines removed. */
export function tidyPlainText(text: string): string {
  return normaliseLineBreaks(text)
    .split('\n')
    .map((line) => line.replace(/[^\S\n]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

function normaliseLineBreaks(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/**
 * Character references decoded: numeric ones that name a valid code point, and the names in
 * `names`; anything else stays as written.
 */
export function decodeEntities(
  text: string,
  names: Readonly<Record<string, string>> = NAMED_ENTITIES,
): string {
  return text.replace(ENTITY, (entity, name: string) => decodeEntity(entity, name, names));
}

function decodeEntity(
  entity: string,
  name: string,
  names: Readonly<Record<string, string>>,
): string {
  if (name.startsWith('#')) {
    const hex = name[1] === 'x' || name[1] === 'X';
    const code = Number.parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10);
    const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
    return valid ? String.fromCodePoint(code) : entity;
  }
  return names[name.toLowerCase()] ?? entity;
}

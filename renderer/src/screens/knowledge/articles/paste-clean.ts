/*
 * Cleans HTML pasted from Word and web pages before TipTap parses it (R9). TipTap's schema already
 * drops elements and attributes it does not know; what it would keep badly is Word's: list
 * paragraphs whose bullet is literal text ("·  First"), <o:p> spacers, mso-* styles and classes,
 * <font> and empty <span> wrappers, conditional comments. Works on the markup as text (a small
 * tag scanner, no DOM), so it runs the same in the app and in unit tests.
 */

const TOKEN =
  /<!--[\s\S]*?-->|<!\[[^\]]*\]>|<(\/?)([A-Za-z][\w:.-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|[^<]+|</g;

/** Elements removed with everything inside them. */
const DROP_WITH_CONTENT = new Set(['style', 'script', 'head', 'xml', 'title', 'template']);
/** Elements removed, their content kept. */
const UNWRAP = new Set(['font', 'span', 'html', 'body', 'meta', 'link', 'o:p', 'st1:personname']);
/** Attributes worth keeping; everything else (style, class, lang, mso-*) goes. */
const KEEP_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['href', 'title'],
  img: ['src', 'alt', 'title', 'width', 'height'],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan'],
  ol: ['start'],
};

function attribute(attrs: string, name: string): string | null {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(
    attrs,
  );
  return m ? (m[1] ?? m[2] ?? m[3] ?? '') : null;
}

function keptAttributes(tag: string, attrs: string): string {
  const keep = KEEP_ATTRIBUTES[tag] ?? [];
  return keep
    .map((name) => {
      const value = attribute(attrs, name);
      return value === null ? '' : ` ${name}="${value.replace(/"/g, '&quot;')}"`;
    })
    .join('');
}

/** Word's list paragraph: `style="mso-list:l0 level2 lfo1"` (or a MsoListParagraph class). */
function listLevel(attrs: string): number | null {
  const style = attribute(attrs, 'style') ?? '';
  const level = /mso-list:\s*l\d+\s+level(\d+)/i.exec(style);
  if (level) return Number(level[1]);
  const cls = attribute(attrs, 'class') ?? '';
  return /MsoListParagraph/i.test(cls) ? 1 : null;
}

const isListMarker = (attrs: string) => /mso-list:\s*ignore/i.test(attribute(attrs, 'style') ?? '');
const ORDERED_MARKER = /^\(?([0-9]+|[a-z]|[ivxlc]+)[.)]/i;

interface ListItem {
  level: number;
  ordered: boolean;
  html: string;
}

/** Consecutive Word list paragraphs as nested <ul>/<ol>. */
function listHtml(items: ListItem[]): string {
  let out = '';
  const open: ('ul' | 'ol')[] = [];
  for (const item of items) {
    const tag = item.ordered ? 'ol' : 'ul';
    while (open.length > item.level) out += `</li></${open.pop()}>`;
    if (open.length === item.level && open[open.length - 1] !== tag) {
      out += `</li></${open.pop()}>`;
    }
    if (open.length === item.level) out += '</li>';
    while (open.length < item.level) {
      const t = open.length === item.level - 1 ? tag : 'ul';
      out += `<${t}>`;
      open.push(t);
    }
    out += `<li><p>${item.html.trim()}</p>`;
  }
  while (open.length > 0) out += `</li></${open.pop()}>`;
  return out;
}

const isBlank = (html: string) => html.replace(/&nbsp;|&#160;|\u00a0|\s|<br\s*\/?>/gi, '') === '';

export function cleanPastedHtml(html: string): string {
  // Word puts the copied part between these markers inside a whole document.
  const fragment = /<!--StartFragment-->([\s\S]*?)<!--EndFragment-->/.exec(html);
  const source = fragment ? (fragment[1] ?? '') : html;

  let out = '';
  let dropDepth = 0;
  let dropTag = '';
  /** Inside a list marker span: its text is the bullet or number Word wrote by hand. */
  let markerDepth = 0;
  let markerText = '';
  let list: ListItem[] = [];
  let item: ListItem | null = null;
  let itemStart = 0;

  const flushList = () => {
    if (list.length > 0) out += listHtml(list);
    list = [];
  };

  for (const m of source.matchAll(TOKEN)) {
    const [token, closing, rawTag, attrs = ''] = m;
    if (token.startsWith('<!')) continue; // comments, conditional comments
    if (!rawTag) {
      if (dropDepth > 0) continue;
      if (markerDepth > 0) markerText += token;
      else {
        if (!item && list.length > 0 && token.trim() !== '') flushList();
        out += token === '<' ? '&lt;' : token;
      }
      continue;
    }
    const tag = rawTag.toLowerCase();
    if (dropDepth > 0) {
      if (tag === dropTag) dropDepth += closing ? -1 : 1;
      continue;
    }
    if (DROP_WITH_CONTENT.has(tag) && !closing) {
      if (!/\/\s*$/.test(attrs)) {
        dropDepth = 1;
        dropTag = tag;
      }
      continue;
    }
    if (tag === 'span') {
      if (markerDepth > 0) {
        markerDepth += closing ? -1 : 1;
        continue;
      }
      if (!closing && isListMarker(attrs)) {
        markerDepth = 1;
        markerText = '';
        continue;
      }
      continue;
    }
    if (markerDepth > 0) continue;
    if (UNWRAP.has(tag) || tag.includes(':')) continue;

    if (tag === 'p' && !closing) {
      const level = listLevel(attrs);
      if (level !== null) {
        item = { level: Math.min(level, 6), ordered: false, html: '' };
        itemStart = out.length;
        continue;
      }
      flushList();
    }
    if (tag === 'p' && closing && item) {
      const text = out.slice(itemStart);
      out = out.slice(0, itemStart);
      item.ordered = ORDERED_MARKER.test(markerText.replace(/&nbsp;|\u00a0/g, ' ').trim());
      item.html = text;
      list.push(item);
      item = null;
      markerText = '';
      continue;
    }
    if (!item && list.length > 0 && !closing) flushList();
    out += closing
      ? `</${tag}>`
      : `<${tag}${keptAttributes(tag, attrs)}${/\/\s*$/.test(attrs) ? ' /' : ''}>`;
  }
  flushList();
  // Word's blank lines: paragraphs holding only a non-breaking space.
  return out
    .replace(/<p>([\s\S]*?)<\/p>/g, (whole, inner: string) => (isBlank(inner) ? '' : whole))
    .trim();
}

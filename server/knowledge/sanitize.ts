import sanitizeHtml from 'sanitize-html';

/**
 * Allow-list for article bodies: formatting, lists, tables, links and images (R9), nothing that
 * runs or styles. Applied on every save; workstations sanitise again before rendering.
 */
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'hr',
    'div',
    'span',
    'strong',
    'b',
    'em',
    'i',
    'u',
    's',
    'sub',
    'sup',
    'small',
    'mark',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'blockquote',
    'pre',
    'code',
    'kbd',
    'ul',
    'ol',
    'li',
    'dl',
    'dt',
    'dd',
    'table',
    'caption',
    'thead',
    'tbody',
    'tfoot',
    'tr',
    'th',
    'td',
    'colgroup',
    'col',
    'a',
    'img',
    'figure',
    'figcaption',
    'details',
    'summary',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'rel'],
    img: ['src', 'alt', 'title', 'width', 'height'],
    th: ['colspan', 'rowspan', 'scope'],
    td: ['colspan', 'rowspan'],
    col: ['span'],
    ol: ['start'],
    div: ['class'],
  },
  // Callouts ("Important: …", issue 9) are the only styled blocks: the editor writes them, the
  // agents' article view colours them. Every other class is dropped.
  allowedClasses: { div: ['callout', 'callout-info', 'callout-warning'] },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  // Imported documents keep their images inline (issue 4 item 6); only raster formats, no SVG.
  allowedSchemesByTag: { img: ['http', 'https', 'data'] },
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer' }),
  },
  exclusiveFilter: (frame) =>
    frame.tag === 'img' &&
    typeof frame.attribs.src === 'string' &&
    frame.attribs.src.startsWith('data:') &&
    !/^data:image\/(png|jpeg|gif|webp);base64,/i.test(frame.attribs.src),
};

export function sanitizeBody(html: string): string {
  return sanitizeHtml(html, OPTIONS).trim();
}

/** `{{customer.name}}` slots of a canned response, in order of first use. */
export function extractPlaceholders(text: string): string[] {
  const seen = new Set<string>();
  for (const match of text.matchAll(
    /\{\{\s*([A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z][A-Za-z0-9_]*)*)\s*\}\}/g,
  )) {
    if (match[1]) seen.add(match[1]);
  }
  return [...seen];
}

import { decodeEntities } from './html-text';

/*
 * An article body as a reviewer reads it for a diff (R14): the sanitized HTML turned into blocks
 * of plain text (paragraphs, headings, list items, table rows, code lines, images), without
 * markup. The diff compares and shows these texts only, so no revision's HTML is ever injected
 * into the comparison view. Pure (no DOM), so the unit tests and the renderer agree.
 */

export type BlockKind =
  'paragraph' | 'heading' | 'list-item' | 'table-row' | 'code' | 'quote' | 'image';

export interface Block {
  kind: BlockKind;
  /** The readable text; table cells are joined by " | ", an image is its alt text. */
  text: string;
}

const HIDDEN = /<(script|style|template)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi;
const TOKEN = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b([^>]*)>|[^<]+|</g;

/** Tags that start and end a block of their own (text before and after them is another block). */
const CONTAINERS: Readonly<Record<string, BlockKind>> = {
  p: 'paragraph',
  div: 'paragraph',
  section: 'paragraph',
  article: 'paragraph',
  figure: 'paragraph',
  figcaption: 'paragraph',
  details: 'paragraph',
  summary: 'paragraph',
  caption: 'paragraph',
  dt: 'list-item',
  dd: 'list-item',
  li: 'list-item',
  ul: 'paragraph',
  ol: 'paragraph',
  dl: 'paragraph',
  table: 'paragraph',
  thead: 'paragraph',
  tbody: 'paragraph',
  tfoot: 'paragraph',
  tr: 'table-row',
  pre: 'code',
  blockquote: 'quote',
  h1: 'heading',
  h2: 'heading',
  h3: 'heading',
  h4: 'heading',
  h5: 'heading',
  h6: 'heading',
};

/** The inner kinds that describe the text better than the containers around them. */
const SPECIFIC: readonly BlockKind[] = ['heading', 'table-row', 'code', 'list-item'];

function attribute(attrs: string, name: string): string {
  const m = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attrs);
  return decodeEntities(m?.[1] ?? m?.[2] ?? m?.[3] ?? '');
}

/** A short fingerprint of an image's source, so a replaced picture with the same alt text differs. */
function fingerprint(src: string): string {
  let h = 0;
  for (let i = 0; i < src.length; i++) h = (Math.imul(h, 31) + src.charCodeAt(i)) | 0;
  return (h >>> 0).toString(36);
}

export interface BodyBlocks {
  blocks: Block[];
  /** Per block: what it is compared by (an image's source fingerprint included). */
  keys: string[];
}

/** Sanitized article HTML as blocks of text, in reading order. */
export function htmlToBlocks(html: string): BodyBlocks {
  const blocks: Block[] = [];
  const keys: string[] = [];
  const stack: BlockKind[] = [];
  let text = '';
  let cells = 0;

  const kindNow = (): BlockKind => {
    for (let i = stack.length - 1; i >= 0; i--) {
      const kind = stack[i] as BlockKind;
      if (SPECIFIC.includes(kind) || kind === 'quote') return kind;
    }
    return 'paragraph';
  };
  const push = (kind: BlockKind, value: string, key = `${kind}\u0000${value}`): void => {
    blocks.push({ kind, text: value });
    keys.push(key);
  };
  const flush = (): void => {
    const kind = kindNow();
    if (kind === 'code') {
      // One block per line, so a changed line of a long sample is one changed row.
      for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
        if (line.trim() !== '') push('code', line.replace(/\s+$/, ''));
      }
    } else {
      const tidy = text.replace(/\s+/g, ' ').trim();
      if (tidy !== '') push(kind, tidy);
    }
    text = '';
  };

  for (const m of html.replace(HIDDEN, ' ').matchAll(TOKEN)) {
    const [whole, closing, rawName, attrs = ''] = m;
    if (rawName === undefined) {
      text += whole === '<' ? '<' : decodeEntities(whole);
      continue;
    }
    const name = rawName.toLowerCase();
    const container = CONTAINERS[name];
    if (container) {
      flush();
      if (closing) {
        const at = stack.lastIndexOf(container);
        if (at >= 0) stack.splice(at);
      } else {
        stack.push(container);
        if (name === 'tr') cells = 0;
      }
    } else if ((name === 'td' || name === 'th') && !closing) {
      if (cells++ > 0) text += ' | ';
    } else if (name === 'br') {
      text += kindNow() === 'code' ? '\n' : ' ';
    } else if (name === 'hr') {
      flush();
    } else if (name === 'img' && !closing) {
      flush();
      const alt = attribute(attrs, 'alt').replace(/\s+/g, ' ').trim();
      push('image', alt, `image\u0000${alt}\u0000${fingerprint(attribute(attrs, 'src'))}`);
    }
  }
  flush();
  return { blocks, keys };
}

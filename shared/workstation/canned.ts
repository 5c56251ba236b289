/*
 * Canned responses (R8): the plain text that goes to the clipboard, and its placeholders
 * (`{{customer.name}}`, `{{agent.name}}`, `{{today}}`, …) filled from a small form. Pure, so the
 * article view, the quick-search popup and their tests all fill text the same way.
 */

import { decodeEntities as decodeHtmlEntities, NAMED_ENTITIES } from '../text/html-text';

/** `{{name}}` or `{{name.part}}`, spaces allowed inside the braces; names are letters, digits, _ and -. */
const PLACEHOLDER = /\{\{\s*([\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)*)\s*\}\}/gu;

/** Placeholder names in order of first use, each once. */
export function extractPlaceholders(text: string): string[] {
  const seen = new Set<string>();
  for (const match of text.matchAll(PLACEHOLDER)) {
    const name = match[1];
    if (name !== undefined) seen.add(name);
  }
  return [...seen];
}

/** How a placeholder nobody filled stays visible in the copied text, so the agent notices it. */
export function missingMarker(name: string): string {
  return `[${name}]`;
}

export type FilledSegment =
  | { kind: 'text'; text: string }
  | { kind: 'value'; name: string; text: string }
  | { kind: 'missing'; name: string; text: string };

/** The text cut at its placeholders, each replaced by its value or by the missing marker (for the preview). */
export function fillSegments(
  text: string,
  values: Readonly<Record<string, string>>,
): FilledSegment[] {
  const segments: FilledSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    const name = match[1] ?? '';
    if (match.index > last) segments.push({ kind: 'text', text: text.slice(last, match.index) });
    const value = Object.hasOwn(values, name) ? (values[name] ?? '').trim() : '';
    segments.push(
      value === ''
        ? { kind: 'missing', name, text: missingMarker(name) }
        : { kind: 'value', name, text: value },
    );
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ kind: 'text', text: text.slice(last) });
  return segments;
}

/** The text with every placeholder filled; unknown or empty ones stay visible as `[name]`. */
export function fillPlaceholders(text: string, values: Readonly<Record<string, string>>): string {
  return fillSegments(text, values)
    .map((s) => s.text)
    .join('');
}

/** `{{today}}` in the given language, e.g. "4 March 2025" / "2025. március 4." / "2025年3月4日". */
export function formatToday(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(date);
}

export interface CannedContext {
  /** The signed-in agent's display name; absent when signed out. */
  agentName?: string;
  now: Date;
  /** BCP 47 tag for `{{today}}`. */
  locale: string;
}

/** What the workstation knows by itself: `agent.name` and `today`. */
export function knownValues(context: CannedContext): Record<string, string> {
  const values: Record<string, string> = { today: formatToday(context.now, context.locale) };
  const agent = context.agentName?.trim();
  if (agent) values['agent.name'] = agent;
  return values;
}

/** One form value per placeholder, pre-filled where the workstation knows it, empty otherwise. */
export function initialValues(
  placeholders: readonly string[],
  known: Readonly<Record<string, string>>,
): Record<string, string> {
  return Object.fromEntries(
    placeholders.map((name) => [name, Object.hasOwn(known, name) ? (known[name] ?? '') : '']),
  );
}

// ---- Sanitised HTML → plain text ---------------------------------------------------------------

const DROPPED = /<(script|style|template|head|title)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const COMMENT = /<!--[\s\S]*?-->/g;
const TOKEN = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b((?:[^>"']|"[^"]*"|'[^']*')*)>|([^<]+|<)/g;
/** The article entities plus a few symbols agents paste into replies. */
const ENTITIES: Readonly<Record<string, string>> = {
  ...NAMED_ENTITIES,
  reg: '®',
  trade: '™',
  middot: '·',
  bull: '•',
  times: '×',
  deg: '°',
};

/** Elements that start a paragraph of their own (a blank line before and after). */
const PARAGRAPH = new Set([
  'p',
  'div',
  'section',
  'article',
  'header',
  'footer',
  'aside',
  'blockquote',
  'pre',
  'table',
  'figure',
  'figcaption',
  'dl',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
]);

function decodeEntities(text: string): string {
  return decodeHtmlEntities(text, ENTITIES);
}

function attribute(attrs: string, name: string): string | null {
  const match = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(
    attrs,
  );
  if (!match) return null;
  return decodeEntities(match[1] ?? match[2] ?? match[3] ?? '');
}

/** A link's target worth writing out after its text: web and mail addresses only. */
function visibleHref(href: string | null): string | null {
  if (!href) return null;
  if (/^https?:\/\//i.test(href)) return href;
  if (/^mailto:/i.test(href)) return href.slice('mailto:'.length);
  return null;
}

interface ListFrame {
  ordered: boolean;
  next: number;
}

/**
 * Collects text and breaks. A break only takes effect before the next text, and the strongest
 * break wins, so nested blocks (`<li><p>…`) never stack blank lines.
 */
class TextWriter {
  private out = '';
  private pending = 0;
  private prefix: string | null = null;
  private lineStart = true;

  /** 1: a line break; 2: a blank line. */
  brk(strength: 1 | 2): void {
    // A list item's first block continues the item's line ("- " then the paragraph).
    if (this.prefix !== null) return;
    if (this.out !== '') this.pending = Math.max(this.pending, strength);
  }

  /** `<br>`: each one ends a line, so two in a row leave a blank line. */
  lineBreak(): void {
    if (this.prefix !== null || this.out === '') return;
    this.pending = Math.min(2, this.pending + 1);
  }

  /** Text that starts the next line, written only once that line has content. */
  startItem(prefix: string): void {
    this.brk(1);
    this.prefix = prefix;
  }

  text(value: string, preserve: boolean): void {
    const text = preserve ? value : value.replace(/[ \t\r\n\f]+/g, ' ');
    if (text === '') return;
    if (!preserve && text === ' ' && (this.lineStart || this.pending > 0)) return;
    if (this.pending > 0) {
      this.out += '\n'.repeat(this.pending);
      this.pending = 0;
      this.lineStart = true;
    }
    let piece = text;
    if (this.lineStart && !preserve) piece = piece.replace(/^ +/, '');
    if (this.prefix !== null) {
      piece = this.prefix + piece;
      this.prefix = null;
    }
    if (piece === '') return;
    this.out += piece;
    this.lineStart = piece.endsWith('\n');
  }

  result(): string {
    return this.out
      .split('\n')
      .map((line) => line.replace(/[ \t\u00a0]+$/, ''))
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  }
}

/**
 * Plain text of an article body, for pasting into a chat or an e-mail: paragraphs and headings
 * are separated by blank lines, `<br>` is a line break, list items start with "- " (numbered
 * lists with "1. "), nested lists are indented, table cells are joined by " | ", and a link's
 * web or mail address follows its text in brackets unless the text already is the address.
 * Expects HTML that was sanitised already; it only reads it, nothing is rendered.
 */
export function htmlToPlainText(html: string): string {
  const source = html.replace(COMMENT, '').replace(DROPPED, '');
  const writer = new TextWriter();
  const lists: ListFrame[] = [];
  const links: { href: string | null; text: string }[] = [];
  const cellsInRow: number[] = [];
  let preDepth = 0;

  for (const match of source.matchAll(TOKEN)) {
    const [, closing, rawName, attrs = '', text] = match;
    if (text !== undefined) {
      const decoded = decodeEntities(text);
      const link = links.at(-1);
      if (link) link.text += decoded;
      writer.text(decoded, preDepth > 0);
      continue;
    }
    const name = (rawName ?? '').toLowerCase();
    const open = closing !== '/';
    if (name === 'br') {
      writer.lineBreak();
    } else if (name === 'li') {
      if (open) {
        const list = lists.at(-1);
        const indent = '  '.repeat(Math.max(0, lists.length - 1));
        const marker = list?.ordered ? `${list.next++}. ` : '- ';
        writer.startItem(indent + marker);
      } else {
        writer.brk(1);
      }
    } else if (name === 'ul' || name === 'ol') {
      if (open) {
        const start = Number.parseInt(attribute(attrs, 'start') ?? '1', 10);
        writer.brk(lists.length > 0 ? 1 : 2);
        lists.push({ ordered: name === 'ol', next: Number.isFinite(start) ? start : 1 });
      } else {
        lists.pop();
        writer.brk(lists.length > 0 ? 1 : 2);
      }
    } else if (name === 'tr') {
      writer.brk(1);
      if (open) cellsInRow.push(0);
      else cellsInRow.pop();
    } else if (name === 'td' || name === 'th') {
      if (open) {
        const row = cellsInRow.length - 1;
        if (row >= 0) {
          if ((cellsInRow[row] ?? 0) > 0) writer.text(' | ', true);
          cellsInRow[row] = (cellsInRow[row] ?? 0) + 1;
        }
      }
    } else if (name === 'a') {
      if (open) {
        links.push({ href: visibleHref(attribute(attrs, 'href')), text: '' });
      } else {
        const link = links.pop();
        if (link?.href && link.text.trim() !== link.href) writer.text(` (${link.href})`, false);
      }
    } else if (name === 'img') {
      const alt = attribute(attrs, 'alt')?.trim();
      if (alt) writer.text(`[${alt}]`, false);
    } else if (name === 'dt' || name === 'dd' || name === 'caption') {
      writer.brk(1);
    } else if (PARAGRAPH.has(name)) {
      // Inside a list item a nested block starts a new line, not a blank one.
      writer.brk(lists.length > 0 ? 1 : 2);
      if (name === 'pre') preDepth = Math.max(0, preDepth + (open ? 1 : -1));
    }
  }
  return writer.result();
}

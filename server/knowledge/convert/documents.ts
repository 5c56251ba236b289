import mammoth from 'mammoth';
import { Marked } from 'marked';
import { htmlToPlainText } from '../../../shared/text/html-text';

/*
 * Document → article HTML, shared by the server's "convert a document" route (issue 9) and the
 * `kb import` command line (scripts/kb/convert). Pure: no files are read here; the command line
 * inlines images beside the file itself, the server refuses what it cannot see.
 */

/** A converted document: a title when the document has one, and the rest of its body. */
export interface ConvertedDocument {
  /** Taken out of the body (the first heading, or an HTML page's <title>). */
  title: string | undefined;
  bodyHtml: string;
  /** The converter's warnings (a .docx's unsupported parts). */
  messages: string[];
}

/** A .docx that mammoth could not read: the caller says so in its own words. */
export class UnreadableDocxError extends Error {}

/**
 * Takes the first heading matching `levels` out of the HTML as the title: it is shown above the
 * body, so leaving it in would show it twice.
 */
export function takeHeading(
  html: string,
  levels = '1-6',
): { title: string; html: string } | undefined {
  const match = new RegExp(`<h([${levels}])\\b[^>]*>([\\s\\S]*?)</h\\1\\s*>`, 'i').exec(html);
  if (!match) return undefined;
  const title = htmlToPlainText(match[2] ?? '').replace(/\s+/g, ' ');
  if (!title) return undefined;
  return {
    title,
    html: (html.slice(0, match.index) + html.slice(match.index + match[0].length)).trim(),
  };
}

const withoutBom = (text: string) => text.replace(/^\uFEFF/, '');

/** Markdown (GitHub flavour: tables, fenced code). Title: the first `#` heading. */
export async function markdownDocument(text: string): Promise<ConvertedDocument> {
  const html = await new Marked({ gfm: true }).parse(withoutBom(text));
  const heading = takeHeading(html, '1');
  return { title: heading?.title, bodyHtml: heading?.html ?? html, messages: [] };
}

/** HTML page or fragment. Title: <title>, else the first <h1> (taken out of the body). */
export function htmlDocument(text: string): ConvertedDocument {
  const page = withoutBom(text);
  const bodyMatch = /<body\b[^>]*>([\s\S]*?)(?:<\/body\s*>|$)/i.exec(page);
  // Without <body>, drop what would otherwise leak into the text: the head and its <title>.
  const html = (
    bodyMatch?.[1] ??
    page
      .replace(/<!doctype[^>]*>/gi, '')
      .replace(/<head\b[^>]*>[\s\S]*?<\/head\s*>/gi, '')
      .replace(/<\/?html\b[^>]*>/gi, '')
  ).trim();
  const pageTitle = takeTitleElement(page);
  const heading = takeHeading(html, '1');
  // The usual page repeats its <title> as the first <h1>: show it once.
  if (heading && (pageTitle === undefined || heading.title === pageTitle)) {
    return { title: heading.title, bodyHtml: heading.html, messages: [] };
  }
  return { title: pageTitle ?? heading?.title, bodyHtml: html, messages: [] };
}

function takeTitleElement(page: string): string | undefined {
  const match = /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i.exec(page);
  const heading = match ? takeHeading(`<h1>${match[1] ?? ''}</h1>`, '1') : undefined;
  return heading?.title;
}

/**
 * Word documents through mammoth: headings, lists, tables and links as HTML, images inline as
 * data: URIs (mammoth's default). Title: the first heading (taken out). Throws
 * UnreadableDocxError for anything that is not a readable .docx.
 */
export async function docxDocument(bytes: Buffer): Promise<ConvertedDocument> {
  let result: Awaited<ReturnType<typeof mammoth.convertToHtml>>;
  try {
    result = await mammoth.convertToHtml({ buffer: bytes });
  } catch (error) {
    throw new UnreadableDocxError((error as Error).message);
  }
  const messages = [...new Set(result.messages.map((m) => `${m.type}: ${m.message}`))];
  const heading = takeHeading(result.value);
  return { title: heading?.title, bodyHtml: heading?.html ?? result.value, messages };
}

/** The server keeps inline images in these formats only (server/knowledge/sanitize.ts). */
export const KEPT_IMAGE = /^data:image\/(png|jpeg|gif|webp);base64,/i;

/** Inline images the server would drop (EMF and WMF drawings from Word, SVG, TIFF): their types. */
export function droppedImageTypes(html: string): string[] {
  return [...html.matchAll(/<img\b[^>]*\bsrc="(data:[^";,]*)/gi)]
    .map((m) => m[1] ?? '')
    .filter((src) => !KEPT_IMAGE.test(`${src};base64,`))
    .map((src) => src.slice(5) || 'unknown');
}

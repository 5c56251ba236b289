import { readFile } from 'node:fs/promises';
import { dirname, extname, resolve } from 'node:path';
import mammoth from 'mammoth';
import { Marked } from 'marked';
import type { ImportItem } from '../../../shared/import';
import {
  droppedImageNote,
  idFromFileName,
  takeHeading,
  titleFromFileName,
  type ConvertDefaults,
  type Converted,
} from './item';

/** A whole document is one item: id from the file name, language from --lang. */
function documentItem(
  file: string,
  title: string,
  html: string,
  defaults: ConvertDefaults,
): ImportItem {
  return {
    id: idFromFileName(file),
    lang: defaults.lang,
    title,
    bodyHtml: html,
    ...(defaults.type ? { type: defaults.type } : {}),
    ...(defaults.category ? { category: defaults.category } : {}),
    source: file,
  };
}

const single = (file: string, item: ImportItem, notes: string[]): Converted => {
  const note = droppedImageNote(file, item.bodyHtml);
  return { items: [item], problems: [], notes: note ? [...notes, note] : notes };
};

/** Markdown (GitHub flavour: tables, fenced code). Title: the first `#` heading, else the file name. */
export async function markdownItem(
  text: string,
  file: string,
  defaults: ConvertDefaults,
): Promise<Converted> {
  const rendered = await new Marked({ gfm: true }).parse(text.replace(/^\uFEFF/, ''));
  const notes: string[] = [];
  const html = await inlineLocalImages(rendered, file, notes);
  const heading = takeHeading(html, '1');
  return single(
    file,
    documentItem(file, heading?.title ?? titleFromFileName(file), heading?.html ?? html, defaults),
    notes,
  );
}

/** HTML page. Title: <title>, else the first <h1> (taken out of the body), else the file name. */
export async function htmlItem(
  text: string,
  file: string,
  defaults: ConvertDefaults,
): Promise<Converted> {
  const page = text.replace(/^\uFEFF/, '');
  const bodyMatch = /<body\b[^>]*>([\s\S]*?)(?:<\/body\s*>|$)/i.exec(page);
  // Without <body>, drop what would otherwise leak into the text: the head and its <title>.
  const body = (
    bodyMatch?.[1] ??
    page
      .replace(/<!doctype[^>]*>/gi, '')
      .replace(/<head\b[^>]*>[\s\S]*?<\/head\s*>/gi, '')
      .replace(/<\/?html\b[^>]*>/gi, '')
  ).trim();
  const notes: string[] = [];
  const html = await inlineLocalImages(body, file, notes);
  const pageTitle = takeTitleElement(page);
  const heading = takeHeading(html, '1');
  let title = pageTitle ?? heading?.title ?? titleFromFileName(file);
  let bodyHtml = html;
  // The usual page repeats its <title> as the first <h1>: show it once.
  if (heading && (pageTitle === undefined || heading.title === pageTitle)) {
    title = heading.title;
    bodyHtml = heading.html;
  }
  return single(file, documentItem(file, title, bodyHtml, defaults), notes);
}

function takeTitleElement(page: string): string | undefined {
  const match = /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i.exec(page);
  const heading = match ? takeHeading(`<h1>${match[1] ?? ''}</h1>`, '1') : undefined;
  return heading?.title;
}

/**
 * Word documents through mammoth: headings, lists, tables and links as HTML, images inline as
 * data: URIs (mammoth's default). Title: the first heading (taken out), else the file name.
 */
export async function docxItem(
  bytes: Buffer,
  file: string,
  defaults: ConvertDefaults,
): Promise<Converted> {
  let result: Awaited<ReturnType<typeof mammoth.convertToHtml>>;
  try {
    result = await mammoth.convertToHtml({ buffer: bytes });
  } catch (error) {
    return {
      items: [],
      problems: [{ file, message: `not a readable .docx file (${(error as Error).message})` }],
      notes: [],
    };
  }
  const notes = [...new Set(result.messages.map((m) => `${file}: ${m.type}: ${m.message}`))];
  const heading = takeHeading(result.value);
  return single(
    file,
    documentItem(
      file,
      heading?.title ?? titleFromFileName(file),
      heading?.html ?? result.value,
      defaults,
    ),
    notes,
  );
}

const IMAGE_TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
};

/**
 * Exported pages and Markdown folders refer to images beside them ("images/step1.png"); a
 * workstation could never load those, so they travel inline like a .docx's images.
 */
async function inlineLocalImages(html: string, file: string, notes: string[]): Promise<string> {
  const base = dirname(file);
  const parts: string[] = [];
  let last = 0;
  for (const match of html.matchAll(/(<img\b[^>]*\bsrc=)(["'])([^"']*)\2/gi)) {
    const src = match[3] ?? '';
    if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(src) || src === '') continue;
    const path = resolve(base, safeDecode(src.split(/[?#]/)[0] ?? ''));
    const type = IMAGE_TYPES[extname(path).toLowerCase()];
    let data: Buffer | undefined;
    if (type) data = await readFile(path).catch(() => undefined);
    if (!type || !data) {
      notes.push(
        `${file}: image "${src}" ${type ? 'not found' : 'is not PNG, JPEG, GIF or WebP'}; it will not show`,
      );
      continue;
    }
    parts.push(
      html.slice(last, match.index),
      `${match[1]}"data:${type};base64,${data.toString('base64')}"`,
    );
    last = match.index + match[0].length;
  }
  parts.push(html.slice(last));
  return parts.join('');
}

function safeDecode(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

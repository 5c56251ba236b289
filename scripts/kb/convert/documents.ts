import { readFile } from 'node:fs/promises';
import { dirname, extname, resolve } from 'node:path';
import type { ImportItem } from '../../../shared/import';
import {
  docxDocument,
  htmlDocument,
  markdownDocument,
  UnreadableDocxError,
  type ConvertedDocument,
} from '../../../server/knowledge/convert/documents';
import {
  droppedImageNote,
  idFromFileName,
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
  const doc = await markdownDocument(text);
  const notes: string[] = [];
  const html = await inlineLocalImages(doc.bodyHtml, file, notes);
  return single(
    file,
    documentItem(file, doc.title ?? titleFromFileName(file), html, defaults),
    notes,
  );
}

/** HTML page. Title: <title>, else the first <h1> (taken out of the body), else the file name. */
export async function htmlItem(
  text: string,
  file: string,
  defaults: ConvertDefaults,
): Promise<Converted> {
  const doc = htmlDocument(text);
  const notes: string[] = [];
  const html = await inlineLocalImages(doc.bodyHtml, file, notes);
  return single(
    file,
    documentItem(file, doc.title ?? titleFromFileName(file), html, defaults),
    notes,
  );
}

/**
 * Word documents through mammoth (server/knowledge/convert/documents.ts): images inline as data:
 * URIs. Title: the first heading (taken out), else the file name.
 */
export async function docxItem(
  bytes: Buffer,
  file: string,
  defaults: ConvertDefaults,
): Promise<Converted> {
  let doc: ConvertedDocument;
  try {
    doc = await docxDocument(bytes);
  } catch (error) {
    if (!(error instanceof UnreadableDocxError)) throw error;
    return {
      items: [],
      problems: [{ file, message: `not a readable .docx file (${error.message})` }],
      notes: [],
    };
  }
  const notes = doc.messages.map((m) => `${file}: ${m}`);
  return single(
    file,
    documentItem(file, doc.title ?? titleFromFileName(file), doc.bodyHtml, defaults),
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

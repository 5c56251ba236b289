import { basename, extname } from 'node:path';
import {
  MAX_INLINE_IMAGE_BYTES,
  type ConvertFormat,
} from '../../../shared/workstation/authoring-constants';
import { badRequest } from '../../http/errors';
import { OLE, startsWith, ZIP } from '../attachments';
import { sanitizeBody } from '../sanitize';
import {
  docxDocument,
  htmlDocument,
  KEPT_IMAGE,
  markdownDocument,
  UnreadableDocxError,
  type ConvertedDocument,
} from './documents';

/*
 * The editor's "import a document" (issue 9 item 7, R9): a .docx, Markdown or HTML file becomes
 * sanitized article HTML the author reviews before saving. Nothing is stored. Images travel
 * inline (data: URLs) so they replicate and show offline; what cannot is dropped with a note.
 */

export interface ConvertAnswer {
  title: string;
  bodyHtml: string;
  notes: string[];
}

const NOT_DOCX =
  'This file is not a Word .docx document (or it is damaged). Open it in Word and save it as ' +
  '"Word Document (.docx)", then import it again.';

export async function convertDocument(
  name: string,
  format: ConvertFormat,
  bytes: Buffer,
): Promise<ConvertAnswer> {
  const doc = format === 'docx' ? await readDocx(bytes) : await readText(format, bytes);
  const notes = [...doc.messages];
  const inlined = keepInlineImages(doc.bodyHtml, notes);
  const bodyHtml = sanitizeBody(inlined);
  const title = doc.title ?? (basename(name, extname(name)).trim() || name);
  return { title, bodyHtml, notes };
}

async function readDocx(bytes: Buffer): Promise<ConvertedDocument> {
  if (startsWith(bytes, OLE)) {
    throw badRequest(
      'This is an old Word .doc file: open it in Word and save it as "Word Document (.docx)", then import it again.',
    );
  }
  if (!startsWith(bytes, ZIP)) throw badRequest(NOT_DOCX);
  try {
    return await docxDocument(bytes);
  } catch (error) {
    if (error instanceof UnreadableDocxError) throw badRequest(NOT_DOCX);
    throw error;
  }
}

async function readText(format: 'markdown' | 'html', bytes: Buffer): Promise<ConvertedDocument> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw badRequest('This file is not UTF-8 text: save it as UTF-8 and import it again.');
  }
  return format === 'markdown' ? markdownDocument(text) : htmlDocument(text);
}

/**
 * Inline raster images up to MAX_INLINE_IMAGE_BYTES stay; bigger ones, other formats (EMF, SVG)
 * and images referring to files beside the document (which the server never sees) are dropped,
 * each with a note, so the author knows to attach or re-insert them.
 */
function keepInlineImages(html: string, notes: string[]): string {
  let tooBig = 0;
  let otherFormat = 0;
  const elsewhere: string[] = [];
  const kept = html.replace(/<img\b[^>]*>/gi, (tag) => {
    const src = /\bsrc\s*=\s*(["'])([^"']*)\1/i.exec(tag)?.[2] ?? '';
    if (/^https?:\/\//i.test(src)) return tag;
    if (!src.startsWith('data:')) {
      elsewhere.push(src || '(no source)');
      return '';
    }
    if (!KEPT_IMAGE.test(src)) {
      otherFormat += 1;
      return '';
    }
    const base64 = src.slice(src.indexOf(',') + 1);
    if (Math.floor((base64.length * 3) / 4) > MAX_INLINE_IMAGE_BYTES) {
      tooBig += 1;
      return '';
    }
    return tag;
  });
  const kib = Math.round(MAX_INLINE_IMAGE_BYTES / 1024);
  if (tooBig > 0) {
    notes.push(
      `${tooBig} image(s) larger than ${kib} KB were left out: make them smaller, or attach them as files.`,
    );
  }
  if (otherFormat > 0) {
    notes.push(
      `${otherFormat} image(s) in a format other than PNG, JPEG, GIF or WebP (such as Word drawings) were left out.`,
    );
  }
  if (elsewhere.length > 0) {
    notes.push(
      `${elsewhere.length} image(s) refer to files beside the document and were left out: ${elsewhere.slice(0, 5).join(', ')}.`,
    );
  }
  return kept;
}

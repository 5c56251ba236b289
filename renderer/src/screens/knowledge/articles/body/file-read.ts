import {
  ATTACHMENT_TYPES,
  MAX_ATTACHMENT_BYTES,
  MAX_CONVERT_BYTES,
  MAX_INLINE_IMAGE_BYTES,
  type ConvertFormat,
} from '../../../../../../shared/workstation/authoring-constants';

/*
 * Files the author picks (images, documents to import, attachments): checked here against the
 * server's limits before anything is read or sent, so a refusal comes at once with a reason.
 */

export const INLINE_IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const;

export type FileRefusal =
  { reason: 'too-large'; limit: number } | { reason: 'wrong-type' } | { reason: 'empty' };

interface PickedFile {
  name: string;
  size: number;
  type: string;
}

export function checkInlineImage(file: PickedFile): FileRefusal | null {
  if (!(INLINE_IMAGE_TYPES as readonly string[]).includes(file.type))
    return { reason: 'wrong-type' };
  if (file.size > MAX_INLINE_IMAGE_BYTES)
    return { reason: 'too-large', limit: MAX_INLINE_IMAGE_BYTES };
  return null;
}

/** The MIME type the server accepts for an attachment (browsers leave some Office types empty). */
export function attachmentMime(file: PickedFile): (typeof ATTACHMENT_TYPES)[number] | null {
  if ((ATTACHMENT_TYPES as readonly string[]).includes(file.type)) {
    return file.type as (typeof ATTACHMENT_TYPES)[number];
  }
  const ext = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase();
  const byExt: Record<string, (typeof ATTACHMENT_TYPES)[number]> = {
    pdf: 'application/pdf',
    docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    doc: 'application/msword',
    xls: 'application/vnd.ms-excel',
    txt: 'text/plain',
    csv: 'text/csv',
    png: 'image/png',
    jpg: 'image/jpeg',
    jpeg: 'image/jpeg',
    gif: 'image/gif',
    webp: 'image/webp',
  };
  return (ext && byExt[ext]) || null;
}

export function checkAttachment(file: PickedFile): FileRefusal | null {
  if (file.size === 0) return { reason: 'empty' };
  if (!attachmentMime(file)) return { reason: 'wrong-type' };
  if (file.size > MAX_ATTACHMENT_BYTES) return { reason: 'too-large', limit: MAX_ATTACHMENT_BYTES };
  return null;
}

/** .docx, .md/.markdown, .html/.htm; null for anything else. */
export function convertFormat(file: PickedFile): ConvertFormat | null {
  const name = file.name.toLowerCase();
  if (name.endsWith('.docx')) return 'docx';
  if (name.endsWith('.md') || name.endsWith('.markdown')) return 'markdown';
  if (name.endsWith('.html') || name.endsWith('.htm')) return 'html';
  return null;
}

export function checkConvert(file: PickedFile): FileRefusal | null {
  if (file.size === 0) return { reason: 'empty' };
  if (!convertFormat(file)) return { reason: 'wrong-type' };
  if (file.size > MAX_CONVERT_BYTES) return { reason: 'too-large', limit: MAX_CONVERT_BYTES };
  return null;
}

/** "512 KB", "1.5 MB" (binary units, like file managers). */
export function formatBytes(bytes: number, locale: string): string {
  const units = ['B', 'KB', 'MB'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
}

export async function readBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

export async function readDataUrl(file: Blob & { type: string }): Promise<string> {
  return `data:${file.type};base64,${await readBase64(file)}`;
}

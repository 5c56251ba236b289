import {
  MAX_ATTACHMENT_BYTES,
  type ATTACHMENT_TYPES,
} from '../../shared/workstation/authoring-constants';
import { badRequest, HttpError, notFound } from '../http/errors';
import type { Queryable } from '../store/store';

/*
 * Files linked from articles (R9): PDFs, Office documents, images and text, stored in the
 * database (one backup holds everything) and downloaded by an unguessable id. The article links
 * to the download address; agents open it while online.
 */

export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

export interface StoredAttachment {
  id: string;
  name: string;
  mime: string;
  size: number;
  url: string;
}

const MB = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

export const attachmentUrl = (id: string, name: string) =>
  `/api/attachments/${id}/${encodeURIComponent(name)}`;

/** Control characters and path separators have no place in a file name sent back in a header. */
export function cleanFileName(name: string): string {
  const cleaned = name
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .replace(/[/\\]/g, '_')
    .trim();
  if (cleaned === '' || /^\.+$/.test(cleaned)) throw badRequest('The file needs a name.');
  return cleaned;
}

export function assertAttachmentSize(size: number): void {
  if (size > MAX_ATTACHMENT_BYTES) {
    throw new HttpError(
      413,
      'body-too-large',
      `The file is ${MB(size)}; attachments can be at most ${MB(MAX_ATTACHMENT_BYTES)}. Make it smaller or split it.`,
    );
  }
  if (size === 0) throw badRequest('The file is empty.');
}

/** Whether the bytes begin (at `at`) with a file type's magic number. */
export const startsWith = (bytes: Buffer, magic: number[], at = 0) =>
  bytes.length >= at + magic.length && magic.every((b, i) => bytes[at + i] === b);
const ascii = (text: string) => [...Buffer.from(text, 'latin1')];

export const ZIP = ascii('PK\x03\x04');
export const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Zip entry names are stored uncompressed: an Office file has its part folder among them. */
const zipWith = (folder: string) => (b: Buffer) => startsWith(b, ZIP) && b.includes(`${folder}/`);

/** What the bytes of each allowed type begin with; text must simply not be binary. */
const LOOKS_LIKE: Record<AttachmentType, (bytes: Buffer) => boolean> = {
  'application/pdf': (b) => startsWith(b, ascii('%PDF-')),
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': zipWith('word'),
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': zipWith('xl'),
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': zipWith('ppt'),
  'application/msword': (b) => startsWith(b, OLE),
  'application/vnd.ms-excel': (b) => startsWith(b, OLE),
  'text/plain': (b) => !b.subarray(0, 8192).includes(0),
  'text/csv': (b) => !b.subarray(0, 8192).includes(0),
  'image/png': (b) => startsWith(b, [0x89, ...ascii('PNG\r\n\x1a\n')]),
  'image/jpeg': (b) => startsWith(b, [0xff, 0xd8, 0xff]),
  'image/gif': (b) => startsWith(b, ascii('GIF87a')) || startsWith(b, ascii('GIF89a')),
  'image/webp': (b) => startsWith(b, ascii('RIFF')) && startsWith(b, ascii('WEBP'), 8),
};

/** A file whose bytes are not what it claims to be (an .exe named report.pdf) is refused. */
export function assertContentMatches(mime: AttachmentType, bytes: Buffer): void {
  if (!LOOKS_LIKE[mime](bytes)) {
    throw badRequest(
      `The file's content is not ${mime}: it may be damaged or have the wrong extension.`,
    );
  }
}

export async function storeAttachment(
  tx: Queryable,
  input: { articleId: string; name: string; mime: AttachmentType; bytes: Buffer },
  userId: number,
): Promise<StoredAttachment> {
  const [article] = await tx.query('SELECT 1 FROM articles WHERE id = $1', [input.articleId]);
  if (!article) throw notFound('The article');
  const [row] = await tx.query<{ id: string }>(
    `INSERT INTO attachments (article_id, name, mime, size, data, created_by)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id::text AS id`,
    [input.articleId, input.name, input.mime, input.bytes.length, input.bytes, userId],
  );
  if (!row) throw new Error('The attachment insert returned nothing.');
  return {
    id: row.id,
    name: input.name,
    mime: input.mime,
    size: input.bytes.length,
    url: attachmentUrl(row.id, input.name),
  };
}

export async function readAttachment(
  q: Queryable,
  id: string,
): Promise<{ name: string; mime: string; data: Buffer } | null> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return null;
  const [row] = await q.query<{ name: string; mime: string; data: Uint8Array }>(
    'SELECT name, mime, data FROM attachments WHERE id = $1',
    [id],
  );
  return row ? { name: row.name, mime: row.mime, data: Buffer.from(row.data) } : null;
}

/** Inline for images (they may be shown in place), a download for everything else. */
export function contentDisposition(name: string, mime: string): string {
  const kind = mime.startsWith('image/') ? 'inline' : 'attachment';
  const fallback = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${kind}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

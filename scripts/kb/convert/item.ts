import { createHash } from 'node:crypto';
import { basename, extname } from 'node:path';
import type { ArticleType } from '../../../shared/article';
import type { ImportItem } from '../../../shared/import';
import { droppedImageTypes } from '../../../server/knowledge/convert/documents';

/** What the command line says about files that do not say it themselves. */
export interface ConvertDefaults {
  /** Language of Markdown, HTML and .docx files (a JSONL line names its own). */
  lang: string;
  /** Type and category path of items that do not name their own. */
  type?: ArticleType;
  category?: string;
}

/** A problem with one item: `FILE:LINE` for JSONL, `FILE` for whole documents. */
export interface FileProblem {
  file: string;
  line?: number;
  message: string;
}

export interface Converted {
  items: ImportItem[];
  problems: FileProblem[];
  /** Things the user should know that do not stop the import (a converter's warnings). */
  notes: string[];
}

export const where = (p: { file: string; line?: number }): string =>
  p.line === undefined ? p.file : `${p.file}:${p.line}`;

/** The article id of a document is its file name as a slug; ids must match the server's pattern. */
export function idFromFileName(file: string): string {
  const name = basename(file, extname(file));
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120);
  // A name in Chinese (or only punctuation) has no Latin slug: a short hash keeps ids distinct.
  return slug || `doc-${createHash('sha256').update(name).digest('hex').slice(0, 12)}`;
}

export const titleFromFileName = (file: string): string => basename(file, extname(file)).trim();

export { takeHeading } from '../../../server/knowledge/convert/documents';

/** Inline images the server would drop (EMF and WMF drawings from Word, SVG, TIFF). */
export function droppedImageNote(file: string, html: string): string | undefined {
  const dropped = droppedImageTypes(html);
  if (dropped.length === 0) return undefined;
  const types = [...new Set(dropped)].join(', ');
  return `${file}: ${dropped.length} image${dropped.length === 1 ? '' : 's'} in a format the server does not keep (${types}); only PNG, JPEG, GIF and WebP images are imported`;
}

import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { htmlItem, docxItem, markdownItem } from './documents';
import type { ConvertDefaults, Converted } from './item';
import { jsonlItems } from './jsonl';

export type { ConvertDefaults, Converted, FileProblem } from './item';
export { where } from './item';

export const IMPORT_EXTENSIONS = ['.jsonl', '.md', '.markdown', '.html', '.htm', '.docx'];

/** Converts one file to import items by its extension; text files must be UTF-8. */
export async function convertFile(file: string, defaults: ConvertDefaults): Promise<Converted> {
  const ext = extname(file).toLowerCase();
  const bytes = await readFile(file);
  if (ext === '.docx') return docxItem(bytes, file, defaults);
  if (!IMPORT_EXTENSIONS.includes(ext)) {
    return failed(
      file,
      `cannot import ${ext || 'files without an extension'} (known: ${IMPORT_EXTENSIONS.join(', ')})`,
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return failed(file, 'not valid UTF-8 text (save it as UTF-8 and import it again)');
  }
  if (ext === '.jsonl') return jsonlItems(text, file, defaults);
  if (ext === '.md' || ext === '.markdown') return markdownItem(text, file, defaults);
  return htmlItem(text, file, defaults);
}

const failed = (file: string, message: string): Converted => ({
  items: [],
  problems: [{ file, message }],
  notes: [],
});

import { looksLikeHtml, plainTextToHtml } from '../../../db/html-text';
import { IMPORT_LINE_FIELDS, type ImportItem } from '../../../shared/import';
import { parseContentLanguage } from '../../../shared/languages';
import type { ConvertDefaults, Converted } from './item';

/**
 * One `{"id","lang","title","body","category"}` object a line (optional "tags", "type",
 * "synonyms", "summary", "owner", "audience"), the same lines `kb import --db` reads. Only the
 * shape is checked here; the server checks every value and names the line of a bad one, since
 * each item carries its `source`.
 */
export function jsonlItems(text: string, file: string, defaults: ConvertDefaults): Converted {
  const out: Converted = { items: [], problems: [], notes: [] };
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((raw, i) => {
      if (raw.trim() === '') return;
      const line = i + 1;
      const problem = (message: string) => out.problems.push({ file, line, message });
      let value: unknown;
      try {
        value = JSON.parse(raw);
      } catch (error) {
        problem(`not valid JSON (${(error as Error).message})`);
        return;
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        problem('expected a JSON object {"id","lang","title","body","category"}');
        return;
      }
      const { body, lang, ...rest } = value as Record<string, unknown>;
      const unknown = Object.keys(value).filter((k) => !IMPORT_LINE_FIELDS.has(k));
      if (unknown.length > 0) {
        problem(
          `unknown field${unknown.length === 1 ? '' : 's'} ${unknown.map((k) => `"${k}"`).join(', ')}`,
        );
        return;
      }
      if (typeof body !== 'string') {
        problem(
          '"body" must be a string (HTML, or plain text with blank lines between paragraphs)',
        );
        return;
      }
      const item = {
        ...rest,
        lang: typeof lang === 'string' ? (parseContentLanguage(lang) ?? lang) : lang,
        bodyHtml: looksLikeHtml(body) ? body : plainTextToHtml(body),
        ...(rest.type === undefined && defaults.type ? { type: defaults.type } : {}),
        ...(rest.category === undefined && defaults.category
          ? { category: defaults.category }
          : {}),
        source: `${file}:${line}`,
      };
      // The remaining values are checked by the server, which answers with this item's source.
      out.items.push(item as ImportItem);
    });
  return out;
}

import { readFileSync } from 'node:fs';
import { parseContentLanguage, type ContentLanguage } from '../../shared/languages';

export interface BatchQuery {
  q: string;
  /** Absent when the line names no language. */
  lang?: ContentLanguage;
}

export type QueriesFile = { ok: true; queries: BatchQuery[] } | { ok: false; errors: string[] };

const ACCEPTED_LANGS = 'en, id, hu, zh-Hans, zh-Hant (or zh-CN, zh-TW)';

/**
 * Reads a JSONL file of {"q","lang"} lines (other fields, such as an eval set's "expected_id",
 * are ignored). Every bad line is reported as FILE:LINE: problem before anything is searched.
 */
export function readQueriesFile(file: string): QueriesFile {
  const queries: BatchQuery[] = [];
  const errors: string[] = [];
  readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((raw, i) => {
      if (raw.trim() === '') return;
      const where = `${file}:${i + 1}`;
      let value: unknown;
      try {
        value = JSON.parse(raw);
      } catch (error) {
        errors.push(`${where}: not valid JSON (${(error as Error).message})`);
        return;
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        errors.push(`${where}: expected a JSON object {"q","lang"}`);
        return;
      }
      const { q, lang } = value as Record<string, unknown>;
      if (typeof q !== 'string') {
        errors.push(`${where}: "q" must be a string`);
        return;
      }
      if (lang === undefined || lang === null) {
        queries.push({ q });
        return;
      }
      const parsed = typeof lang === 'string' ? parseContentLanguage(lang) : undefined;
      if (parsed === undefined) errors.push(`${where}: "lang" must be one of ${ACCEPTED_LANGS}`);
      else queries.push({ q, lang: parsed });
    });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, queries };
}

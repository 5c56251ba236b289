import { readFileSync } from 'node:fs';
import type { ArticleType } from '../shared/article';
import { CONTENT_LANGUAGES } from '../shared/languages';
import { upsertArticles, type ArticleInput } from './articles';
import { categoryIdForName, ensureCategories, type CategoryNames } from './categories';
import type { Replica } from './connection';
import { readArticleLine, type ArticleLine } from './import-line';

export interface ImportLineError {
  /** 1-based. */
  line: number;
  message: string;
}

export interface ImportCategory {
  id: string;
  names: CategoryNames;
}

export type ParseResult =
  | { ok: true; articles: ArticleInput[]; categories: ImportCategory[] }
  | { ok: false; errors: ImportLineError[] };

/** A file with bad lines; nothing from it was committed. */
export class ArticleImportError extends Error {
  override readonly name = 'ArticleImportError';

  constructor(
    readonly file: string,
    readonly errors: readonly ImportLineError[],
  ) {
    const shown = errors.slice(0, 20).map((e) => `  line ${e.line}: ${e.message}`);
    if (errors.length > shown.length) shown.push(`  … and ${errors.length - shown.length} more`);
    super(
      `${file}: ${errors.length} bad line${errors.length === 1 ? '' : 's'}; nothing was imported.\n${shown.join('\n')}`,
    );
  }
}

/** Imported articles start at revision 1; a synced revision from the server outranks them. */
const IMPORT_REVISION = 1;

/**
 * Reads JSONL article variants, one `{"id","lang","title","body","category"}` object a line
 * (optional "tags", "type", "synonyms", "summary", "owner"); blank lines are skipped. Either
 * every line is good, or every bad line is reported by number.
 */
export function parseArticlesJsonl(text: string, now = new Date().toISOString()): ParseResult {
  const errors: ImportLineError[] = [];
  const lines: { line: number; value: ArticleLine }[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((raw, i) => {
      if (raw.trim() === '') return;
      const line = i + 1;
      let json: unknown;
      try {
        json = JSON.parse(raw);
      } catch (error) {
        errors.push({ line, message: `not valid JSON (${(error as Error).message})` });
        return;
      }
      const value = readArticleLine(json);
      if (Array.isArray(value)) errors.push({ line, message: value.join('; ') });
      else lines.push({ line, value });
    });

  const combined = combineVariants(lines, errors);
  if (errors.length > 0) return { ok: false, errors: errors.sort((a, b) => a.line - b.line) };

  const categories = new Map<string, CategoryNames>();
  const articles = combined.map(({ lines: variants, type, owner }) => {
    const categoryIds = new Set<string>();
    for (const v of variants) {
      for (const names of v.categories) {
        const id = categoryIdFor(names);
        categories.set(id, { ...names, ...categories.get(id) });
        categoryIds.add(id);
      }
    }
    return variants.map((v): ArticleInput => ({
      id: v.id,
      lang: v.lang,
      type,
      title: v.title,
      summary: v.summary,
      bodyHtml: v.bodyHtml,
      bodyText: v.bodyText,
      tags: v.tags,
      synonyms: v.synonyms,
      categoryIds: [...categoryIds],
      revision: IMPORT_REVISION,
      updatedAt: now,
      owner,
    }));
  });
  return {
    ok: true,
    articles: articles.flat(),
    categories: [...categories].map(([id, names]) => ({ id, names })),
  };
}

/**
 * Reads and imports a JSONL file in one transaction; returns the number of variants written.
 * Throws ArticleImportError, having committed nothing, when any line is bad.
 */
export function importArticlesFile(replica: Replica, file: string): number {
  const text = decodeUtf8(readFileSync(file), file);
  const parsed = parseArticlesJsonl(text);
  if (!parsed.ok) throw new ArticleImportError(file, parsed.errors);
  const applied = replica.transaction(() => {
    ensureCategories(replica, parsed.categories);
    return upsertArticles(replica, parsed.articles).applied;
  });
  if (applied >= COMPACT_AFTER) replica.compact();
  return applied;
}

/** Imports of at least this many variants are followed by Replica.compact(). */
const COMPACT_AFTER = 1_000;

interface CombinedArticle {
  lines: ArticleLine[];
  type: ArticleType;
  owner: string;
}

/** Fields every language variant of one article shares. */
const SHARED = ['type', 'owner'] as const;
type Shared = (typeof SHARED)[number];

/**
 * Takes `field` from a line into the article, or says how it disagrees with the line that set
 * it first. Checks only; the caller records nothing from a disagreeing line.
 */
function agree(
  entry: { article: CombinedArticle; setOn: Partial<Record<Shared, number>> },
  field: Shared,
  value: ArticleLine,
): string | undefined {
  const given = value[field];
  if (given === undefined) return undefined;
  const firstLine = entry.setOn[field];
  if (firstLine !== undefined && entry.article[field] !== given) {
    return `"${field}" ${given} differs from "${entry.article[field]}" on line ${firstLine}`;
  }
  return undefined;
}

/** Groups the variants of each article; its lines must agree on type and owner, and name each language once. */
function combineVariants(
  lines: readonly { line: number; value: ArticleLine }[],
  errors: ImportLineError[],
): CombinedArticle[] {
  const byId = new Map<
    string,
    { first: Map<string, number>; article: CombinedArticle; setOn: Partial<Record<Shared, number>> }
  >();
  for (const { line, value } of lines) {
    let entry = byId.get(value.id);
    if (!entry) {
      entry = { first: new Map(), article: { lines: [], type: 'reference', owner: '' }, setOn: {} };
      byId.set(value.id, entry);
    }
    const earlier = entry.first.get(value.lang);
    if (earlier !== undefined) {
      errors.push({
        line,
        message: `"${value.id}" in ${value.lang} is already on line ${earlier}`,
      });
      continue;
    }
    const disagreement = SHARED.map((field) => agree(entry, field, value)).find(Boolean);
    if (disagreement) {
      errors.push({ line, message: disagreement });
      continue;
    }
    if (value.type !== undefined) entry.article.type = value.type;
    if (value.owner !== undefined) entry.article.owner = value.owner;
    for (const field of SHARED) if (value[field] !== undefined) entry.setOn[field] ??= line;
    entry.first.set(value.lang, line);
    entry.article.lines.push(value);
  }
  return [...byId.values()].map((e) => e.article);
}

/** Named in English when it has an English name, so the id reads well; otherwise by its first name. */
function categoryIdFor(names: CategoryNames): string {
  const lang = CONTENT_LANGUAGES.find((l) => names[l] !== undefined) ?? 'en';
  return categoryIdForName(names[lang] ?? '');
}

/** UTF-8 text, or ArticleImportError naming every line that is not valid UTF-8. */
function decodeUtf8(bytes: Buffer, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const errors: ImportLineError[] = [];
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let start = 0;
    let line = 1;
    while (start <= bytes.length) {
      const end = bytes.indexOf(0x0a, start);
      const stop = end === -1 ? bytes.length : end;
      try {
        decoder.decode(bytes.subarray(start, stop));
      } catch {
        errors.push({ line, message: 'not valid UTF-8 text' });
      }
      if (end === -1) break;
      start = end + 1;
      line++;
    }
    throw new ArticleImportError(file, errors);
  }
}

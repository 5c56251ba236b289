import { IMPORT_LINE_FIELDS } from '../shared/import';
import { ARTICLE_TYPES, type ArticleType } from '../shared/article';
import { parseContentLanguage, type ContentLanguage } from '../shared/languages';
import type { CategoryNames } from './categories';
import { htmlToPlainText, looksLikeHtml, plainTextToHtml, tidyPlainText } from './html-text';

/** One valid line of an articles JSONL file, before lines of the same article are combined. */
export interface ArticleLine {
  id: string;
  lang: ContentLanguage;
  /** Absent when the line does not say; the article's other lines may. */
  type?: ArticleType;
  owner?: string;
  title: string;
  summary: string;
  bodyHtml: string;
  bodyText: string;
  tags: string[];
  synonyms: string[];
  /** Each category by its names; at least one. */
  categories: CategoryNames[];
}

const ID = /^[^\s\p{C}]{1,200}$/u;
const MAX_TITLE = 500;
const MAX_BODY = 2_000_000;
const MAX_WORDS = 100;
const MAX_WORD = 200;
const ACCEPTED_LANGS = 'en, id, hu, zh-Hans, zh-Hant (or zh-CN, zh-TW)';

/** Validates one parsed JSON value; returns the line or every problem found in it. */
export function readArticleLine(value: unknown): ArticleLine | string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return ['expected a JSON object {"id","lang","title","body","category"}'];
  }
  const o = value as Record<string, unknown>;
  const problems: string[] = [];
  for (const key of Object.keys(o)) {
    if (!IMPORT_LINE_FIELDS.has(key)) problems.push(`unknown field "${key}"`);
  }

  const id = typeof o.id === 'string' && ID.test(o.id) ? o.id : undefined;
  if (id === undefined) problems.push('"id" must be 1–200 characters without spaces');
  const lang = typeof o.lang === 'string' ? parseContentLanguage(o.lang) : undefined;
  if (lang === undefined) problems.push(`"lang" must be one of ${ACCEPTED_LANGS}`);
  const title = text(o.title, '"title"', MAX_TITLE, problems, true);
  const body = text(o.body, '"body"', MAX_BODY, problems, true);
  const summary =
    o.summary === undefined ? '' : text(o.summary, '"summary"', MAX_BODY, problems, false);
  const owner =
    o.owner === undefined ? undefined : text(o.owner, '"owner"', MAX_WORD, problems, false);
  const tags = words(o.tags, '"tags"', problems);
  const synonyms = words(o.synonyms, '"synonyms"', problems);
  const categories = readCategories(o.category, lang, problems);

  let type: ArticleType | undefined;
  if (o.type !== undefined) {
    type = ARTICLE_TYPES.find((t) => t === o.type);
    if (type === undefined) problems.push(`"type" must be one of ${ARTICLE_TYPES.join(', ')}`);
  }

  if (problems.length > 0 || id === undefined || lang === undefined) return problems;
  const html = looksLikeHtml(body);
  return {
    id,
    lang,
    ...(type !== undefined && { type }),
    ...(owner !== undefined && { owner }),
    title: title.trim(),
    summary: summary.trim(),
    bodyHtml: html ? body : plainTextToHtml(body),
    bodyText: html ? htmlToPlainText(body) : tidyPlainText(body),
    tags,
    synonyms,
    categories,
  };
}

function text(
  value: unknown,
  name: string,
  max: number,
  problems: string[],
  required: boolean,
): string {
  if (typeof value !== 'string') {
    problems.push(`${name} must be a string`);
    return '';
  }
  if (required && value.trim() === '') problems.push(`${name} must not be empty`);
  if (value.length > max) problems.push(`${name} is longer than ${max} characters`);
  return value;
}

function words(value: unknown, name: string, problems: string[]): string[] {
  if (value === undefined) return [];
  const ok =
    Array.isArray(value) &&
    value.length <= MAX_WORDS &&
    value.every((w) => typeof w === 'string' && w.trim() !== '' && w.length <= MAX_WORD);
  if (!ok) {
    problems.push(`${name} must be a list of at most ${MAX_WORDS} non-empty strings`);
    return [];
  }
  return [...new Set((value as string[]).map((w) => w.trim()))];
}

/** "category" is a name, names by language ({"en": "Cards", "hu": "Kártyák"}), or a list of either. */
function readCategories(
  value: unknown,
  lang: ContentLanguage | undefined,
  problems: string[],
): CategoryNames[] {
  const list = Array.isArray(value) ? value : [value];
  const categories: CategoryNames[] = [];
  for (const item of list) {
    const names = readCategoryNames(item, lang ?? 'en');
    if (names === undefined) {
      problems.push(
        '"category" must be a name, names by language ({"en": "Cards", "hu": "Kártyák"}), or a list of these',
      );
      return [];
    }
    categories.push(names);
  }
  if (categories.length === 0) problems.push('"category" must name at least one category');
  return categories;
}

/** A plain name is taken to be in the line's own language. */
function readCategoryNames(item: unknown, lang: ContentLanguage): CategoryNames | undefined {
  if (typeof item === 'string') {
    const name = item.trim();
    return name !== '' && name.length <= MAX_WORD ? { [lang]: name } : undefined;
  }
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return undefined;
  const names: CategoryNames = {};
  for (const [code, name] of Object.entries(item)) {
    const lang = parseContentLanguage(code);
    if (
      lang === undefined ||
      typeof name !== 'string' ||
      name.trim() === '' ||
      name.length > MAX_WORD
    ) {
      return undefined;
    }
    names[lang] = name.trim();
  }
  return Object.keys(names).length > 0 ? names : undefined;
}

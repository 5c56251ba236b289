import { z } from 'zod';
import type { ImportedVariant, ImportItem, ImportProblem } from '../../shared/import';
import { parseContentLanguage } from '../../shared/languages';
import { contentLanguageSchema, localizedTextSchema } from '../../shared/sync/records';
import type { FeedWriter } from '../feed/writer';
import type { Queryable } from '../store/store';
import { putArticle, saveRevision } from './articles';
import { ensureCategoryPath } from './categories';
import { categoryPath } from './demo-loader';
import { articleMetaBody, contentId, revisionBody } from './schemas';

/**
 * Bulk import (issue 4 item 6). Items are validated one by one, so a bad item can be named by
 * its source and, with keepGoing, skipped; the good ones are then written by the same functions
 * as the authoring routes, in the caller's one transaction.
 */

/** Requests carry whole documents with their images inline (a .docx manual's screenshots). */
export const IMPORT_BODY_LIMIT = 50 * 1024 * 1024;
export const IMPORT_MAX_ITEMS = 10_000;
/** Larger than an authored body (1 MiB): base64 images make converted documents big. */
const IMPORT_MAX_BODY_CHARS = 16 * 1024 * 1024;

const categorySpec = z.union([
  z.string().trim().min(1).max(500),
  localizedTextSchema.refine((n) => Object.keys(n).length > 0, 'at least one language'),
]);

export const importItemSchema = revisionBody
  .pick({ title: true, summary: true, tags: true, synonyms: true })
  .extend({
    id: contentId,
    // Customers' systems say zh-CN / zh-TW; the store keeps script codes.
    lang: z.preprocess(
      (v) => (typeof v === 'string' ? (parseContentLanguage(v) ?? v) : v),
      contentLanguageSchema,
    ),
    bodyHtml: z.string().max(IMPORT_MAX_BODY_CHARS),
    type: articleMetaBody.shape.type,
    owner: articleMetaBody.shape.owner,
    audience: articleMetaBody.shape.audience,
    category: z.union([categorySpec, z.array(categorySpec).max(50)]).optional(),
    source: z.string().max(1000).optional(),
  });
type ParsedItem = z.output<typeof importItemSchema>;

// The wire contract in shared/ and this schema must describe the same object.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const contractMatches: Same<keyof z.input<typeof importItemSchema>, keyof ImportItem> = true;
const clientItemsAccepted: ImportItem extends z.input<typeof importItemSchema> ? true : never =
  true;
void contractMatches;
void clientItemsAccepted;

export const importBody = z.strictObject({
  items: z
    .array(
      z.unknown().meta({ description: 'An ImportItem (shared/import.ts); checked one by one.' }),
    )
    .min(1)
    .max(IMPORT_MAX_ITEMS),
  keepGoing: z.boolean().default(false),
  publish: z.boolean().default(false),
});

export interface CheckedItem {
  index: number;
  item: ParsedItem;
}

/**
 * Validates every item and the items against each other (one variant per id and language; the
 * article-wide fields agree). Every problem is reported, not just the first.
 */
export function checkImportItems(raw: readonly unknown[]): {
  items: CheckedItem[];
  problems: ImportProblem[];
} {
  const items: CheckedItem[] = [];
  const problems: ImportProblem[] = [];
  const seen = new Map<string, CheckedItem>();
  const articleFields = new Map<string, Map<string, CheckedItem>>();
  raw.forEach((value, index) => {
    const source = sourceOf(value);
    const problem = (message: string) =>
      problems.push({ index, ...(source !== undefined ? { source } : {}), message });
    const parsed = importItemSchema.safeParse(value);
    if (!parsed.success) {
      problem(
        parsed.error.issues
          .slice(0, 5)
          .map((i) => (i.path.length > 0 ? `${i.path.join('.')}: ${i.message}` : i.message))
          .join('; '),
      );
      return;
    }
    const checked = { index, item: parsed.data };
    const key = `${parsed.data.id}\u0000${parsed.data.lang}`;
    const earlier = seen.get(key);
    if (earlier) {
      problem(`"${parsed.data.id}" in ${parsed.data.lang} is already ${where(earlier)}`);
      return;
    }
    const fields = articleFields.get(parsed.data.id) ?? new Map<string, CheckedItem>();
    for (const field of ['type', 'owner', 'audience'] as const) {
      const other = fields.get(field);
      if (
        parsed.data[field] !== undefined &&
        other &&
        JSON.stringify(other.item[field]) !== JSON.stringify(parsed.data[field])
      ) {
        problem(`"${field}" differs from ${where(other)} of the same article`);
        return;
      }
    }
    for (const field of ['type', 'owner', 'audience'] as const) {
      if (parsed.data[field] !== undefined && !fields.has(field)) fields.set(field, checked);
    }
    articleFields.set(parsed.data.id, fields);
    seen.set(key, checked);
    items.push(checked);
  });
  return { items, problems };
}

function sourceOf(value: unknown): string | undefined {
  const source = (value as { source?: unknown } | null)?.source;
  return typeof source === 'string' ? source.slice(0, 1000) : undefined;
}

function where(checked: CheckedItem): string {
  return checked.item.source ? `in ${checked.item.source}` : `item ${checked.index}`;
}

/** One line per problem, for error messages: "articles.jsonl:3: title: Too small…". */
export function formatProblem(problem: ImportProblem): string {
  return `${problem.source ?? `item ${problem.index}`}: ${problem.message}`;
}

/**
 * Writes the checked items inside the caller's write transaction: per article, its metadata and
 * categories (created as needed, like the demo loader's), then one new revision per variant.
 */
export async function writeImport(
  tx: Queryable,
  feed: FeedWriter,
  checked: readonly CheckedItem[],
  options: { publish: boolean; userId: number },
): Promise<{ articles: number; variants: ImportedVariant[] }> {
  const byArticle = new Map<string, CheckedItem[]>();
  for (const c of checked) byArticle.set(c.item.id, [...(byArticle.get(c.item.id) ?? []), c]);
  const variants: ImportedVariant[] = [];
  for (const [id, group] of byArticle) {
    const first = <K extends 'type' | 'owner' | 'audience'>(field: K) =>
      group.find((c) => c.item[field] !== undefined)?.item[field];
    let categoryIds: string[] | undefined;
    for (const { item } of group) {
      if (item.category === undefined) continue;
      for (const spec of Array.isArray(item.category) ? item.category : [item.category]) {
        const leaf = await ensureCategoryPath(tx, feed, categoryPath(spec, item.lang));
        if (leaf) categoryIds = [...(categoryIds ?? []), leaf];
      }
    }
    await putArticle(
      tx,
      feed,
      id,
      {
        type: first('type'),
        owner: first('owner'),
        audience: first('audience'),
        ...(categoryIds ? { categoryIds } : {}),
      },
      options.userId,
    );
    for (const { index, item } of group) {
      const revision = await saveRevision(
        tx,
        feed,
        id,
        item.lang,
        {
          title: item.title,
          summary: item.summary,
          bodyHtml: item.bodyHtml,
          tags: item.tags,
          synonyms: item.synonyms,
          note: `Imported${item.source ? ` from ${item.source}` : ''}`.slice(0, 500),
          publish: options.publish,
        },
        options.userId,
      );
      variants.push({ index, id, lang: item.lang, revision });
    }
  }
  return { articles: byArticle.size, variants };
}

import { createHash } from 'node:crypto';
import type { CategoryRef } from '../shared/article';
import { CONTENT_LANGUAGES, type ContentLanguage } from '../shared/languages';
import { pickText } from '../shared/localized-text';
import type { Replica } from './connection';
import { invalidateEngineState } from './engine/state';

export type CategoryNames = Partial<Record<ContentLanguage, string>>;

export interface CategoryInput {
  id: string;
  parentId: string | null;
  position: number;
  names: CategoryNames;
}

const UPSERT = `
  INSERT INTO category (id, parent_id, position, names) VALUES (@id, @parentId, @position, @names)
  ON CONFLICT (id) DO UPDATE SET
    parent_id = excluded.parent_id, position = excluded.position, names = excluded.names`;

// Existing names win; a language not yet named is added. Parent and position stay as they are.
const ENSURE = `
  INSERT INTO category (id, parent_id, position, names) VALUES (@id, NULL, 0, @names)
  ON CONFLICT (id) DO UPDATE SET names = json_patch(excluded.names, category.names)`;

const OF_ARTICLE = `
  SELECT c.id, c.names FROM article_category ac JOIN category c ON c.id = ac.category_id
  WHERE ac.article_id = ? ORDER BY c.position, c.id`;

interface CategoryRow {
  id: string;
  names: string;
}

/** Writes categories as given (the server's view replaces ours). */
export function upsertCategories(replica: Replica, inputs: readonly CategoryInput[]): void {
  const stmt = replica.statement<{
    id: string;
    parentId: string | null;
    position: number;
    names: string;
  }>(UPSERT);
  replica.transaction(() => {
    for (const c of inputs) {
      stmt.run({
        id: c.id,
        parentId: c.parentId,
        position: c.position,
        names: JSON.stringify(c.names),
      });
    }
  });
  invalidateEngineState(replica);
}

/** Creates categories that do not exist yet and adds names in new languages, changing nothing else. */
export function ensureCategories(
  replica: Replica,
  inputs: readonly { id: string; names: CategoryNames }[],
): void {
  const stmt = replica.statement<{ id: string; names: string }>(ENSURE);
  replica.transaction(() => {
    for (const c of inputs) stmt.run({ id: c.id, names: JSON.stringify(c.names) });
  });
  invalidateEngineState(replica);
}

/** The article's categories, each named in the first of `langs` it has a name in, else in any. */
export function categoriesOfArticle(
  replica: Replica,
  articleId: string,
  langs: readonly ContentLanguage[],
): CategoryRef[] {
  const rows = replica.statement<[string], CategoryRow>(OF_ARTICLE).all(articleId);
  return rows.map((row) => ({
    id: row.id,
    name: pickName(parseNames(row.names), langs) ?? row.id,
  }));
}

export function pickName(
  names: CategoryNames,
  langs: readonly ContentLanguage[],
): string | undefined {
  return pickText(names, [...langs, ...CONTENT_LANGUAGES]) || undefined;
}

export function parseNames(json: string): CategoryNames {
  const value: unknown = JSON.parse(json);
  return typeof value === 'object' && value !== null ? (value as CategoryNames) : {};
}

/**
 * A stable id for a category known only by name: a readable slug for Latin names
 * (Kártyák → kartyak), a hash for others (银行卡 → category-…). Ids are stored, so this
 * folding must never change — it deliberately does not use the search normaliser.
 */
export function categoryIdForName(name: string): string {
  const folded = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .trim();
  const slug = folded.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug !== '' && /^[\x20-\x7e]+$/.test(folded)) return slug;
  const hash = createHash('sha256').update(folded).digest('hex').slice(0, 12);
  return slug === '' ? `category-${hash}` : `${slug}-${hash}`;
}

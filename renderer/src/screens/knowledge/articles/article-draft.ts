import { slug } from '../../../lib/slug';
import type { ArticleType } from '../../../../../shared/article';
import type { ContentLanguage } from '../../../../../shared/languages';
import type { AuthoringArticle, AuthoringInput } from '../../../../../shared/workstation/authoring';
import { DEFAULT_REVIEW_INTERVAL_DAYS } from '../../../../../shared/workstation/authoring-constants';

/*
 * The article editor's draft (R9, R12, R13, R14) as plain data, and the pure steps on it: what
 * changed since the last save, and the requests a save sends. The store (article-store.ts) holds
 * one draft; the screen renders it.
 */

/** The same rule as the server's content ids (shared/workstation/authoring.ts `id`). */
export const CONTENT_ID = /^[A-Za-z0-9][A-Za-z0-9._:/-]*$/;
export const MAX_ID_LENGTH = 200;

export function isValidId(id: string): boolean {
  return id.length > 0 && id.length <= MAX_ID_LENGTH && CONTENT_ID.test(id);
}

/**
 * An id from a title: lower case ASCII words joined by dashes ("Kártya letiltása" →
 * "kartya-letiltasa"). Titles with no Latin letters (Chinese) give `fallback`.
 */
export function slugify(title: string, fallback: string): string {
  return slug(title, 80) || fallback;
}

export interface MetaDraft {
  type: ArticleType;
  owner: string;
  businessLines: string[];
  positions: string[];
  categoryIds: string[];
  reviewIntervalDays: number;
  reviewRequired: boolean;
  /** ISO time, or null for never. */
  expiresAt: string | null;
}

export interface VariantDraft {
  lang: ContentLanguage;
  title: string;
  summary: string;
  bodyHtml: string;
  tags: string[];
  synonyms: string[];
  /** The latest revision when loaded (0: a variant not saved yet): a save names it as its base. */
  baseRevision: number;
  publishedRevision: number | null;
}

type VariantText = Pick<VariantDraft, 'title' | 'summary' | 'bodyHtml' | 'tags' | 'synonyms'>;

export interface ArticleDraft {
  /** The route's doc ("new" until first saved). */
  key: string;
  /** True until the article exists on the server: only then may its id change. */
  isNew: boolean;
  id: string;
  /** The author typed the id: stop deriving it from the title. */
  idEdited: boolean;
  meta: MetaDraft;
  variants: VariantDraft[];
  /** What the server has, to tell what changed. */
  savedMeta: MetaDraft | null;
  savedVariants: Partial<Record<ContentLanguage, VariantText>>;
  /** The article as last loaded (status, workflow); null for a new one. */
  article: AuthoringArticle | null;
}

export function blankVariant(lang: ContentLanguage): VariantDraft {
  return {
    lang,
    title: '',
    summary: '',
    bodyHtml: '',
    tags: [],
    synonyms: [],
    baseRevision: 0,
    publishedRevision: null,
  };
}

export function blankDraft(owner: string, lang: ContentLanguage): ArticleDraft {
  return {
    key: 'new',
    isNew: true,
    id: '',
    idEdited: false,
    meta: {
      type: 'reference',
      owner,
      businessLines: [],
      positions: [],
      categoryIds: [],
      reviewIntervalDays: DEFAULT_REVIEW_INTERVAL_DAYS,
      reviewRequired: true,
      expiresAt: null,
    },
    variants: [blankVariant(lang)],
    savedMeta: null,
    savedVariants: {},
    article: null,
  };
}

const textOf = (v: VariantText): VariantText => ({
  title: v.title,
  summary: v.summary,
  bodyHtml: v.bodyHtml,
  tags: v.tags,
  synonyms: v.synonyms,
});

export function draftFromArticle(article: AuthoringArticle): ArticleDraft {
  const meta: MetaDraft = {
    type: article.type,
    owner: article.owner,
    businessLines: article.audience.businessLines,
    positions: article.audience.positions,
    categoryIds: article.categoryIds,
    reviewIntervalDays: article.reviewIntervalDays,
    reviewRequired: article.reviewRequired,
    expiresAt: article.expiresAt,
  };
  const variants = article.variants.map((v): VariantDraft => ({
    lang: v.lang,
    ...textOf(v),
    baseRevision: v.revision,
    publishedRevision: v.publishedRevision,
  }));
  return {
    key: article.id,
    isNew: false,
    id: article.id,
    idEdited: true,
    meta,
    variants,
    savedMeta: meta,
    savedVariants: Object.fromEntries(variants.map((v) => [v.lang, textOf(v)])),
    article,
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function metaChanged(draft: ArticleDraft): boolean {
  return draft.isNew || draft.savedMeta === null || !same(draft.meta, draft.savedMeta);
}

/** Variants whose text differs from the server's (new variants count once they have a title or body). */
export function changedVariants(draft: ArticleDraft): VariantDraft[] {
  return draft.variants.filter((v) => {
    const saved = draft.savedVariants[v.lang];
    if (!saved) return v.title.trim() !== '' || v.bodyHtml !== '';
    return !same(textOf(v), saved);
  });
}

export function isDirty(draft: ArticleDraft): boolean {
  if (changedVariants(draft).length > 0) return true;
  return draft.isNew ? draft.id !== '' : metaChanged(draft);
}

export type SaveBlocker =
  { field: 'id' } | { field: 'title'; lang: ContentLanguage } | { field: 'nothing' };

/** What stops a save before anything is sent. */
export function saveBlockers(draft: ArticleDraft): SaveBlocker[] {
  const blockers: SaveBlocker[] = [];
  if (!isValidId(draft.id)) blockers.push({ field: 'id' });
  for (const v of changedVariants(draft)) {
    if (v.title.trim() === '') blockers.push({ field: 'title', lang: v.lang });
  }
  if (draft.isNew && changedVariants(draft).length === 0) blockers.push({ field: 'nothing' });
  return blockers;
}

export function metaRequest(
  draft: ArticleDraft,
  mayReview: boolean,
): AuthoringInput<'saveArticleMeta'> {
  const m = draft.meta;
  return {
    op: 'saveArticleMeta',
    meta: {
      id: draft.id,
      type: m.type,
      owner: m.owner,
      audience: { businessLines: m.businessLines, positions: m.positions },
      categoryIds: m.categoryIds,
      reviewIntervalDays: m.reviewIntervalDays,
      // Only reviewers may change it; authors leave it out so the server keeps its value.
      ...(mayReview ? { reviewRequired: m.reviewRequired } : {}),
      expiresAt: m.expiresAt,
    },
  };
}

export function variantRequest(
  id: string,
  v: VariantDraft,
  note: string,
): AuthoringInput<'saveVariant'> {
  return {
    op: 'saveVariant',
    id,
    lang: v.lang,
    title: v.title.trim(),
    summary: v.summary,
    bodyHtml: v.bodyHtml,
    tags: v.tags,
    synonyms: v.synonyms,
    note,
    baseRevision: v.baseRevision,
  };
}

/** "a, b ,, c" → ["a", "b", "c"] (tags and synonyms are typed as one comma-separated line). */
export function splitList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,，、;]/)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}

import type { ContentLanguage } from '../../../../../shared/languages';
import { pickText } from '../../../../../shared/localized-text';
import type { AuthoringArticleSummary } from '../../../../../shared/workstation/authoring';
import type { ArticleStatus } from '../../../../../shared/workstation/authoring-constants';

export interface ListFilter {
  text: string;
  status: ArticleStatus | '';
  /** Only articles the signed-in user owns. */
  mine: boolean;
  category: string;
}

export const NO_FILTER: ListFilter = { text: '', status: '', mine: false, category: '' };

/** The authors' list narrowed by the filters, titles in the reader's order; most recently changed first. */
export function filterArticles(
  articles: readonly AuthoringArticleSummary[],
  filter: ListFilter,
  me: string,
  langs: readonly ContentLanguage[],
): AuthoringArticleSummary[] {
  const words = filter.text.trim().toLocaleLowerCase().split(/\s+/).filter(Boolean);
  return articles
    .filter((a) => {
      if (filter.status && a.status !== filter.status) return false;
      if (filter.mine && a.owner !== me) return false;
      if (filter.category && !a.categoryIds.includes(filter.category)) return false;
      if (words.length === 0) return true;
      const hay = [a.id, ...Object.values(a.title)].join(' ').toLocaleLowerCase();
      return words.every((w) => hay.includes(w));
    })
    .sort((x, y) => {
      const tx = pickText(x.title, langs) || x.id;
      const ty = pickText(y.title, langs) || y.id;
      return y.updatedAt.localeCompare(x.updatedAt) || tx.localeCompare(ty);
    });
}

/** Per language: published (agents have the latest), changed (a newer draft beside the published one), or draft only. */
export function variantState(v: {
  latestRevision: number;
  publishedRevision: number | null;
}): 'published' | 'changed' | 'draft' {
  if (v.publishedRevision === null) return 'draft';
  return v.publishedRevision >= v.latestRevision ? 'published' : 'changed';
}

export function isOverdue(reviewDueAt: string | null, now: Date): boolean {
  return reviewDueAt !== null && new Date(reviewDueAt).getTime() < now.getTime();
}

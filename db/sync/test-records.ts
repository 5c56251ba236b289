// Records as the server sends them, for the sync tests.
import type { ArticleRecord, ArticleVariant } from '../../shared/sync/records';

export const now = '2026-11-24T08:00:00.000Z';
/** Options for applyChangesPage and friends: a fixed clock, and the change log on. */
export const options = { now, log: true };

/** A version of a reference article with one English variant (revision = version). */
export function articleRecord(
  id: string,
  version: number,
  variant: Partial<ArticleVariant> = {},
  fields: Partial<ArticleRecord> = {},
): ArticleRecord {
  return {
    kind: 'article',
    id,
    version,
    type: 'reference',
    owner: 'kb',
    categoryIds: [],
    updatedAt: now,
    variants: [
      {
        lang: 'en',
        revision: version,
        title: `Article ${id}`,
        summary: '',
        bodyHtml: '<p>Body</p>',
        tags: [],
        synonyms: [],
        placeholders: [],
        publishedAt: now,
        ...variant,
      },
    ],
    ...fields,
  };
}

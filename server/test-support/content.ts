import type { Audience } from '../access/audience';
import type { TestClient } from './client';

export interface ArticleSpec {
  audience?: Audience;
  title?: string;
  body?: string;
  langs?: string[];
  categoryIds?: string[];
  type?: string;
  publish?: boolean;
}

/** Creates (or changes) an article and saves one revision per language, published by default. */
export async function putArticle(
  author: TestClient,
  id: string,
  spec: ArticleSpec = {},
): Promise<void> {
  await author.ok('PUT', `/api/authoring/articles/${id}`, {
    type: spec.type ?? 'reference',
    ...(spec.audience ? { audience: spec.audience } : {}),
    ...(spec.categoryIds ? { categoryIds: spec.categoryIds } : {}),
  });
  for (const lang of spec.langs ?? ['en']) {
    await author.ok('PUT', `/api/authoring/articles/${id}/variants/${lang}`, {
      title: spec.title ?? `Title of ${id}`,
      bodyHtml: spec.body ?? `<p>Body of ${id}</p>`,
      publish: spec.publish ?? true,
    });
  }
}

export const audience = (businessLines: string[] = [], positions: string[] = []): Audience => ({
  businessLines,
  positions,
});

import type { Page } from '@playwright/test';
import type { RunningServer } from '../../server/server';
import { apiCall } from '../../scripts/lib/api-call';
import { AUTHORS } from './tree-editor-fixture';

export { AUTHORS } from './tree-editor-fixture';
export { expect, test } from './tree-editor-fixture';

/** A published demo article every agent of the cards line reads (server/demo/articles.jsonl). */
export const FLAGGED_ARTICLE = {
  id: 'card-lost-stolen',
  lang: 'en',
  title: 'Lost or stolen card: block it and order a replacement',
};

/**
 * Who answers feedback on an article: its owner, read from the authoring API as the demo loader
 * assigned it (author.kb or reviewer.kb); an unowned article lands in every author's inbox.
 */
export async function articleOwner(
  kb: RunningServer,
  id: string,
): Promise<{ username: string; password: string }> {
  const { token } = (await apiCall(kb.url, 'POST', '/api/auth/login', AUTHORS.reviewer)) as {
    token: string;
  };
  const { article } = (await apiCall(
    kb.url,
    'GET',
    `/api/authoring/articles/${encodeURIComponent(id)}`,
    undefined,
    token,
  )) as { article: { owner: string } };
  return article.owner === AUTHORS.reviewer.username ? AUTHORS.reviewer : AUTHORS.author;
}

/** The app at a route of its hash (web mode). */
export async function openAt(page: Page, base: string, hash: string): Promise<void> {
  await page.goto(new URL(hash, base).href);
}

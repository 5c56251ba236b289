import { expect } from 'vitest';
import type { ArticleRecord } from '../../shared/sync/records';
import {
  authoringAnswers,
  type AuthoringArticle,
  type WorkflowAction,
} from '../../shared/workstation/authoring';
import type { Answer, TestClient } from '../test-support/client';
import { MiniReplica } from '../test-support/replica';

/** Calls of the authoring routes as AgentCore makes them, answers parsed with the contract. */
export const A = '/api/authoring/articles';

export type ErrorAnswer = { error: { code: string; message: string } };

export async function createArticle(
  client: TestClient,
  id: string,
  meta: Record<string, unknown> = {},
): Promise<AuthoringArticle> {
  const answer = await client.put(`${A}/${id}`, { type: 'procedure', ...meta });
  expect(answer.status, JSON.stringify(answer.body)).toBeLessThan(300);
  return authoringAnswers.saveArticleMeta.parse(answer.body).article;
}

export async function saveVariant(
  client: TestClient,
  id: string,
  baseRevision: number,
  title: string,
  lang = 'en',
): Promise<number> {
  const answer = await client.put(`${A}/${id}/variants/${lang}`, {
    title,
    summary: '',
    bodyHtml: `<p>${title}</p>`,
    tags: [],
    synonyms: [],
    note: `saved ${title}`,
    baseRevision,
  });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return authoringAnswers.saveVariant.parse(answer.body).revision;
}

export function act(
  client: TestClient,
  id: string,
  action: WorkflowAction,
  comment = '',
  publishAt?: string,
): Promise<Answer<ErrorAnswer>> {
  return client.post<ErrorAnswer>(`${A}/${id}/workflow`, {
    action,
    comment,
    ...(publishAt ? { publishAt } : {}),
  });
}

export async function actOk(
  client: TestClient,
  id: string,
  action: WorkflowAction,
  comment = '',
  publishAt?: string,
): Promise<AuthoringArticle> {
  const answer = await act(client, id, action, comment, publishAt);
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return authoringAnswers.workflow.parse(answer.body).article;
}

export async function getArticle(client: TestClient, id: string): Promise<AuthoringArticle> {
  return authoringAnswers.getArticle.parse(await client.ok('GET', `${A}/${id}`)).article;
}

/** The agent's replica after pulling the feed: the article as agents have it, or undefined. */
export async function replicaArticle(
  replica: MiniReplica,
  id: string,
): Promise<ArticleRecord | undefined> {
  await replica.pull();
  return replica.records.get(MiniReplica.key('article', id)) as ArticleRecord | undefined;
}

/** Polls (the scheduler runs every second) until `check` holds; the test's timeout bounds it. */
export async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean) {
  for (;;) {
    const value = await read();
    if (check(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

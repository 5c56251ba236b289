import { apiCall } from '../lib/api-call';
import { randomBytes } from 'node:crypto';
import type { ImportAnswer, ImportItem } from '../../shared/import';
import type { SyntheticArticle, SyntheticCorpus } from './synthetic-corpus';

/*
 * What bench:sync does through the server's own HTTP API, as an administrator would: sign in,
 * create the agent, load the knowledge base with the bulk import, publish changes.
 */

/** Items per POST /api/import: ~3 MB of JSON, well under the route's 10,000 items and 50 MB. */
const IMPORT_BATCH = 2_000;
export const AGENT_USERNAME = 'bench-agent';

export class AdminApi {
  private constructor(
    readonly baseUrl: string,
    private readonly token: string,
  ) {}

  static async signIn(baseUrl: string, username: string, password: string): Promise<AdminApi> {
    return new AdminApi(baseUrl, await login(baseUrl, username, password));
  }

  async call<T>(method: string, path: string, body: unknown): Promise<T> {
    return (await apiCall(this.baseUrl, method, path, body, this.token)) as T;
  }
}

export async function login(baseUrl: string, username: string, password: string): Promise<string> {
  const answer = await apiCall(baseUrl, 'POST', '/api/auth/login', { username, password });
  const token = (answer as { token?: unknown }).token;
  if (typeof token !== 'string') throw new Error('the login answer has no token');
  return token;
}

/** An agent of the default business line, as a line administrator would create one. */
export async function createAgent(
  admin: AdminApi,
): Promise<{ username: string; password: string }> {
  const password = randomBytes(18).toString('base64url');
  await admin.call('POST', '/api/admin/users', {
    username: AGENT_USERNAME,
    displayName: 'Bench Agent',
    password,
    memberships: [{ businessLineId: 'general', positionId: 'agent' }],
  });
  return { username: AGENT_USERNAME, password };
}

export interface LoadedCorpus {
  articles: number;
  /** Wall time of the whole load, generating the text included. */
  seconds: number;
  /** Of that, the time spent waiting for the import requests. */
  importSeconds: number;
  bodyChars: number;
  /** Every `stride`-th article, kept to change and to search for. */
  kept: SyntheticArticle[];
}

/**
 * Publishes `count` synthetic articles through POST /api/import in batches (each one
 * transaction on the server, one feed row per article): the route an organisation moving its
 * knowledge base in would use, and the fastest the API offers.
 */
export async function importCorpus(
  admin: AdminApi,
  corpus: SyntheticCorpus,
  count: number,
  keep: number,
  progress: (text: string) => void,
): Promise<LoadedCorpus> {
  const started = performance.now();
  const stride = Math.max(1, Math.floor(count / Math.max(1, keep)));
  const kept: SyntheticArticle[] = [];
  let importMs = 0;
  let bodyChars = 0;
  let done = 0;
  let batch: ImportItem[] = [];
  const flush = async () => {
    const sent = performance.now();
    const answer = await admin.call<ImportAnswer>('POST', '/api/import', {
      items: batch,
      publish: true,
    });
    importMs += performance.now() - sent;
    if (answer.variants.length !== batch.length) {
      throw new Error(`the import saved ${answer.variants.length} of ${batch.length} items`);
    }
    done += batch.length;
    batch = [];
    const rate = Math.round(done / ((performance.now() - started) / 1000));
    progress(`imported ${done.toLocaleString('en')} / ${count.toLocaleString('en')} (${rate}/s)`);
  };
  let i = 0;
  for (const article of corpus.articles(count)) {
    if (i++ % stride === 0 && kept.length < keep) kept.push(article);
    bodyChars += article.input.bodyText.length;
    batch.push(toImportItem(article));
    if (batch.length === IMPORT_BATCH) await flush();
  }
  if (batch.length > 0) await flush();
  return {
    articles: done,
    seconds: (performance.now() - started) / 1000,
    importSeconds: importMs / 1000,
    bodyChars: done === 0 ? 0 : bodyChars / done,
    kept,
  };
}

function toImportItem({ input }: SyntheticArticle): ImportItem {
  return {
    id: input.id,
    lang: input.lang,
    title: input.title,
    bodyHtml: input.bodyHtml,
    tags: [...input.tags],
    synonyms: [...input.synonyms],
    type: input.type,
    owner: input.owner,
  };
}

/**
 * One change as a reviewer makes it: a new revision of one language variant, published at once
 * (one write transaction, one feed row, one NOTIFY). Resolves when the answer has arrived.
 */
export async function publishTitle(
  admin: AdminApi,
  article: SyntheticArticle,
  title: string,
): Promise<void> {
  const { input } = article;
  await admin.call('PUT', `/api/authoring/articles/${input.id}/variants/${input.lang}`, {
    title,
    bodyHtml: input.bodyHtml,
    tags: [...input.tags],
    synonyms: [...input.synonyms],
    publish: true,
  });
}

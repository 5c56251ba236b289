/** The few real API calls the bench makes: sign in, create the article, publish a revision. */
import { apiCall } from '../../lib/api-call';

export const BENCH_ARTICLE = 'bench-server-poke';

/** One session for every SSE client: the server allows many streams per session token. */
export async function login(baseUrl: string, password: string): Promise<string> {
  const answer = await apiCall(baseUrl, 'POST', '/api/auth/login', { username: 'admin', password });
  const token = (answer as { token?: unknown }).token;
  if (typeof token !== 'string') throw new Error('the login answer has no token');
  return token;
}

export async function createArticle(baseUrl: string, token: string): Promise<void> {
  await apiCall(
    baseUrl,
    'PUT',
    `/api/authoring/articles/${BENCH_ARTICLE}`,
    { type: 'reference' },
    token,
  );
}

/**
 * One change as an author makes it: a new English revision, published at once (one write
 * transaction, one feed append, one NOTIFY). Resolves when the whole answer has arrived.
 */
export async function publishRevision(baseUrl: string, token: string, n: number): Promise<void> {
  await apiCall(
    baseUrl,
    'PUT',
    `/api/authoring/articles/${BENCH_ARTICLE}/variants/en`,
    {
      title: `Bench change ${n}`,
      bodyHtml: `<p>Revision ${n} written by the server bench.</p>`,
      publish: true,
    },
    token,
  );
}

import { expect, it } from 'vitest';
import { describeStores, member, unique } from '../test-support/harness';

interface ErrorAnswer {
  error: { code: string; message: string; details?: { path: string }[] };
}

describeStores('hardening', (h) => {
  it('rejects unknown fields in bodies and query strings, and malformed values', async () => {
    const { admin } = h();
    const id = unique('strict');
    const extra = await admin.request<ErrorAnswer>('PUT', `/api/authoring/articles/${id}`, {
      type: 'reference',
      color: 'red',
    });
    expect(extra.status).toBe(400);
    expect(extra.body.error.code).toBe('invalid-request');
    expect(extra.body.error.details?.[0]?.path).toBe('body');
    expect(
      (
        await admin.put(`/api/authoring/articles/${id}`, {
          audience: { businessLines: [], positions: [], everyone: true },
        })
      ).status,
    ).toBe(400);
    expect((await admin.get('/api/sync/changes?since=0&extra=1')).status).toBe(400);
    expect((await admin.get('/api/sync/changes?since=-1')).status).toBe(400);
    expect((await admin.get('/api/sync/changes')).status).toBe(400);
    expect((await admin.get('/api/sync/changes?since=0&limit=100000')).status).toBe(400);
    expect((await admin.get('/api/sync/snapshot?x=1')).status).toBe(400);
    expect(
      (await admin.put(`/api/authoring/articles/${id}/variants/fr`, { title: 't', bodyHtml: 'b' }))
        .status,
    ).toBe(400);
    expect((await admin.put('/api/authoring/articles/bad%20id', {})).status).toBe(400);
    expect((await admin.post('/api/auth/logout', { unexpected: true })).status).toBe(400);
  });

  it('limits body sizes and accepts JSON only', async () => {
    const { admin, anon } = h();
    const huge = await admin.request<ErrorAnswer>(
      'PUT',
      `/api/authoring/articles/${unique('big')}/variants/en`,
      {
        title: 'Big',
        bodyHtml: 'x'.repeat(3 * 1024 * 1024),
      },
    );
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe('body-too-large');
    const login = await anon.post('/api/auth/login', {
      username: 'admin',
      password: 'p'.repeat(5000),
    });
    expect(login.status).toBe(413);
    const text = await admin.request('POST', '/api/auth/login', 'username=admin', {
      'content-type': 'text/plain',
    });
    expect(text.status).toBe(415);
    const broken = await anon.request('POST', '/api/auth/login', '{"username":', {
      'content-type': 'application/json',
    });
    expect(broken.status).toBe(400);
    const proto = await anon.request(
      'POST',
      '/api/auth/login',
      '{"__proto__":{"x":1},"username":"a","password":"b"}',
      {
        'content-type': 'application/json',
      },
    );
    expect(proto.status).toBe(400);
  });

  it('sends security headers and no CORS headers', async () => {
    const { anon } = h();
    const answer = await anon.request('GET', '/healthz', undefined, {
      origin: 'https://evil.example',
    });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    expect(answer.headers.get('x-frame-options')).toBe('DENY');
    expect(answer.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await anon.request('OPTIONS', '/api/auth/login', undefined, {
      origin: 'https://evil.example',
      'access-control-request-method': 'POST',
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    expect(preflight.status).toBeGreaterThanOrEqual(400);
    const missing = await anon.get<ErrorAnswer>('/api/nothing-here');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('not-found');
  });

  it('answers health, readiness and the OpenAPI document', async () => {
    const { anon, kind } = h();
    expect((await anon.get('/healthz')).body).toEqual({ ok: true });
    expect((await anon.get('/readyz')).body).toEqual({
      ok: true,
      store: kind === 'postgres' ? 'postgres' : 'pglite',
    });
    const docs = await anon.get<{
      openapi: string;
      paths: Record<string, Record<string, { requestBody?: unknown }>>;
    }>('/api/docs');
    expect(docs.body.openapi).toBe('3.1.0');
    for (const path of [
      '/api/sync/snapshot',
      '/api/sync/changes',
      '/api/sync/stream',
      '/api/auth/login',
      '/api/authoring/articles/{id}/variants/{lang}',
    ]) {
      expect(Object.keys(docs.body.paths)).toContain(path);
    }
    expect(docs.body.paths['/api/auth/login']?.post?.requestBody).toBeDefined();
  });

  it('sanitises article HTML on save', async () => {
    const { admin } = h();
    const id = unique('xss');
    await admin.ok('PUT', `/api/authoring/articles/${id}`, { type: 'reference' });
    await admin.ok('PUT', `/api/authoring/articles/${id}/variants/en`, {
      title: 'Hello',
      bodyHtml:
        '<p onclick="steal()">Hi <script>alert(1)</script><a href="javascript:alert(1)">x</a>' +
        '<a href="https://example.com">ok</a><img src="x" onerror="alert(1)"><iframe src="https://e"></iframe>' +
        '<table><tr><td>cell</td></tr></table><style>p{}</style></p>',
      publish: true,
    });
    const agent = await h().user([member('cards', 'agent')]);
    const { article } = await agent.client.ok<{ article: { variants: { bodyHtml: string }[] } }>(
      'GET',
      `/api/articles/${id}`,
    );
    const html = article.variants[0]?.bodyHtml ?? '';
    for (const bad of ['<script', 'onclick', 'javascript:', 'onerror', '<iframe', '<style'])
      expect(html).not.toContain(bad);
    expect(html).toContain('<a href="https://example.com" rel="noopener noreferrer">ok</a>');
    expect(html).toContain('<td>cell</td>');
  });
});

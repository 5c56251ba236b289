// How authoring failures reach the editor (issue 7 item 4): every server answer becomes a problem.
import { describe, expect, it } from 'vitest';
import { ServerConnection } from '../sync/server-connection';
import { stubServer } from '../sync/stub-server';
import { TreeAuthoring } from './tree-authoring';

function authoring(status: number, body: unknown) {
  const { connection, calls } = stubServer(status, body);
  return { a: new TreeAuthoring(() => connection), calls };
}

const error = (code: string, message: string, details?: unknown) => ({
  error: { code, message, ...(details ? { details } : {}) },
});

describe('TreeAuthoring', () => {
  it('is signed-out without a session, offline without a server', async () => {
    expect(await new TreeAuthoring(() => null).list()).toMatchObject({
      ok: false,
      problem: 'signed-out',
    });
    const down = new ServerConnection({
      baseUrl: 'http://kb',
      token: 't',
      fetch: (async () => {
        throw new TypeError('fetch failed');
      }) as unknown as typeof fetch,
    });
    const result = await new TreeAuthoring(() => down).get('t1');
    expect(result).toMatchObject({ ok: false, problem: 'offline' });
    if (!result.ok) expect(result.message).toContain('draft is kept');
  });

  it.each([
    [401, 'signed-out'],
    [403, 'forbidden'],
    [404, 'not-found'],
    [409, 'conflict'],
    [500, 'offline'],
  ] as const)('HTTP %i is %s', async (status, problem) => {
    const { a } = authoring(status, error('x', 'Server says no.'));
    expect(await a.publish({ id: 't1', version: 2 })).toMatchObject({ ok: false, problem });
  });

  it('a refused publication names its problems', async () => {
    const problems = [{ code: 'dangling-link', nodeId: 'q1', message: 'Node "q1" links to "x".' }];
    const { a } = authoring(
      422,
      error('invalid-tree', 'The tree cannot be published.', { problems }),
    );
    expect(await a.publish({ id: 't1', version: 2 })).toEqual({
      ok: false,
      problem: 'invalid',
      message: expect.stringContaining('The tree cannot be published.'),
      problems,
    });
    const bad = authoring(400, error('invalid-request', 'The document is not a tree.'));
    expect(await bad.a.list()).toMatchObject({ ok: false, problem: 'invalid' });
  });

  it('saves with PUT to the tree and publishes with POST, answering the version', async () => {
    const { a, calls } = authoring(200, { version: 3, published: false });
    const document = { id: 't1', title: { en: 'T' }, start: 'q', nodes: {} };
    expect(await a.save({ id: 't1', title: { en: 'T' }, document })).toEqual({
      ok: true,
      version: 3,
    });
    expect(await a.publish({ id: 't1', version: 3 })).toEqual({ ok: true, version: 3 });
    expect(calls.map((c) => [c.method, c.url, c.body])).toEqual([
      ['PUT', 'http://kb/api/authoring/trees/t1', { title: { en: 'T' }, document }],
      ['POST', 'http://kb/api/authoring/trees/t1/publish', { version: 3 }],
    ]);
  });
});

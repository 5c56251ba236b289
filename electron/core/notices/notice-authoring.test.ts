// Leads' notice calls (issue 8 items 1 and 4): requests as the server expects them, and every
// failure as a problem the compose and follow-up screens can show.
import { describe, expect, it } from 'vitest';
import type { NoticeDraft } from '../../../shared/workstation/notices';
import { stubServer } from '../sync/stub-server';
import { NoticeAuthoring } from './notice-authoring';

function authoring(status: number, body: unknown) {
  const { connection, calls } = stubServer(status, body);
  return { a: new NoticeAuthoring(() => connection), calls };
}

const draft: NoticeDraft = {
  id: 'outage-1',
  priority: 'urgent',
  title: { en: 'Outage' },
  body: { en: '<p>Down</p>' },
  requiresAck: true,
  audience: { businessLines: ['cards'], positions: [] },
  publishAt: null,
  expiresAt: null,
  linkedArticleIds: ['a-1'],
};

describe('NoticeAuthoring', () => {
  it('sends the draft without its id to the notice, answering whether it was new', async () => {
    const { a, calls } = authoring(201, { id: 'outage-1', created: true });
    expect(await a.send(draft)).toEqual({ ok: true, created: true });
    const { id: _id, ...body } = draft;
    expect(calls).toEqual([
      { method: 'PUT', url: 'http://kb/api/authoring/notices/outage-1', body },
    ]);
  });

  it('reminds with POST and reads the count', async () => {
    const { a, calls } = authoring(200, { reminded: 4 });
    expect(await a.remind('outage-1')).toEqual({ ok: true, reminded: 4 });
    expect(calls[0]).toMatchObject({
      method: 'POST',
      url: 'http://kb/api/lead/notices/outage-1/remind',
    });
  });

  it.each([
    [401, 'signed-out'],
    [403, 'forbidden'],
    [404, 'not-found'],
    [409, 'conflict'],
    [400, 'invalid'],
    [503, 'offline'],
  ] as const)('HTTP %i is %s', async (status, problem) => {
    const { a } = authoring(status, { error: { code: 'x', message: 'Server says no.' } });
    expect(await a.followUp('outage-1')).toMatchObject({ ok: false, problem });
  });

  it('is signed-out without a session; an unreadable answer is invalid', async () => {
    expect(await new NoticeAuthoring(() => null).orgUnits()).toMatchObject({
      ok: false,
      problem: 'signed-out',
    });
    const { a } = authoring(200, { notices: [{ id: 'x' }] });
    expect(await a.listSent()).toMatchObject({ ok: false, problem: 'invalid' });
  });
});

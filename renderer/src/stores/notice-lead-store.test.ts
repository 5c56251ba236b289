import { describe, expect, it } from 'vitest';
import type { NoticeFollowUp } from '../../../shared/workstation/notices';
import { createFakeApi } from './fake-api';
import { createNoticeLeadStore } from './notice-lead-store';

const NOW = new Date('2026-11-24T09:00:00Z');

function setup() {
  const fake = createFakeApi();
  const store = createNoticeLeadStore(fake.api, { now: () => NOW });
  return { fake, store };
}

function followUp(id: string, read: number): NoticeFollowUp {
  const recipients = ['anna', 'bela', 'csaba'].map((name, i) => ({
    userId: `u-${name}`,
    username: name,
    name,
    businessLines: ['cards'],
    positions: ['agent'],
    readAt: i < read ? '2026-11-24T09:01:00Z' : null,
    acknowledgedAt: null,
    acknowledgedOn: null,
  }));
  return {
    notice: {
      id,
      priority: 'important',
      title: { en: 'Card outage', hu: 'Kártya leállás' },
      requiresAck: false,
      publishAt: '2026-11-24T09:00:00Z',
      expiresAt: null,
      audienceSize: 3,
      read,
      acknowledged: 0,
      audience: { businessLines: ['cards'], positions: [] },
      body: { en: '<p>Down.</p>', hu: '<p>Leállt.</p>' },
      linkedArticleIds: ['card-limits'],
    },
    recipients,
    teams: [
      { businessLine: 'cards', names: { en: 'Cards' }, audienceSize: 3, read, acknowledged: 0 },
    ],
    remindedAt: null,
  };
}

async function composeValid(store: ReturnType<typeof setup>['store']) {
  await store.getState().openCompose('new', ['hu', 'en', 'zh-Hans', 'zh-Hant', 'id']);
  store.getState().editVariant('hu', 'title', 'Kártyás fizetés leállt');
  store.getState().editVariant('hu', 'body', '<p>Ne adj ki új kártyát.</p>');
}

describe('compose', () => {
  it('derives the id from the title and sends the draft', async () => {
    const { fake, store } = setup();
    fake.state.lead.sendNotice = { ok: true, created: true };
    await composeValid(store);
    store.getState().editForm({ priority: 'important', everyone: false, businessLines: ['cards'] });
    const id = await store.getState().send();
    expect(id).toBe('kartyas-fizetes-leallt');
    expect(fake.sent.notices).toEqual([
      expect.objectContaining({
        id: 'kartyas-fizetes-leallt',
        priority: 'important',
        title: { hu: 'Kártyás fizetés leállt' },
        audience: { businessLines: ['cards'], positions: [] },
        requiresAck: false,
      }),
    ]);
    const compose = store.getState().compose;
    expect(compose.status === 'ready' && compose.send).toEqual({
      status: 'sent',
      id: 'kartyas-fizetes-leallt',
      created: true,
    });
  });

  it('blocks an incomplete draft without calling the server', async () => {
    const { fake, store } = setup();
    await store.getState().openCompose('new', ['en']);
    store.getState().editVariant('en', 'title', 'Only a title');
    expect(await store.getState().send()).toBeNull();
    expect(fake.calls).not.toContain('sendNotice');
    const compose = store.getState().compose;
    expect(compose.status === 'ready' && compose.send).toEqual({
      status: 'blocked',
      blockers: [{ field: 'incomplete', lang: 'en' }, { field: 'content' }],
    });
  });

  it('keeps the draft when the server cannot be reached, and sends it on retry', async () => {
    const { fake, store } = setup();
    await composeValid(store);
    expect(await store.getState().send()).toBeNull();
    let compose = store.getState().compose;
    expect(compose.status === 'ready' && compose.send.status).toBe('failed');
    expect(compose.status === 'ready' && compose.send).toMatchObject({ problem: 'offline' });
    expect(compose.status === 'ready' && compose.form.title.hu).toBe('Kártyás fizetés leállt');
    fake.state.lead.sendNotice = { ok: true, created: true };
    expect(await store.getState().send()).toBe('kartyas-fizetes-leallt');
    compose = store.getState().compose;
    expect(compose.status === 'ready' && compose.send.status).toBe('sent');
  });

  it('reports forbidden as the problem to explain', async () => {
    const { fake, store } = setup();
    fake.state.lead.sendNotice = { ok: false, problem: 'forbidden', message: 'not your line' };
    await composeValid(store);
    await store.getState().send();
    const compose = store.getState().compose;
    expect(compose.status === 'ready' && compose.send).toEqual({
      status: 'failed',
      problem: 'forbidden',
      message: 'not your line',
    });
  });

  it('keeps an open draft when compose opens again under the same key', async () => {
    const { store } = setup();
    await composeValid(store);
    await store.getState().openCompose('new', ['en']);
    const compose = store.getState().compose;
    expect(compose.status === 'ready' && compose.form.title.hu).toBe('Kártyás fizetés leállt');
  });

  it('opens a sent notice to change, with its texts and linked article titles', async () => {
    const { fake, store } = setup();
    fake.state.lead.getNoticeFollowUp = (ref) => ({ ok: true, followUp: followUp(ref.id, 0) });
    await store.getState().openCompose('card-outage', ['en']);
    const compose = store.getState().compose;
    expect(compose.status).toBe('ready');
    if (compose.status !== 'ready') return;
    expect(compose.isNew).toBe(false);
    expect(compose.form).toMatchObject({
      id: 'card-outage',
      everyone: false,
      businessLines: ['cards'],
      linkedArticles: [{ id: 'card-limits', title: 'card-limits' }],
    });
  });
});

describe('org units', () => {
  it('loads once and again after a failure', async () => {
    const { fake, store } = setup();
    await store.getState().loadOrg();
    expect(store.getState().org.status).toBe('failed');
    fake.state.lead.getOrgUnits = {
      ok: true,
      org: { businessLines: [{ id: 'cards', names: { en: 'Cards' } }], positions: [] },
    };
    await store.getState().loadOrg();
    expect(store.getState().org.status).toBe('ready');
  });
});

describe('sent list', () => {
  it('lists newest first', async () => {
    const { fake, store } = setup();
    const base = followUp('x', 0).notice;
    fake.state.lead.listSentNotices = {
      ok: true,
      notices: [
        { ...base, id: 'older', publishAt: '2026-11-01T00:00:00Z' },
        { ...base, id: 'newer', publishAt: '2026-11-20T00:00:00Z' },
      ],
    };
    await store.getState().loadSent();
    const sent = store.getState().sent;
    expect(sent.status === 'ready' && sent.notices.map((n) => n.id)).toEqual(['newer', 'older']);
  });
});

describe('follow-up', () => {
  it('refreshes silently and keeps the last answer when a refresh fails', async () => {
    const { fake, store } = setup();
    let read = 0;
    fake.state.lead.getNoticeFollowUp = (ref) => ({ ok: true, followUp: followUp(ref.id, read) });
    await store.getState().loadFollowUp('card-outage');
    read = 1;
    await store.getState().loadFollowUp('card-outage', { silent: true });
    let state = store.getState().followUp;
    expect(state.status === 'ready' && state.followUp.notice.read).toBe(1);
    fake.state.lead.getNoticeFollowUp = { ok: false, problem: 'offline', message: 'down' };
    await store.getState().loadFollowUp('card-outage', { silent: true });
    state = store.getState().followUp;
    expect(state.status).toBe('ready');
    expect(state.status === 'ready' && state.refreshFailure).toEqual({
      problem: 'offline',
      message: 'down',
    });
    expect(state.status === 'ready' && state.followUp.notice.read).toBe(1);
  });

  it('fails visibly on a first load', async () => {
    const { store } = setup();
    await store.getState().loadFollowUp('card-outage');
    expect(store.getState().followUp).toMatchObject({ status: 'failed', problem: 'offline' });
  });

  it('reminds the open notice and reports how many were reminded', async () => {
    const { fake, store } = setup();
    fake.state.lead.getNoticeFollowUp = (ref) => ({ ok: true, followUp: followUp(ref.id, 1) });
    fake.state.lead.remindNotice = { ok: true, reminded: 2 };
    await store.getState().loadFollowUp('card-outage');
    await store.getState().remindMissing();
    expect(fake.sent.reminders).toEqual(['card-outage']);
    expect(store.getState().remind).toEqual({ status: 'done', reminded: 2 });
  });

  it('shows why a reminder was refused', async () => {
    const { fake, store } = setup();
    fake.state.lead.getNoticeFollowUp = (ref) => ({ ok: true, followUp: followUp(ref.id, 1) });
    fake.state.lead.remindNotice = { ok: false, problem: 'forbidden', message: 'no' };
    await store.getState().loadFollowUp('card-outage');
    await store.getState().remindMissing();
    expect(store.getState().remind).toEqual({
      status: 'failed',
      problem: 'forbidden',
      message: 'no',
    });
  });
});

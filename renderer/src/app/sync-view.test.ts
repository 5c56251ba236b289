import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/create-i18n';
import { syncState } from '../stores/fake-api';
import { describeSync } from './sync-view';

const en = createI18n('en');
const t = en.t;
const now = new Date(2025, 2, 4, 16, 0);
const today = (h: number, m: number) => new Date(2025, 2, 4, h, m).toISOString();
const describe_ = (sync: Parameters<typeof syncState>[0], loadError: string | null = null) =>
  describeSync({ sync: syncState(sync), loadError }, t, 'en', now);

describe('describeSync', () => {
  it('says "Up to date" with the last sync time', () => {
    const view = describe_({ status: 'online', lastSyncAt: today(10, 42) });
    expect(view).toMatchObject({ status: 'online', short: 'Up to date', action: 'details' });
    expect(view.detail).toMatch(/^Up to date · last sync 10:42\sAM$/);
    expect(view.canSyncNow).toBe(true);
  });

  it('shows download progress when the total is known, and "Syncing…" otherwise', () => {
    const known = describe_({
      status: 'syncing',
      progress: { phase: 'snapshot', done: 1200, total: 20000 },
    });
    expect(known.detail).toBe('Downloading knowledge 1,200 / 20,000');
    expect(known.progress).toEqual({ done: 1200, total: 20000 });
    expect(known.canSyncNow).toBe(false);
    const paging = describe_({
      status: 'syncing',
      progress: { phase: 'changes', done: 40, total: null },
    });
    expect(paging.detail).toBe('Syncing…');
    expect(paging.progress).toBeNull();
  });

  it('says offline since when, and that search still works', () => {
    expect(describe_({ status: 'offline', offlineSince: today(9, 5) }).detail).toMatch(
      /^Offline since 9:05\sAM — search still works$/,
    );
    expect(describe_({ status: 'offline' }).detail).toBe('Offline — search still works');
  });

  it('words the error and when the next attempt is', () => {
    const view = describe_({
      status: 'error',
      problem: { code: 'server-error', status: 503, detail: 'Service Unavailable' },
      nextAttemptAt: today(16, 5),
    });
    expect(view.detail).toMatch(
      /^The knowledge server reported an error \(HTTP 503\) — retrying at 4:05\sPM$/,
    );
    expect(view.short).toBe('Sync problem');
  });

  it('sends the agent to Settings when signed out or expired', () => {
    expect(describe_({ status: 'signed-out' })).toMatchObject({
      short: 'Not signed in',
      action: 'settings',
      canSyncNow: false,
    });
    expect(describe_({ status: 'session-expired' })).toMatchObject({
      detail: 'Session expired — sign in again',
      action: 'settings',
    });
  });

  it('counts the outbox only when something waits', () => {
    expect(describe_({ status: 'online', outboxPending: 0 }).outbox).toBeNull();
    expect(describe_({ status: 'online', outboxPending: 1 }).outbox).toBe(
      '1 report waiting to be sent',
    );
    expect(describe_({ status: 'offline', outboxPending: 3 }).outbox).toBe(
      '3 reports waiting to be sent',
    );
  });

  it('has a status before the first answer, and when the status cannot be read', () => {
    expect(describeSync({ sync: null, loadError: null }, t, 'en', now).status).toBe('loading');
    const failed = describeSync({ sync: null, loadError: 'boom' }, t, 'en', now);
    expect(failed).toMatchObject({
      status: 'unavailable',
      detail: 'The sync status could not be read: boom',
    });
  });

  it('speaks the UI language, numbers and times included', () => {
    const hu = createI18n('hu');
    const view = describeSync(
      {
        sync: syncState({
          status: 'syncing',
          progress: { phase: 'snapshot', done: 1200, total: 20000 },
        }),
        loadError: null,
      },
      hu.t,
      'hu',
      now,
    );
    expect(view.detail).toBe('Tudásanyag letöltése: 1200 / 20\u00a0000');
    const zh = createI18n('zh-CN');
    const online = describeSync(
      { sync: syncState({ status: 'online', lastSyncAt: today(10, 42) }), loadError: null },
      zh.t,
      'zh-CN',
      now,
    );
    expect(online.detail).toBe('已是最新 · 上次同步 10:42');
  });
});

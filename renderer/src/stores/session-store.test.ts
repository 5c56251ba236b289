import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFakeApi, signedIn, syncState } from './fake-api';
import { createSessionStore } from './session-store';

const flush = () => new Promise((r) => setTimeout(r, 0));

afterEach(() => {
  vi.useRealTimers();
});

describe('session store', () => {
  it('loads session and sync state', async () => {
    const fake = createFakeApi();
    fake.state.sync = syncState({ status: 'online', articles: 12 });
    const store = createSessionStore(fake.api);
    expect(store.getState().session).toBeNull();
    await store.getState().load();
    expect(store.getState().session?.status).toBe('signed-out');
    expect(store.getState().sync?.articles).toBe(12);
    expect(store.getState().loadError).toBeNull();
  });

  it('keeps the reason a load failed, until something arrives', async () => {
    const fake = createFakeApi();
    fake.api.getSyncState = () => Promise.reject(new Error('core is still starting'));
    const store = createSessionStore(fake.api);
    store.getState().subscribe();
    await store.getState().load();
    expect(store.getState().loadError).toBe('core is still starting');
    fake.emit('syncStateChanged', syncState({ status: 'online' }));
    expect(store.getState().loadError).toBeNull();
    expect(store.getState().sync?.status).toBe('online');
  });

  it('follows sessionChanged and syncStateChanged, and stops on unsubscribe', async () => {
    const fake = createFakeApi();
    const store = createSessionStore(fake.api);
    await store.getState().load();
    const off = store.getState().subscribe();
    fake.emit('sessionChanged', signedIn('Ana', 'ana'));
    fake.emit('syncStateChanged', syncState({ status: 'syncing' }));
    expect(store.getState().session).toMatchObject({ status: 'signed-in', user: { name: 'Ana' } });
    expect(store.getState().sync?.status).toBe('syncing');
    off();
    expect(fake.listenerCount('sessionChanged')).toBe(0);
    expect(fake.listenerCount('syncStateChanged')).toBe(0);
  });

  it('lets an event that arrived during a load win over the older answer', async () => {
    const fake = createFakeApi();
    let answer: (s: ReturnType<typeof syncState>) => void = () => undefined;
    fake.api.getSyncState = () => new Promise((resolve) => (answer = resolve));
    const store = createSessionStore(fake.api);
    store.getState().subscribe();
    const loading = store.getState().load();
    fake.emit('syncStateChanged', syncState({ status: 'online', cursor: 9 }));
    answer(syncState({ status: 'offline', cursor: 3 }));
    await loading;
    expect(store.getState().sync).toMatchObject({ status: 'online', cursor: 9 });
  });

  it('signs in: submitting, then the new session; the password is never kept', async () => {
    const fake = createFakeApi();
    const store = createSessionStore(fake.api);
    await store.getState().load();
    const pending = store.getState().signIn({ username: 'ana', password: 'Secret-123' });
    expect(store.getState().signInAttempt.status).toBe('submitting');
    expect(fake.signIns[0]?.request).toEqual({ username: 'ana', password: 'Secret-123' });
    // A second submit while the first runs is ignored.
    expect(await store.getState().signIn({ username: 'ana', password: 'x' })).toBeNull();
    expect(fake.signIns).toHaveLength(1);

    fake.state.session = signedIn('Ana', 'ana');
    fake.signIns[0]?.resolve({ ok: true });
    expect(await pending).toEqual({ ok: true });
    expect(store.getState().signInAttempt.status).toBe('idle');
    expect(store.getState().session?.status).toBe('signed-in');
    expect(JSON.stringify(store.getState())).not.toContain('Secret-123');
  });

  it('keeps each refused sign-in as a problem code to word', async () => {
    const fake = createFakeApi();
    const store = createSessionStore(fake.api);
    const pending = store.getState().signIn({ username: 'ana', password: 'wrong' });
    fake.signIns[0]?.resolve({ ok: false, problem: 'invalid-credentials', detail: '401' });
    await pending;
    expect(store.getState().signInAttempt).toEqual({
      status: 'failed',
      failure: { problem: 'invalid-credentials', detail: '401' },
    });
    expect(JSON.stringify(store.getState())).not.toContain('wrong');
    store.getState().clearSignInProblem();
    expect(store.getState().signInAttempt.status).toBe('idle');
  });

  it('locks signing in for as long as the server asked', async () => {
    vi.useFakeTimers();
    const fake = createFakeApi();
    const store = createSessionStore(fake.api);
    const pending = store.getState().signIn({ username: 'ana', password: 'pw' });
    fake.signIns[0]?.resolve({
      ok: false,
      problem: 'too-many-attempts',
      detail: '',
      retryAfterSeconds: 30,
    });
    await pending;
    expect(store.getState().signInLocked).toBe(true);
    expect(store.getState().signInAttempt).toMatchObject({
      failure: { problem: 'too-many-attempts', retryAfterSeconds: 30 },
    });
    expect(await store.getState().signIn({ username: 'ana', password: 'pw' })).toBeNull();
    expect(fake.signIns).toHaveLength(1);
    vi.advanceTimersByTime(30_000);
    expect(store.getState().signInLocked).toBe(false);
  });

  it('reports a failed sign-in call as call-failed', async () => {
    const fake = createFakeApi();
    const store = createSessionStore(fake.api);
    const pending = store.getState().signIn({ username: 'ana', password: 'pw' });
    fake.signIns[0]?.reject(new Error('host gone'));
    expect(await pending).toBeNull();
    expect(store.getState().signInAttempt).toEqual({
      status: 'failed',
      failure: { problem: 'call-failed', detail: 'host gone' },
    });
  });

  it('forgets a sign-in problem once signed in (another window signed in)', async () => {
    const fake = createFakeApi();
    const store = createSessionStore(fake.api);
    store.getState().subscribe();
    const pending = store.getState().signIn({ username: 'ana', password: 'pw' });
    fake.signIns[0]?.resolve({ ok: false, problem: 'unreachable', detail: 'ECONNREFUSED' });
    await pending;
    fake.emit('sessionChanged', signedIn());
    expect(store.getState().signInAttempt.status).toBe('idle');
  });

  it('signs out with the core and applies the answer', async () => {
    const fake = createFakeApi();
    fake.state.session = signedIn();
    const store = createSessionStore(fake.api);
    await store.getState().load();
    const out = store.getState().signOut();
    expect(store.getState().signingOut).toBe(true);
    await out;
    expect(store.getState().signingOut).toBe(false);
    expect(store.getState().session?.status).toBe('signed-out');
    expect(fake.calls).toEqual(['signOut']);
  });

  it('passes a failed sign-out to the caller', async () => {
    const fake = createFakeApi();
    fake.api.signOut = () => Promise.reject(new Error('disk full'));
    const store = createSessionStore(fake.api);
    await expect(store.getState().signOut()).rejects.toThrow('disk full');
    expect(store.getState().signingOut).toBe(false);
  });

  it('syncs now and applies the state the core answers with', async () => {
    const fake = createFakeApi();
    fake.state.sync = syncState({
      status: 'syncing',
      progress: { phase: 'changes', done: 0, total: null },
    });
    const store = createSessionStore(fake.api);
    await store.getState().syncNow();
    await flush();
    expect(fake.calls).toEqual(['syncNow']);
    expect(store.getState().sync?.status).toBe('syncing');
  });
});

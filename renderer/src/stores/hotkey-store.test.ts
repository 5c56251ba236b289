import { describe, expect, it } from 'vitest';
import type { HotkeyStatus } from '../../../shared/workstation/desk';
import { createFakeApi } from './fake-api';
import { createHotkeyStore } from './hotkey-store';

// R1: Settings says whether the global hotkey works, and what to do when it does not.

describe('hotkey store', () => {
  it('loads the status and follows changes', async () => {
    const fake = createFakeApi();
    fake.state.hotkey = { state: 'registered', accelerator: 'CommandOrControl+Shift+Space' };
    const store = createHotkeyStore(fake.api);
    await store.getState().load();
    expect(store.getState().status?.state).toBe('registered');
    const off = store.getState().follow();
    fake.emit('hotkeyStatusChanged', {
      state: 'failed',
      accelerator: 'Alt+K',
      reason: 'in-use',
    });
    expect(store.getState().status).toEqual({
      state: 'failed',
      accelerator: 'Alt+K',
      reason: 'in-use',
    });
    off();
    expect(fake.listenerCount('hotkeyStatusChanged')).toBe(0);
  });

  it('lets an event win over an answer that was on its way', async () => {
    const fake = createFakeApi();
    let answer: (s: HotkeyStatus) => void = () => undefined;
    fake.api.getHotkeyStatus = () => new Promise((resolve) => (answer = resolve));
    const store = createHotkeyStore(fake.api);
    store.getState().follow();
    const loading = store.getState().load();
    fake.emit('hotkeyStatusChanged', { state: 'registered', accelerator: 'Alt+J' });
    answer({ state: 'in-page', accelerator: 'Alt+K' });
    await loading;
    expect(store.getState().status?.accelerator).toBe('Alt+J');
  });

  it('says why the status could not be read', async () => {
    const fake = createFakeApi();
    fake.api.getHotkeyStatus = () => Promise.reject(new Error('no shell'));
    const store = createHotkeyStore(fake.api);
    await store.getState().load();
    expect(store.getState()).toMatchObject({ status: null, error: 'no shell' });
  });
});

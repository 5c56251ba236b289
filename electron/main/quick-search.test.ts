// The global hotkey and the popup, without Electron: a fake globalShortcut and window host
// around a real AgentCore (issue 6 item 1; R29).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HotkeyStatus, PopupRequest } from '../../shared/workstation/desk';
import { AgentCore } from '../core/agent-core';
import {
  clipboardQuery,
  connectQuickSearch,
  HotkeyBinding,
  MAX_CLIPBOARD_QUERY,
  type PopupHost,
  type ShortcutRegistry,
} from './quick-search';

/** globalShortcut as Electron behaves: false for a key another app holds, a throw for nonsense. */
class FakeShortcuts implements ShortcutRegistry {
  readonly keys = new Map<string, () => void>();
  heldElsewhere = new Set<string>();
  register(accelerator: string, callback: () => void): boolean {
    if (!/^[A-Za-z]+(\+[A-Za-z0-9]+)+$/.test(accelerator)) {
      throw new Error(`conversion failure from ${accelerator}`);
    }
    if (this.heldElsewhere.has(accelerator)) return false;
    this.keys.set(accelerator, callback);
    return true;
  }
  unregister(accelerator: string): void {
    this.keys.delete(accelerator);
  }
  press(accelerator: string): void {
    const callback = this.keys.get(accelerator);
    if (!callback) throw new Error(`${accelerator} is not registered`);
    callback();
  }
}

class FakeHost implements PopupHost {
  calls: string[] = [];
  clipboard = '';
  mainVisible = false;
  constructor(readonly platform: string) {}
  readClipboard = async () => this.clipboard;
  showPopup = () => void this.calls.push('showPopup');
  hidePopup = () => void this.calls.push('hidePopup');
  showMain = () => void this.calls.push('showMain');
  isMainVisible = () => this.mainVisible;
  hideApp = () => void this.calls.push('hideApp');
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('clipboardQuery', () => {
  it('trims and cuts to 500 characters without splitting a character', () => {
    expect(clipboardQuery('  card blocked \n')).toBe('card blocked');
    expect(clipboardQuery('x'.repeat(600))).toHaveLength(MAX_CLIPBOARD_QUERY);
    const astral = 'a'.repeat(MAX_CLIPBOARD_QUERY - 1) + '𠀀tail';
    const cut = clipboardQuery(astral);
    expect(cut).toBe('a'.repeat(MAX_CLIPBOARD_QUERY - 1));
    // No lone half of a surrogate pair at the end.
    expect(/[\uD800-\uDBFF]$/.test(cut)).toBe(false);
  });
});

describe('HotkeyBinding', () => {
  it('registers, reports a key held elsewhere or not valid, and releases the old key', () => {
    const shortcuts = new FakeShortcuts();
    shortcuts.heldElsewhere.add('Ctrl+Shift+K');
    const binding = new HotkeyBinding(shortcuts, () => {});
    expect(binding.bind('Ctrl+Space')).toEqual({ state: 'registered', accelerator: 'Ctrl+Space' });
    expect(binding.bind('Ctrl+Shift+K')).toEqual({
      state: 'failed',
      accelerator: 'Ctrl+Shift+K',
      reason: 'in-use',
    });
    // The failed key replaced the old one: the setting names one key.
    expect([...shortcuts.keys.keys()]).toEqual([]);
    expect(binding.bind('no such key!')).toEqual({
      state: 'failed',
      accelerator: 'no such key!',
      reason: 'invalid',
    });
    binding.bind('Alt+K');
    binding.release();
    expect([...shortcuts.keys.keys()]).toEqual([]);
  });
});

describe('connectQuickSearch', () => {
  let dir: string;
  let core: AgentCore;
  let statuses: HotkeyStatus[];
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cuecard-popup-'));
    core = await AgentCore.open({ dataDir: dir, host: 'electron', version: 'test' });
    statuses = [];
    core.on('hotkeyStatusChanged', (s) => statuses.push(s));
  });
  afterEach(() => {
    core.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('registers the hotkey from the settings, again when it changes, and frees it at the end', async () => {
    const shortcuts = new FakeShortcuts();
    shortcuts.heldElsewhere.add('Alt+Space');
    const disconnect = connectQuickSearch(core, shortcuts, new FakeHost('win32'));
    await settle();
    const first = { state: 'registered', accelerator: 'CommandOrControl+Shift+Space' };
    expect(statuses).toEqual([first]);
    expect(await core.getHotkeyStatus()).toEqual(first);
    await core.updateSettings({ theme: 'dark' }); // not the hotkey: nothing registered again
    expect(statuses).toHaveLength(1);
    await core.updateSettings({ hotkey: 'Alt+Space' });
    expect(await core.getHotkeyStatus()).toEqual({
      state: 'failed',
      accelerator: 'Alt+Space',
      reason: 'in-use',
    });
    // The other application let go; saving the settings again tries once more.
    shortcuts.heldElsewhere.clear();
    await core.updateSettings({ hotkey: 'Alt+Space' });
    expect(await core.getHotkeyStatus()).toEqual({ state: 'registered', accelerator: 'Alt+Space' });
    expect([...shortcuts.keys.keys()]).toEqual(['Alt+Space']);
    disconnect();
    expect([...shortcuts.keys.keys()]).toEqual([]);
  });

  it('the hotkey shows the popup at once and offers the clipboard’s text', async () => {
    const shortcuts = new FakeShortcuts();
    const host = new FakeHost('win32');
    host.clipboard = `   ${'密码重置'.repeat(200)}  `;
    const requests: PopupRequest[] = [];
    core.on('popupRequested', (r) => requests.push(r));
    const disconnect = connectQuickSearch(core, shortcuts, host);
    await settle();
    shortcuts.press('CommandOrControl+Shift+Space');
    expect(host.calls).toEqual(['showPopup']);
    await settle();
    expect(requests).toEqual([{ clipboardText: '密码重置'.repeat(125) }]);
    disconnect();
  });

  it('closing hides the popup; on macOS the app too, unless the main window is showing', async () => {
    const mac = new FakeHost('darwin');
    const disconnect = connectQuickSearch(core, new FakeShortcuts(), mac);
    await core.closePopup();
    expect(mac.calls).toEqual(['hidePopup', 'hideApp']);
    mac.calls = [];
    mac.mainVisible = true;
    await core.closePopup();
    expect(mac.calls).toEqual(['hidePopup']);
    disconnect();

    const windows = new FakeHost('win32');
    const off = connectQuickSearch(core, new FakeShortcuts(), windows);
    await core.closePopup();
    expect(windows.calls).toEqual(['hidePopup']);
    off();
  });

  it('an article opened from the popup brings the main window forward', async () => {
    const host = new FakeHost('linux');
    const disconnect = connectQuickSearch(core, new FakeShortcuts(), host);
    await core.openInMainWindow({ id: 'a' });
    expect(host.calls).toEqual(['showMain']);
    disconnect();
    await core.openInMainWindow({ id: 'a' });
    expect(host.calls).toEqual(['showMain']);
  });
});

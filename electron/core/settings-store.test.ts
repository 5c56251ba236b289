import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import { SETTINGS_FILE, SettingsStore } from './settings-store';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cuecard-settings-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('SettingsStore', () => {
  it('starts from defaults and persists updates across reopen', () => {
    const store = SettingsStore.open(dir);
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
    store.update({ uiLanguage: 'zh-TW', notifications: { notices: false } });
    const again = SettingsStore.open(dir).get();
    expect(again.uiLanguage).toBe('zh-TW');
    expect(again.notifications).toEqual({ articles: true, notices: false });
  });

  it('refuses an invalid update and keeps the stored value', () => {
    const store = SettingsStore.open(dir);
    expect(() => store.update({ updateUrl: 'ftp://nope' })).toThrow(/http/);
    expect(SettingsStore.open(dir).get().updateUrl).toBe('');
  });

  it('keeps a corrupt settings file aside instead of losing it (R31)', () => {
    writeFileSync(join(dir, SETTINGS_FILE), '{ "uiLanguage": "hu", ');
    const store = SettingsStore.open(dir);
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
    expect(store.recoveredFrom).toBeDefined();
    const kept = readdirSync(dir).find((f) => f.startsWith(`${SETTINGS_FILE}.broken-`));
    expect(kept).toBeDefined();
    expect(readFileSync(join(dir, kept ?? ''), 'utf8')).toContain('"hu"');
    expect(existsSync(join(dir, SETTINGS_FILE))).toBe(false);
  });

  it('fills fields a file from an older version lacks', () => {
    writeFileSync(join(dir, SETTINGS_FILE), JSON.stringify({ uiLanguage: 'id' }));
    const s = SettingsStore.open(dir).get();
    expect(s.uiLanguage).toBe('id');
    expect(s.hotkey).toBe(DEFAULT_SETTINGS.hotkey);
  });
});

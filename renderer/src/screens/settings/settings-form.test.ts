import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, settingsPatchSchema, type Settings } from '../../../../shared/settings';
import {
  moveContentLanguage,
  rebaseDraft,
  settingsPatch,
  toggleContentLanguage,
  validateSettings,
} from './settings-form';

const saved: Settings = { ...DEFAULT_SETTINGS, contentLanguages: ['hu', 'en'] };

describe('validateSettings', () => {
  it('accepts the defaults', () => expect(validateSettings(DEFAULT_SETTINGS)).toEqual({}));

  it('requires a hotkey and caps its length', () => {
    expect(validateSettings({ ...saved, hotkey: '   ' })).toEqual({ hotkey: 'hotkeyRequired' });
    expect(validateSettings({ ...saved, hotkey: 'x'.repeat(65) })).toEqual({
      hotkey: 'hotkeyTooLong',
    });
  });

  it('accepts only hotkeys the desktop app can register (R1)', () => {
    expect(validateSettings({ ...saved, hotkey: 'Ctrl+Shift+Nope' })).toEqual({
      hotkey: 'hotkeyInvalid',
    });
    expect(validateSettings({ ...saved, hotkey: 'Shift+K' })).toEqual({
      hotkey: 'hotkeyNeedsModifier',
    });
    expect(validateSettings({ ...saved, hotkey: 'Alt+F1' })).toEqual({});
  });

  it('accepts http(s) or empty URLs only', () => {
    expect(validateSettings({ ...saved, updateUrl: '' })).toEqual({});
    expect(validateSettings({ ...saved, updateUrl: 'https://updates.example.com/' })).toEqual({});
    expect(validateSettings({ ...saved, updateUrl: 'ftp://x', serverUrl: 'kb.local' })).toEqual({
      updateUrl: 'urlInvalid',
      serverUrl: 'urlInvalid',
    });
  });

  it('needs at least one content language', () => {
    expect(validateSettings({ ...saved, contentLanguages: [] })).toEqual({
      contentLanguages: 'contentLanguagesRequired',
    });
  });
});

describe('settingsPatch', () => {
  it('is empty when nothing changed', () => expect(settingsPatch(saved, { ...saved })).toEqual({}));

  it('holds only changed fields, trimmed, and passes the core schema', () => {
    const patch = settingsPatch(saved, {
      ...saved,
      theme: 'dark',
      updateUrl: ' https://u.example.com ',
      contentLanguages: ['en', 'hu'],
      notifications: { articles: false, notices: true },
    });
    expect(patch).toEqual({
      theme: 'dark',
      updateUrl: 'https://u.example.com',
      contentLanguages: ['en', 'hu'],
      notifications: { articles: false },
    });
    expect(settingsPatchSchema.safeParse(patch).success).toBe(true);
  });
});

describe('content language order', () => {
  it('appends a language turned on and removes one turned off', () => {
    expect(toggleContentLanguage(['hu'], 'en', true)).toEqual(['hu', 'en']);
    expect(toggleContentLanguage(['hu', 'en'], 'hu', false)).toEqual(['en']);
    expect(toggleContentLanguage(['hu', 'en'], 'hu', true)).toEqual(['hu', 'en']);
  });

  it('moves within bounds', () => {
    expect(moveContentLanguage(['hu', 'en', 'id'], 'en', -1)).toEqual(['en', 'hu', 'id']);
    expect(moveContentLanguage(['hu', 'en', 'id'], 'en', 1)).toEqual(['hu', 'id', 'en']);
    expect(moveContentLanguage(['hu', 'en'], 'hu', -1)).toEqual(['hu', 'en']);
    expect(moveContentLanguage(['hu', 'en'], 'en', 1)).toEqual(['hu', 'en']);
  });
});

describe('rebaseDraft', () => {
  it('takes new saved values for untouched fields and keeps edits', () => {
    const draft: Settings = { ...saved, hotkey: 'Alt+K' };
    const newSaved: Settings = { ...saved, uiLanguage: 'zh-TW', hotkey: 'Alt+J' };
    expect(rebaseDraft(saved, newSaved, draft)).toEqual({
      ...saved,
      uiLanguage: 'zh-TW',
      hotkey: 'Alt+K',
    });
  });
});

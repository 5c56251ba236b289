import type { ContentLanguage } from '../../../../shared/languages';
import type { Settings, SettingsPatch } from '../../../../shared/settings';
import { acceleratorProblem } from '../../lib/hotkey';
import { isHttpUrlOrEmpty } from '../../lib/url-policy';

/** Same limit as shared/settings.ts, checked here so the agent sees it before saving. */
export const HOTKEY_MAX_CHARS = 64;

export type FieldError =
  | 'hotkeyRequired'
  | 'hotkeyTooLong'
  | 'hotkeyInvalid'
  | 'hotkeyNeedsModifier'
  | 'urlInvalid'
  | 'contentLanguagesRequired';
export type FormErrors = Partial<
  Record<'hotkey' | 'serverUrl' | 'updateUrl' | 'contentLanguages', FieldError>
>;

export function validateSettings(draft: Settings): FormErrors {
  const errors: FormErrors = {};
  const hotkey = draft.hotkey.trim();
  if (hotkey === '') errors.hotkey = 'hotkeyRequired';
  else if (hotkey.length > HOTKEY_MAX_CHARS) errors.hotkey = 'hotkeyTooLong';
  else {
    const problem = acceleratorProblem(hotkey);
    if (problem === 'invalid') errors.hotkey = 'hotkeyInvalid';
    else if (problem === 'needs-modifier') errors.hotkey = 'hotkeyNeedsModifier';
  }
  if (!isHttpUrlOrEmpty(draft.serverUrl)) errors.serverUrl = 'urlInvalid';
  if (!isHttpUrlOrEmpty(draft.updateUrl)) errors.updateUrl = 'urlInvalid';
  if (draft.contentLanguages.length === 0) errors.contentLanguages = 'contentLanguagesRequired';
  return errors;
}

/** Only what changed, with text fields trimmed; an empty patch means nothing to save. */
export function settingsPatch(saved: Settings, draft: Settings): SettingsPatch {
  const patch: SettingsPatch = {};
  if (draft.uiLanguage !== saved.uiLanguage) patch.uiLanguage = draft.uiLanguage;
  if (draft.contentLanguages.join() !== saved.contentLanguages.join())
    patch.contentLanguages = [...draft.contentLanguages];
  if (draft.theme !== saved.theme) patch.theme = draft.theme;
  for (const key of ['hotkey', 'serverUrl', 'updateUrl'] as const) {
    const value = draft[key].trim();
    if (value !== saved[key]) patch[key] = value;
  }
  const notifications: NonNullable<SettingsPatch['notifications']> = {};
  for (const key of ['articles', 'notices'] as const) {
    if (draft.notifications[key] !== saved.notifications[key])
      notifications[key] = draft.notifications[key];
  }
  if (Object.keys(notifications).length > 0) patch.notifications = notifications;
  return patch;
}

/** Turning a language on appends it (lowest preference); turning it off removes it. */
export function toggleContentLanguage(
  list: readonly ContentLanguage[],
  lang: ContentLanguage,
  on: boolean,
): ContentLanguage[] {
  if (on) return list.includes(lang) ? [...list] : [...list, lang];
  return list.filter((l) => l !== lang);
}

export function moveContentLanguage(
  list: readonly ContentLanguage[],
  lang: ContentLanguage,
  delta: -1 | 1,
): ContentLanguage[] {
  const from = list.indexOf(lang);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= list.length) return [...list];
  const next = [...list];
  [next[from], next[to]] = [next[to] as ContentLanguage, lang];
  return next;
}

/**
 * When the saved settings change under an open form (another window, the header's language
 * switcher), fields the agent has not touched follow the new values and edited ones are kept.
 */
export function rebaseDraft(oldSaved: Settings, newSaved: Settings, draft: Settings): Settings {
  const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
  const next = { ...draft };
  for (const key of Object.keys(newSaved) as (keyof Settings)[]) {
    if (same(draft[key], oldSaved[key])) Object.assign(next, { [key]: newSaved[key] });
  }
  return next;
}

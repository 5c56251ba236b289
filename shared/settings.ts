import { z } from 'zod';
import { CONTENT_LANGUAGES, UI_LANGUAGES } from './languages';

export const THEMES = ['system', 'light', 'dark'] as const;

/** An http(s) URL, or empty for "not configured". */
const optionalHttpUrl = z
  .string()
  .max(2048)
  .refine((s) => s === '' || /^https?:\/\/[^\s]+$/i.test(s), { message: 'must be an http(s) URL' });

export const settingsSchema = z.object({
  uiLanguage: z.enum(UI_LANGUAGES),
  /** Content languages in order of preference; the first is searched and shown first. */
  contentLanguages: z.array(z.enum(CONTENT_LANGUAGES)).min(1).max(CONTENT_LANGUAGES.length),
  theme: z.enum(THEMES),
  /** Accelerator in Electron's syntax, e.g. "CommandOrControl+Shift+Space". */
  hotkey: z.string().min(1).max(64),
  serverUrl: optionalHttpUrl,
  /** Generic electron-updater feed; empty disables update checks. */
  updateUrl: optionalHttpUrl,
  notifications: z.object({
    articles: z.boolean(),
    notices: z.boolean(),
  }),
});

export type Settings = z.infer<typeof settingsSchema>;

/** A partial update; nested `notifications` may also be partial. */
export const settingsPatchSchema = settingsSchema
  .omit({ notifications: true })
  .partial()
  .extend({ notifications: settingsSchema.shape.notifications.partial().optional() })
  .strict();

export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export const DEFAULT_SETTINGS: Settings = {
  uiLanguage: 'en',
  contentLanguages: ['en'],
  theme: 'system',
  hotkey: 'CommandOrControl+Shift+Space',
  serverUrl: 'http://127.0.0.1:4010',
  updateUrl: '',
  notifications: { articles: true, notices: true },
};

export function applySettingsPatch(current: Settings, patch: SettingsPatch): Settings {
  const next: Settings = {
    ...current,
    ...patch,
    notifications: { ...current.notifications, ...patch.notifications },
  };
  return settingsSchema.parse(next);
}

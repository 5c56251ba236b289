import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DEFAULT_SETTINGS,
  applySettingsPatch,
  settingsSchema,
  type Settings,
  type SettingsPatch,
} from '../../shared/settings';

export const SETTINGS_FILE = 'settings.json';

/**
 * Settings persisted as JSON in the data directory. Writes go to a temporary file and are renamed
 * into place, so a crash mid-write never leaves a half-written file. A file that cannot be read is
 * kept beside (settings.json.broken-<time>) rather than overwritten: bad input loses nothing (R31).
 */
export class SettingsStore {
  private current: Settings;
  readonly recoveredFrom: string | undefined;

  private constructor(
    private readonly file: string,
    initial: Settings,
    recoveredFrom?: string,
  ) {
    this.current = initial;
    this.recoveredFrom = recoveredFrom;
  }

  static open(dataDir: string): SettingsStore {
    const file = join(dataDir, SETTINGS_FILE);
    if (!existsSync(file)) return new SettingsStore(file, DEFAULT_SETTINGS);
    try {
      const raw: unknown = JSON.parse(readFileSync(file, 'utf8'));
      // Settings written by an older version may lack newer fields: fill them from the defaults.
      const merged = { ...DEFAULT_SETTINGS, ...(raw as object) };
      const parsed = settingsSchema.safeParse(merged);
      if (parsed.success) return new SettingsStore(file, parsed.data);
    } catch {
      // fall through: the file is kept aside below
    }
    const aside = `${file}.broken-${Date.now()}`;
    renameSync(file, aside);
    console.warn(
      `[cuecard] ${file} could not be read; kept as ${aside} and started from defaults.`,
    );
    return new SettingsStore(file, DEFAULT_SETTINGS, aside);
  }

  get(): Settings {
    return this.current;
  }

  update(patch: SettingsPatch): Settings {
    const next = applySettingsPatch(this.current, patch);
    const tmp = `${this.file}.tmp`;
    writeFileSync(tmp, JSON.stringify(next, null, 2) + '\n', { mode: 0o600 });
    renameSync(tmp, this.file);
    this.current = next;
    return next;
  }
}

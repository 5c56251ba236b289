import type { Settings } from '../../../shared/settings';

export type ResolvedTheme = 'light' | 'dark';

export function resolveTheme(theme: Settings['theme'], systemPrefersDark: boolean): ResolvedTheme {
  if (theme === 'system') return systemPrefersDark ? 'dark' : 'light';
  return theme;
}

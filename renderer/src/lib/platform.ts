/** Product names for process.platform values; these are names, shown the same in every language. */
const PLATFORM_NAMES: Record<string, string> = {
  win32: 'Windows',
  darwin: 'macOS',
  linux: 'Linux',
  freebsd: 'FreeBSD',
};

export function platformName(platform: string): string {
  return PLATFORM_NAMES[platform] ?? platform;
}

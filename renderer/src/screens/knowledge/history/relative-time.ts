const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['minute', 60],
  ['hour', 60 * 60],
  ['day', 24 * 60 * 60],
];

/** "5 minutes ago" / "vor 3 Stunden" within a week, in the UI language; null beyond (show the date). */
export function relativeTime(iso: string, locale: string, now: Date = new Date()): string | null {
  const seconds = (new Date(iso).getTime() - now.getTime()) / 1000;
  if (Number.isNaN(seconds) || Math.abs(seconds) >= 7 * 24 * 60 * 60) return null;
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (Math.abs(seconds) < 60) return format.format(0, 'minute');
  let unit: Intl.RelativeTimeFormatUnit = 'minute';
  let size = 60;
  for (const [u, s] of UNITS) if (Math.abs(seconds) >= s) [unit, size] = [u, s];
  return format.format(Math.round(seconds / size), unit);
}

/*
 * Times and numbers in the UI language, with Intl (the UI language tags are BCP 47 already).
 * Formatters are cached: the sync indicator re-renders on every progress event.
 */
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function cached<F extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => F): F {
  let formatter = cache.get(key);
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter as F;
}

function sameDay(a: Date, b: Date): boolean {
  return (
    a.getFullYear() === b.getFullYear() &&
    a.getMonth() === b.getMonth() &&
    a.getDate() === b.getDate()
  );
}

/** "4 Mar 2025" (or "2025. márc. 4.", as the language writes it); "" for a bad date. */
export function formatDate(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return cached(
    `date:${locale}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }),
  ).format(date);
}

/**
 * "14:05" (or "2:05 PM", as the language writes it) for a time today, with the date in front for any other day ("2025. 03. 04. 14:05"),
 * so "offline since 09:12" is never read as today when it was last week. Null for a bad date.
 */
export function formatTime(iso: string, locale: string, now: Date = new Date()): string | null {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  const withDate = !sameDay(date, now);
  const formatter = cached(
    `time:${locale}:${withDate}`,
    () =>
      new Intl.DateTimeFormat(
        locale,
        withDate ? { dateStyle: 'short', timeStyle: 'short' } : { timeStyle: 'short' },
      ),
  );
  return formatter.format(date);
}

/** "1,200" / "1 200" / "1.200", as the language writes it. */
export function formatNumber(value: number, locale: string): string {
  return cached(`number:${locale}`, () => new Intl.NumberFormat(locale)).format(value);
}

/**
 * Readable ids made from what people typed: "Kártyás fizetés – leállás!" →
 * "kartyas-fizetes-leallas" (notices, articles, categories, synonym sets). "" when nothing Latin
 * is left (a Chinese-only title): callers supply their own fallback.
 */
export function slug(text: string, maxLength = 60): string {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      // Letters NFKD keeps whole (ő decomposes, ø and ß do not).
      .replace(/ø/g, 'o')
      .replace(/ß/g, 'ss')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, maxLength)
      .replace(/-+$/, '')
  );
}

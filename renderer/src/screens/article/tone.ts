/*
 * Tone labels (R8: canned responses in the house tone): tags written "tone:<label>". They show
 * apart from the other tags, without the prefix; the usual ones are translated.
 */

export const KNOWN_TONES = ['formal', 'friendly', 'apologetic', 'firm'] as const;
export type KnownTone = (typeof KNOWN_TONES)[number];

const PREFIX = /^tone:\s*/i;

export function isKnownTone(label: string): label is KnownTone {
  return (KNOWN_TONES as readonly string[]).includes(label);
}

/** Splits an article's tags into tone labels (prefix removed, each once) and the other tags. */
export function splitToneTags(tags: readonly string[]): { tones: string[]; tags: string[] } {
  const tones: string[] = [];
  const rest: string[] = [];
  for (const tag of tags) {
    if (!PREFIX.test(tag)) {
      rest.push(tag);
      continue;
    }
    const label = tag.replace(PREFIX, '').trim();
    const key = isKnownTone(label.toLowerCase()) ? label.toLowerCase() : label;
    if (key !== '' && !tones.includes(key)) tones.push(key);
  }
  return { tones, tags: rest };
}

import type { FieldAnalysis } from '../../shared/text/analyze';

/*
 * BM25F: each field's term frequency is length-normalised and weighted before one saturation,
 * so a word in the title counts more than in the body without a long body drowning it.
 * Constants measured on ../shared/eval-data (docs/search.md).
 */
export const FIELDS = ['title', 'tags', 'body'] as const;
export type Field = (typeof FIELDS)[number];

export const FIELD_WEIGHT: Record<Field, number> = {
  title: 6,
  tags: 3,
  body: 1,
};
const FIELD_B: Record<Field, number> = {
  title: 0.5,
  tags: 0.3,
  body: 0.75,
};
const K1 = 1.2;

export type AnalyzedFields = Record<Field, FieldAnalysis>;
export type AverageLengths = Record<Field, number>;

/** The term's weight in one variant (BM25F without IDF), for every term of the variant. */
export function impacts(fields: AnalyzedFields, avg: AverageLengths): Map<string, number> {
  const weighted = new Map<string, number>();
  for (const f of FIELDS) {
    const { tf, length } = fields[f];
    const norm = 1 - FIELD_B[f] + FIELD_B[f] * (length / Math.max(avg[f], 1));
    for (const [term, n] of tf) {
      weighted.set(term, (weighted.get(term) ?? 0) + (FIELD_WEIGHT[f] * n) / norm);
    }
  }
  const out = new Map<string, number>();
  for (const [term, t] of weighted) out.set(term, (t * (K1 + 1)) / (t + K1));
  return out;
}

/** Robertson–Spärck Jones IDF as BM25 uses it; never negative. */
export function idf(df: number, docs: number): number {
  return Math.log(1 + (docs - df + 0.5) / (df + 0.5));
}

/** Prefixes stored as pseudo-terms ("pa*"), so a 2–4 letter prefix is one row, not thousands of terms. */
export const PREFIX_LENGTHS = [2, 3, 4] as const;
const LATIN_TERM = /^[\p{L}\p{N}]+$/u;
const HAN = /\p{Script=Han}/u;

export function isPrefixable(term: string): boolean {
  return term.length >= 3 && !HAN.test(term) && LATIN_TERM.test(term);
}

/** Pseudo-term impacts: for each prefix, the best impact among the variant's terms that start with it. */
export function prefixImpacts(termImpacts: ReadonlyMap<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [term, impact] of termImpacts) {
    if (!isPrefixable(term)) continue;
    for (const n of PREFIX_LENGTHS) {
      if (term.length <= n) break;
      const key = `${term.slice(0, n)}*`;
      if ((out.get(key) ?? 0) < impact) out.set(key, impact);
    }
  }
  return out;
}

/*
 * A term's posting list as the engine stores it: the K best variants for the term, by impact
 * (the term's BM25F weight in that variant, without IDF), best first, packed as
 * (variant rowid: int32, impact: float32) pairs in one BLOB, so a query reads one row per term.
 * Rare terms (df ≤ K) have complete lists; frequent terms keep only their best K, which is what
 * makes a frequent word as fast as a rare one (plain FTS5 bm25 ranks every match: ~76 ms).
 */

/** Entries kept per term. 128 × 8 bytes = 1 KiB per frequent term. */
export const POSTINGS_K = 128;

export interface Posting {
  rowid: number;
  impact: number;
}

export function decodePostings(blob: Uint8Array): Posting[] {
  const view = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
  const out: Posting[] = new Array(blob.byteLength >> 3);
  for (let i = 0, o = 0; o + 8 <= blob.byteLength; i++, o += 8) {
    out[i] = { rowid: view.getInt32(o, true), impact: view.getFloat32(o + 4, true) };
  }
  return out;
}

export function encodePostings(postings: readonly Posting[]): Buffer {
  const buf = Buffer.allocUnsafe(postings.length * 8);
  postings.forEach((p, i) => {
    buf.writeInt32LE(p.rowid, i * 8);
    buf.writeFloatLE(p.impact, i * 8 + 4);
  });
  return buf;
}

/** Applies removals and additions, keeps the best K, best first (ties by rowid, so the order is stable). */
export function mergePostings(
  current: readonly Posting[],
  removed: ReadonlySet<number>,
  added: readonly Posting[],
): Posting[] {
  const replaced = new Set(added.map((p) => p.rowid));
  const merged = current
    .filter((p) => !removed.has(p.rowid) && !replaced.has(p.rowid))
    .concat(added);
  merged.sort((a, b) => b.impact - a.impact || a.rowid - b.rowid);
  return merged.length > POSTINGS_K ? merged.slice(0, POSTINGS_K) : merged;
}

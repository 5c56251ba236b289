/*
 * Typo tolerance against the index vocabulary, Meilisearch's rules: no typo in words under 5
 * letters, one up to 8, two from 9. Candidates come from a deletion index (SymSpell): a word and
 * a vocabulary term within distance d share a string reachable by deleting characters, so the
 * lookup is a few hash probes, not a scan of the vocabulary. Chinese is never corrected.
 */

export function allowedTypos(word: string): number {
  const n = [...word].length;
  return n < 5 ? 0 : n <= 8 ? 1 : 2;
}

function deletes(word: string, depth: number): Set<string> {
  const out = new Set<string>();
  let frontier = [word];
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const w of frontier) {
      for (let i = 0; i < w.length; i++) {
        const del = w.slice(0, i) + w.slice(i + 1);
        if (!out.has(del)) {
          out.add(del);
          next.push(del);
        }
      }
    }
    frontier = next;
  }
  return out;
}

/** Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions), capped. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const prev2 = new Array<number>(b.length + 1).fill(0);
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev2.splice(0, prev2.length, ...prev);
    prev = cur;
  }
  return prev[b.length] ?? max + 1;
}

/** The vocabulary of one language, indexed by deletions. */
export class TypoIndex {
  private readonly byDeletion = new Map<string, string[]>();
  private readonly words = new Set<string>();

  add(term: string): void {
    const typos = allowedTypos(term);
    if (typos === 0 || this.words.has(term)) return;
    this.words.add(term);
    for (const key of [term, ...deletes(term, typos)]) {
      const list = this.byDeletion.get(key);
      if (list) list.push(term);
      else this.byDeletion.set(key, [term]);
    }
  }

  /** Vocabulary terms within the allowed distance of `word`, nearest first. */
  corrections(word: string, maxTypos = allowedTypos(word)): { term: string; distance: number }[] {
    if (maxTypos === 0) return [];
    const found = new Map<string, number>();
    for (const key of [word, ...deletes(word, maxTypos)]) {
      for (const term of this.byDeletion.get(key) ?? []) {
        if (term === word || found.has(term)) continue;
        const d = editDistance(word, term, maxTypos);
        if (d <= maxTypos) found.set(term, d);
      }
    }
    return [...found]
      .map(([term, distance]) => ({ term, distance }))
      .sort((a, b) => a.distance - b.distance);
  }
}

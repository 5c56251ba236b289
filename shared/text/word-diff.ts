import type { TextRun } from '../article';

/*
 * "Changed since you last read" (R18): the current text of an article with the words that were
 * not in the text the agent read marked, and a count of the words that are gone. Words are
 * compared as written (a changed accent or capital is a change); each Chinese character is a
 * word of its own, so a two-character edit inside a sentence is marked as two characters rather
 * than as the whole unspaced sentence.
 */

export interface WordDiff {
  /** The new text, whole, as runs; `match: true` marks what was inserted. */
  runs: TextRun[];
  /** Words of the old text that the new one no longer has. */
  removedWords: number;
}

interface Piece {
  text: string;
  /** Compared in the diff; whitespace is carried along but never compared. */
  word: boolean;
  /** Letters or digits: counted as a removed word (a lone comma is not). */
  counts: boolean;
}

// A Han character, a run of other letters/digits/marks, whitespace, or any other single character.
export const PIECE = /\p{Script=Han}|[\p{L}\p{N}\p{M}]+|\s+|[^\s]/gu;
const HAN = /\p{Script=Han}/u;
export const SPACE = /^\s+$/u;

/**
 * Beyond this many edits the texts have little in common and marking everything new says the
 * same. Myers' trace costs about edits² integers: 2,000 edits is ~16 MB for an instant, and a
 * rewritten 5,000-word article (10,000 edits) would need ~400 MB.
 */
const MAX_EDITS = 2_000;

function pieces(text: string): Piece[] {
  return Array.from(text.matchAll(PIECE), (m) => {
    const t = m[0];
    const word = !SPACE.test(t);
    return { text: t, word, counts: word && (HAN.test(t) || /[\p{L}\p{N}]/u.test(t)) };
  });
}

/** Marks in `newText` what `oldText` did not have, word by word. */
export function diffWords(oldText: string, newText: string): WordDiff {
  const oldWords = pieces(oldText).filter((p) => p.word);
  const all = pieces(newText);
  const newWords = all.filter((p) => p.word);
  const inserted = insertedWords(
    oldWords.map((p) => p.text),
    newWords.map((p) => p.text),
  );
  let removedWords = 0;
  inserted.removed.forEach((gone, i) => {
    if (gone && oldWords[i]?.counts) removedWords++;
  });

  const runs: TextRun[] = [];
  const push = (text: string, match: boolean): void => {
    const last = runs[runs.length - 1];
    if (last && last.match === match) last.text += text;
    else runs.push({ text, match });
  };
  let w = 0;
  all.forEach((p, i) => {
    if (p.word) {
      push(p.text, inserted.added[w++] ?? false);
      return;
    }
    // Space between two new words belongs to the new passage; elsewhere it is old text.
    const before = w > 0 && (inserted.added[w - 1] ?? false);
    const after = all[i + 1]?.word === true && (inserted.added[w] ?? false);
    push(p.text, before && after);
  });
  return { runs, removedWords };
}

/** Which words of `b` are insertions and which of `a` are deletions, by a shortest edit script. */
export function insertedWords(
  a: readonly string[],
  b: readonly string[],
): { added: boolean[]; removed: boolean[] } {
  const added = new Array<boolean>(b.length).fill(false);
  const removed = new Array<boolean>(a.length).fill(false);
  // The common head and tail cost nothing; most edits touch a few places in a long text.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  ) {
    tail++;
  }
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const script = myers(midA, midB);
  if (script === null) {
    for (let i = 0; i < midA.length; i++) removed[head + i] = true;
    for (let j = 0; j < midB.length; j++) added[head + j] = true;
    return { added, removed };
  }
  for (const i of script.deleted) removed[head + i] = true;
  for (const j of script.inserted) added[head + j] = true;
  slideInsertions(b, added);
  return { added, removed };
}

/**
 * Among equally short scripts, Myers may mark "…500 EUR[. Ask for a raise]." where a reader
 * expects "…500 EUR.[ Ask for a raise.]". An inserted run moves right while its first word equals
 * the kept word after it (the same words are kept, only which copy changes), so an added
 * sentence ends with its own full stop.
 */
function slideInsertions(b: readonly string[], added: boolean[]): void {
  let start = 0;
  while (start < b.length) {
    if (!added[start]) {
      start++;
      continue;
    }
    let end = start;
    while (end < b.length && added[end]) end++;
    while (end < b.length && b[start] === b[end]) {
      added[start++] = false;
      added[end++] = true;
      while (end < b.length && added[end]) end++;
    }
    start = end;
  }
}

/**
 * Myers' O(ND) shortest edit script (E. Myers, "An O(ND) Difference Algorithm and Its
 * Variations", 1986): for each edit count d, the furthest-reaching path on every diagonal k;
 * the paths are kept per d (2d+1 entries) and walked back from the end. Null beyond MAX_EDITS.
 */
function myers(
  a: readonly string[],
  b: readonly string[],
): { deleted: number[]; inserted: number[] } | null {
  const n = a.length;
  const m = b.length;
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= Math.min(n + m, MAX_EDITS); d++) {
    const v = new Int32Array(2 * d + 1);
    const prev = trace[d - 1];
    // prev[k + d - 1]: the furthest x on diagonal k after d - 1 edits.
    const at = (k: number): number => (prev ? (prev[k + d - 1] ?? -1) : 0);
    for (let k = -d; k <= d; k += 2) {
      let x =
        d === 0 ? 0 : k === -d || (k !== d && at(k - 1) < at(k + 1)) ? at(k + 1) : at(k - 1) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[k + d] = x;
      if (x >= n && y >= m) found = d;
    }
    trace.push(v);
    if (found >= 0) break;
  }
  if (found < 0) return null;

  const deleted: number[] = [];
  const inserted: number[] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const prev = trace[d - 1] as Int32Array;
    const at = (k: number): number => prev[k + d - 1] ?? -1;
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    // Back along the snake (equal words), then over the one edit that led into it.
    while (x > prevX && y > prevY) {
      x--;
      y--;
    }
    if (down) inserted.push(prevY);
    else deleted.push(prevX);
    x = prevX;
    y = prevY;
  }
  return { deleted, inserted };
}

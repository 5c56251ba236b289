import { htmlToBlocks, type Block, type BlockKind } from './html-blocks';
import { insertedWords, PIECE, SPACE } from './word-diff';

export type { Block, BlockKind } from './html-blocks';

/*
 * Comparing two revisions of an article (R14): the body as blocks of text (html-blocks.ts), the
 * blocks diffed as wholes, and the words inside a changed block diffed again (each Chinese
 * character a word of its own, as in word-diff.ts, whose bounded Myers diff both levels use).
 * The result is rows that line up old and new for a side-by-side view and parts that interleave
 * them for an inline view. Text only: nothing here is ever rendered as HTML.
 */

export interface Part {
  text: string;
  /** Old side: removed; new side: added. */
  changed: boolean;
}

export interface InlinePart {
  text: string;
  op: 'equal' | 'removed' | 'added';
}

export interface TextDiff {
  changed: boolean;
  old: Part[];
  new: Part[];
  inline: InlinePart[];
}

export type DiffRow =
  | { op: 'equal'; kind: BlockKind; text: string }
  | { op: 'removed'; kind: BlockKind; text: string }
  | { op: 'added'; kind: BlockKind; text: string }
  | { op: 'changed'; kind: BlockKind; diff: TextDiff };

/** Changed blocks that share less than this of their words are shown as removed + added. */
const MIN_SIMILARITY = 0.3;

interface Token {
  text: string;
  space: boolean;
  /** Side by side: removed (old) or added (new); a space only between two changed words. */
  changed: boolean;
  /** Inline: a space also goes with the changed word after it, so "a [-x][+y] b" reads well. */
  inlineChanged: boolean;
}

function tokens(text: string): Token[] {
  return Array.from(text.matchAll(PIECE), (m) => ({
    text: m[0],
    space: SPACE.test(m[0]),
    changed: false,
    inlineChanged: false,
  }));
}

/** Marks the changed words of one side, and the spaces that belong to them. */
function mark(all: Token[], changedWords: boolean[]): void {
  let w = 0;
  all.forEach((t) => {
    if (!t.space) t.changed = t.inlineChanged = changedWords[w++] ?? false;
  });
  all.forEach((t, i) => {
    if (!t.space || i === 0) return;
    const next = all[i + 1];
    const nextChanged = next !== undefined && !next.space && next.changed;
    t.inlineChanged = nextChanged;
    t.changed = nextChanged && all[i - 1]?.changed === true;
  });
}

function merge<P extends { text: string }>(parts: P[], same: (a: P, b: P) => boolean): P[] {
  const out: P[] = [];
  for (const p of parts) {
    const last = out[out.length - 1];
    if (last && same(last, p)) last.text += p.text;
    else out.push({ ...p });
  }
  return out;
}

/** Word by word: what the old text lost and the new one gained, on each side and interleaved. */
export function diffText(oldText: string, newText: string): TextDiff {
  const a = tokens(oldText);
  const b = tokens(newText);
  const words = (list: Token[]) => list.filter((t) => !t.space).map((t) => t.text);
  const { added, removed } = insertedWords(words(a), words(b));
  mark(a, removed);
  mark(b, added);

  const inline: InlinePart[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    for (let x = a[i]; x?.inlineChanged; x = a[++i]) inline.push({ text: x.text, op: 'removed' });
    for (let y = b[j]; y?.inlineChanged; y = b[++j]) inline.push({ text: y.text, op: 'added' });
    const x = a[i];
    const y = b[j];
    if (!x && !y) break;
    if (y && (!x || y.space || x.space === y.space)) {
      // Kept words are the same on both sides; kept spaces are taken from the new text.
      inline.push({ text: y.text, op: 'equal' });
      j++;
      if (x && x.space === y.space) i++;
    } else {
      i++; // an old space where the new text goes straight on: nothing to show
    }
  }
  const side = (list: Token[]): Part[] =>
    merge(
      list.map((t) => ({ text: t.text, changed: t.changed })),
      (p, q) => p.changed === q.changed,
    );
  return {
    changed: a.some((t) => t.changed) || b.some((t) => t.changed),
    old: side(a),
    new: side(b),
    inline: merge(inline, (p, q) => p.op === q.op),
  };
}

/** How much of their words two texts share, 0..1 (1: the same). */
function similarity(diff: TextDiff): number {
  const count = (parts: Part[], changed: boolean) =>
    parts
      .filter((p) => p.changed === changed)
      .reduce((n, p) => n + (p.text.match(PIECE)?.filter((x) => !SPACE.test(x)).length ?? 0), 0);
  const kept = count(diff.new, false);
  const total = kept * 2 + count(diff.old, true) + count(diff.new, true);
  return total === 0 ? 1 : (2 * kept) / total;
}

/** Rows of the two bodies lined up: kept, removed, added, or changed (with the words marked). */
export function diffBlocks(
  oldBlocks: readonly Block[],
  newBlocks: readonly Block[],
  keys?: { old: string[]; new: string[] },
): DiffRow[] {
  const key = (b: Block) => `${b.kind}\u0000${b.text}`;
  const { added, removed } = insertedWords(
    keys?.old ?? oldBlocks.map(key),
    keys?.new ?? newBlocks.map(key),
  );
  const rows: DiffRow[] = [];
  let gone: Block[] = [];
  let come: Block[] = [];
  const flushHunk = (): void => {
    // Pairs the k-th removed with the k-th added block of a hunk (linear, so a rewrite of the
    // whole text stays cheap) when they are of a kind and still share enough words.
    const n = Math.max(gone.length, come.length);
    const removedRows: DiffRow[] = [];
    const addedRows: DiffRow[] = [];
    for (let k = 0; k < n; k++) {
      const o = gone[k];
      const nw = come[k];
      if (o && nw && o.kind === nw.kind && o.kind !== 'image') {
        const diff = diffText(o.text, nw.text);
        if (similarity(diff) >= MIN_SIMILARITY) {
          rows.push(...removedRows.splice(0), ...addedRows.splice(0));
          rows.push({ op: 'changed', kind: nw.kind, diff });
          continue;
        }
      }
      if (o) removedRows.push({ op: 'removed', kind: o.kind, text: o.text });
      if (nw) addedRows.push({ op: 'added', kind: nw.kind, text: nw.text });
    }
    rows.push(...removedRows, ...addedRows);
    gone = [];
    come = [];
  };
  let i = 0;
  let j = 0;
  while (i < oldBlocks.length || j < newBlocks.length) {
    const o = oldBlocks[i];
    const n = newBlocks[j];
    if (o && removed[i]) {
      gone.push(o);
      i++;
    } else if (n && added[j]) {
      come.push(n);
      j++;
    } else {
      flushHunk();
      const kept = newBlocks[j++] ?? oldBlocks[i];
      i++;
      if (kept) rows.push({ op: 'equal', kind: kept.kind, text: kept.text });
    }
  }
  flushHunk();
  return rows;
}

/** The bodies of two revisions compared (sanitized HTML in, text rows out). */
export function diffHtml(oldHtml: string, newHtml: string): DiffRow[] {
  const a = htmlToBlocks(oldHtml);
  const b = htmlToBlocks(newHtml);
  return diffBlocks(a.blocks, b.blocks, { old: a.keys, new: b.keys });
}

export interface TagDiff {
  kept: string[];
  removed: string[];
  added: string[];
}

/** Tags are a set: which stayed, which went, which came (order is not a change). */
export function diffTags(oldTags: readonly string[], newTags: readonly string[]): TagDiff {
  const before = new Set(oldTags);
  const after = new Set(newTags);
  return {
    kept: newTags.filter((t) => before.has(t)),
    removed: oldTags.filter((t) => !after.has(t)),
    added: newTags.filter((t) => !before.has(t)),
  };
}

/** True when nothing but unchanged rows. */
export function unchanged(rows: readonly DiffRow[]): boolean {
  return rows.every((r) => r.op === 'equal');
}

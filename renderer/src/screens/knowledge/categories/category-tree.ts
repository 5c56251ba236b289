import { slug } from '../../../lib/slug';
import type { AuthoringCategory } from '../../../../../shared/workstation/authoring';

/*
 * The pure tree logic of the category editor (R11): where a drop or a keyboard move puts a
 * category, in the terms of op moveCategory ({parentId, index} among the new parent's children
 * without the moved one, as the server counts), and the same move applied locally for the
 * optimistic update. Cycles are refused here too, so the UI never offers them.
 */

export type Category = AuthoringCategory;

export interface Placement {
  parentId: string | null;
  index: number;
}

/** Where a dragged category lands relative to the row it is dropped on. */
export type DropPlace = 'before' | 'after' | 'inside';

export type KeyboardMove = 'up' | 'down' | 'indent' | 'outdent';

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** `parentId`'s children in their order (ties broken by id, as the server does). */
export function childrenOf(categories: readonly Category[], parentId: string | null): Category[] {
  return categories
    .filter((c) => c.parentId === parentId)
    .sort((a, b) => a.position - b.position || byText(a.id, b.id));
}

/** True when `id` is `ancestorId` itself or somewhere below it. */
export function isWithin(categories: readonly Category[], id: string, ancestorId: string): boolean {
  const parents = new Map(categories.map((c) => [c.id, c.parentId]));
  const seen = new Set<string>();
  for (let at: string | null = id; at !== null && !seen.has(at); at = parents.get(at) ?? null) {
    if (at === ancestorId) return true;
    seen.add(at);
  }
  return false;
}

/** A category may go under any parent except itself and its own subcategories. */
export function canMoveUnder(
  categories: readonly Category[],
  id: string,
  parentId: string | null,
): boolean {
  return parentId === null || !isWithin(categories, parentId, id);
}

/** Where `id` is now, in the same terms as a Placement. */
export function placementOf(categories: readonly Category[], id: string): Placement | null {
  const self = categories.find((c) => c.id === id);
  if (!self) return null;
  const index = childrenOf(categories, self.parentId).findIndex((c) => c.id === id);
  return { parentId: self.parentId, index };
}

/** The placement a drop means, or null when it would make a cycle or change nothing. */
export function dropPlacement(
  categories: readonly Category[],
  draggedId: string,
  targetId: string,
  place: DropPlace,
): Placement | null {
  if (draggedId === targetId) return null;
  const target = categories.find((c) => c.id === targetId);
  if (!target) return null;
  const placement: Placement =
    place === 'inside'
      ? {
          parentId: targetId,
          index: childrenOf(categories, targetId).filter((c) => c.id !== draggedId).length,
        }
      : (() => {
          const siblings = childrenOf(categories, target.parentId).filter(
            (c) => c.id !== draggedId,
          );
          const at = siblings.findIndex((c) => c.id === targetId);
          return { parentId: target.parentId, index: place === 'before' ? at : at + 1 };
        })();
  return changes(categories, draggedId, placement) ? placement : null;
}

/** The keyboard (and touch) alternatives to dragging; null where the move is impossible. */
export function keyboardPlacement(
  categories: readonly Category[],
  id: string,
  move: KeyboardMove,
): Placement | null {
  const self = categories.find((c) => c.id === id);
  if (!self) return null;
  const siblings = childrenOf(categories, self.parentId);
  const at = siblings.findIndex((c) => c.id === id);
  switch (move) {
    case 'up':
      return at > 0 ? { parentId: self.parentId, index: at - 1 } : null;
    case 'down':
      return at < siblings.length - 1 ? { parentId: self.parentId, index: at + 1 } : null;
    case 'indent': {
      const previous = siblings[at - 1];
      if (!previous) return null;
      return { parentId: previous.id, index: childrenOf(categories, previous.id).length };
    }
    case 'outdent': {
      if (self.parentId === null) return null;
      const parent = categories.find((c) => c.id === self.parentId);
      if (!parent) return null;
      const parentAt = childrenOf(categories, parent.parentId).findIndex((c) => c.id === parent.id);
      return { parentId: parent.parentId, index: parentAt + 1 };
    }
  }
}

function changes(categories: readonly Category[], id: string, to: Placement): boolean {
  if (!canMoveUnder(categories, id, to.parentId)) return false;
  const now = placementOf(categories, id);
  return !now || now.parentId !== to.parentId || now.index !== to.index;
}

/**
 * The tree after a move, as the server will store it: the moved category under its new parent at
 * `index`, both parents' children renumbered 0..n-1. Throws on a cycle (the UI never asks one).
 */
export function applyMove(categories: readonly Category[], id: string, to: Placement): Category[] {
  const moved = categories.find((c) => c.id === id);
  if (!moved) return [...categories];
  if (!canMoveUnder(categories, id, to.parentId)) {
    throw new Error(`Category ${id} cannot move under its own subcategory ${to.parentId}.`);
  }
  const target = childrenOf(categories, to.parentId).filter((c) => c.id !== id);
  target.splice(Math.min(to.index, target.length), 0, { ...moved, parentId: to.parentId });
  const left =
    moved.parentId === to.parentId
      ? []
      : childrenOf(categories, moved.parentId).filter((c) => c.id !== id);
  const next = new Map<string, Category>();
  target.forEach((c, position) => next.set(c.id, { ...c, parentId: to.parentId, position }));
  left.forEach((c, position) => next.set(c.id, { ...c, position }));
  return categories.map((c) => next.get(c.id) ?? c);
}

export interface FlatRow {
  category: Category;
  depth: number;
  hasChildren: boolean;
}

/** Depth-first, in order; children of collapsed categories are left out (all when `open` is null). */
export function flatten(
  categories: readonly Category[],
  open: ReadonlySet<string> | null = null,
): FlatRow[] {
  const rows: FlatRow[] = [];
  const walk = (parentId: string | null, depth: number, seen: Set<string>) => {
    for (const category of childrenOf(categories, parentId)) {
      if (seen.has(category.id)) continue; // a cycle in stored data must not hang the screen
      const hasChildren = categories.some((c) => c.parentId === category.id);
      rows.push({ category, depth, hasChildren });
      if (hasChildren && (open === null || open.has(category.id))) {
        walk(category.id, depth + 1, new Set([...seen, category.id]));
      }
    }
  };
  walk(null, 0, new Set());
  return rows;
}

/** Articles linked to a category or to any category below it (each link counted once per category). */
export function subtreeCount(categories: readonly Category[], id: string): number {
  let total = 0;
  const seen = new Set<string>();
  const walk = (at: string) => {
    if (seen.has(at)) return; // a cycle in stored data must not hang the screen
    seen.add(at);
    total += categories.find((c) => c.id === at)?.articleCount ?? 0;
    for (const child of childrenOf(categories, at)) walk(child.id);
  };
  walk(id);
  return total;
}

/** The parents a category may move under ("Move to…"): every row except itself and its subtree. */
export function moveTargets(categories: readonly Category[], id: string): FlatRow[] {
  return flatten(categories).filter((row) => !isWithin(categories, row.category.id, id));
}

/** An id for a new category from its first name: ASCII letters, digits and dashes. */
export function categoryIdFrom(name: string, taken: ReadonlySet<string>): string {
  const slug = slugify(name) || Date.now().toString(36);
  let id = `cat-${slug}`;
  for (let n = 2; taken.has(id); n++) id = `cat-${slug}-${n}`;
  return id;
}

/** Lower-case ASCII words joined by dashes ("Kártya letiltás" → "kartya-letiltas"). */
export function slugify(text: string): string {
  return slug(text);
}

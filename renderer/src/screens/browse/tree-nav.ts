import type { CategoryNode } from '../../../../shared/workstation/desk';

/*
 * The category tree's keyboard model (WAI-ARIA tree view pattern), pure so it is tested without a
 * DOM: which nodes are visible, and what each key does to focus and expansion.
 */

export interface VisibleNode {
  node: CategoryNode;
  /** 1 for top-level categories (aria-level). */
  level: number;
  parentId: string | null;
  /** Position among its siblings, from 1 (aria-posinset), and how many siblings (aria-setsize). */
  posinset: number;
  setsize: number;
  expanded: boolean;
}

/** The nodes a reader sees, in order: every top-level node and the children of expanded ones. */
export function visibleNodes(
  tree: readonly CategoryNode[],
  expanded: ReadonlySet<string>,
): VisibleNode[] {
  const out: VisibleNode[] = [];
  const walk = (nodes: readonly CategoryNode[], level: number, parentId: string | null): void => {
    nodes.forEach((node, i) => {
      const open = node.children.length > 0 && expanded.has(node.id);
      out.push({ node, level, parentId, posinset: i + 1, setsize: nodes.length, expanded: open });
      if (open) walk(node.children, level + 1, node.id);
    });
  };
  walk(tree, 1, null);
  return out;
}

/** The ids from the root down to `id`'s parent, or null when `id` is not in the tree. */
export function ancestorsOf(tree: readonly CategoryNode[], id: string): string[] | null {
  for (const node of tree) {
    if (node.id === id) return [];
    const below = ancestorsOf(node.children, id);
    if (below) return [node.id, ...below];
  }
  return null;
}

export function findNode(tree: readonly CategoryNode[], id: string): CategoryNode | null {
  for (const node of tree) {
    if (node.id === id) return node;
    const below = findNode(node.children, id);
    if (below) return below;
  }
  return null;
}

/** What a key does: move focus, open or close a node, or choose one. */
export type TreeAction =
  | { kind: 'focus'; id: string }
  | { kind: 'expand'; id: string }
  | { kind: 'collapse'; id: string }
  | { kind: 'select'; id: string };

function typeahead(visible: readonly VisibleNode[], from: number, char: string): TreeAction | null {
  const wanted = char.toLocaleLowerCase();
  for (let step = 1; step <= visible.length; step++) {
    const candidate = visible[(from + step) % visible.length];
    if (candidate && candidate.node.name.trim().toLocaleLowerCase().startsWith(wanted))
      return { kind: 'focus', id: candidate.node.id };
  }
  return null;
}

/**
 * The tree's answer to a key on the focused node: ↑/↓ previous/next visible node, → opens a
 * closed node or goes to its first child, ← closes an open node or goes to its parent,
 * Home/End first/last, Enter/Space choose, a letter jumps to the next name starting with it.
 */
export function treeKey(
  visible: readonly VisibleNode[],
  focusedId: string | null,
  key: string,
): TreeAction | null {
  if (visible.length === 0) return null;
  const index = Math.max(
    0,
    visible.findIndex((v) => v.node.id === focusedId),
  );
  const current = visible[index];
  if (!current) return null;
  const at = (i: number): TreeAction | null => {
    const target = visible[i];
    return target ? { kind: 'focus', id: target.node.id } : null;
  };
  switch (key) {
    case 'ArrowDown':
      return at(Math.min(index + 1, visible.length - 1));
    case 'ArrowUp':
      return at(Math.max(index - 1, 0));
    case 'Home':
      return at(0);
    case 'End':
      return at(visible.length - 1);
    case 'ArrowRight':
      if (current.node.children.length === 0) return null;
      return current.expanded ? at(index + 1) : { kind: 'expand', id: current.node.id };
    case 'ArrowLeft':
      if (current.expanded) return { kind: 'collapse', id: current.node.id };
      return current.parentId ? { kind: 'focus', id: current.parentId } : null;
    case 'Enter':
    case ' ':
      return { kind: 'select', id: current.node.id };
    default:
      return [...key].length === 1 && key.trim() !== '' ? typeahead(visible, index, key) : null;
  }
}

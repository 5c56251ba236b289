import { describe, expect, it } from 'vitest';
import { categoryNode } from '../../stores/fake-api';
import { ancestorsOf, findNode, treeKey, visibleNodes } from './tree-nav';

// R4, R11: browsing the category tree by keyboard.

const tree = [
  categoryNode(
    'cards',
    12,
    [categoryNode('lost', 3, [], 'Lost and stolen'), categoryNode('pin', 4, [], 'PIN')],
    'Cards',
  ),
  categoryNode('loans', 5, [categoryNode('mortgages', 2, [], 'Mortgages')], 'Loans'),
  categoryNode('mobile', 7, [], 'Mobile'),
];
const ids = (expanded: string[]) => visibleNodes(tree, new Set(expanded)).map((v) => v.node.id);

describe('visibleNodes', () => {
  it('shows top-level nodes and the children of expanded ones, with levels and positions', () => {
    expect(ids([])).toEqual(['cards', 'loans', 'mobile']);
    const open = visibleNodes(tree, new Set(['cards']));
    expect(open.map((v) => [v.node.id, v.level, v.posinset, v.setsize, v.expanded])).toEqual([
      ['cards', 1, 1, 3, true],
      ['lost', 2, 1, 2, false],
      ['pin', 2, 2, 2, false],
      ['loans', 1, 2, 3, false],
      ['mobile', 1, 3, 3, false],
    ]);
    // A leaf in the expanded set is not "expanded".
    expect(visibleNodes(tree, new Set(['mobile']))[2]?.expanded).toBe(false);
  });
});

describe('treeKey', () => {
  const visible = visibleNodes(tree, new Set(['cards']));

  it('moves with the arrows, Home and End, stopping at the ends', () => {
    expect(treeKey(visible, 'cards', 'ArrowDown')).toEqual({ kind: 'focus', id: 'lost' });
    expect(treeKey(visible, 'pin', 'ArrowDown')).toEqual({ kind: 'focus', id: 'loans' });
    expect(treeKey(visible, 'mobile', 'ArrowDown')).toEqual({ kind: 'focus', id: 'mobile' });
    expect(treeKey(visible, 'cards', 'ArrowUp')).toEqual({ kind: 'focus', id: 'cards' });
    expect(treeKey(visible, 'pin', 'Home')).toEqual({ kind: 'focus', id: 'cards' });
    expect(treeKey(visible, 'cards', 'End')).toEqual({ kind: 'focus', id: 'mobile' });
  });

  it('opens, enters, closes and leaves nodes with → and ←', () => {
    expect(treeKey(visible, 'loans', 'ArrowRight')).toEqual({ kind: 'expand', id: 'loans' });
    expect(treeKey(visible, 'cards', 'ArrowRight')).toEqual({ kind: 'focus', id: 'lost' });
    expect(treeKey(visible, 'mobile', 'ArrowRight')).toBeNull();
    expect(treeKey(visible, 'cards', 'ArrowLeft')).toEqual({ kind: 'collapse', id: 'cards' });
    expect(treeKey(visible, 'pin', 'ArrowLeft')).toEqual({ kind: 'focus', id: 'cards' });
    expect(treeKey(visible, 'mobile', 'ArrowLeft')).toBeNull();
  });

  it('chooses with Enter or Space and jumps by first letter, wrapping', () => {
    expect(treeKey(visible, 'pin', 'Enter')).toEqual({ kind: 'select', id: 'pin' });
    expect(treeKey(visible, 'pin', ' ')).toEqual({ kind: 'select', id: 'pin' });
    expect(treeKey(visible, 'cards', 'l')).toEqual({ kind: 'focus', id: 'lost' });
    expect(treeKey(visible, 'lost', 'L')).toEqual({ kind: 'focus', id: 'loans' });
    expect(treeKey(visible, 'loans', 'l')).toEqual({ kind: 'focus', id: 'lost' });
    expect(treeKey(visible, 'cards', 'x')).toBeNull();
    expect(treeKey(visible, 'cards', 'Shift')).toBeNull();
  });

  it('starts at the first node when nothing has focus yet', () => {
    expect(treeKey(visible, null, 'ArrowDown')).toEqual({ kind: 'focus', id: 'lost' });
    expect(treeKey([], null, 'ArrowDown')).toBeNull();
  });
});

describe('tree lookups', () => {
  it('finds a node and the path down to it', () => {
    expect(ancestorsOf(tree, 'mortgages')).toEqual(['loans']);
    expect(ancestorsOf(tree, 'cards')).toEqual([]);
    expect(ancestorsOf(tree, 'nope')).toBeNull();
    expect(findNode(tree, 'pin')?.name).toBe('PIN');
    expect(findNode(tree, 'nope')).toBeNull();
  });
});

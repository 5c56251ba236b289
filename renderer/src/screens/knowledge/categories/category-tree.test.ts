import { describe, expect, it } from 'vitest';
import {
  applyMove,
  canMoveUnder,
  categoryIdFrom,
  childrenOf,
  dropPlacement,
  flatten,
  keyboardPlacement,
  moveTargets,
  slugify,
  subtreeCount,
  type Category,
} from './category-tree';

// R11: reorganising the tree (moved, reordered) without technical staff.

const cat = (id: string, parentId: string | null, position: number): Category => ({
  id,
  parentId,
  position,
  names: { en: id },
  articleCount: 0,
});

// cards ─ lost, pin, pay     accounts ─ fees     loans
const TREE: Category[] = [
  cat('cards', null, 0),
  cat('accounts', null, 1),
  cat('loans', null, 2),
  cat('lost', 'cards', 0),
  cat('pin', 'cards', 1),
  cat('pay', 'cards', 2),
  cat('fees', 'accounts', 0),
];

const order = (tree: Category[], parent: string | null) =>
  childrenOf(tree, parent).map((c) => `${c.id}@${c.position}`);

describe('category tree moves (R11)', () => {
  it('reorders siblings by dropping before or after one', () => {
    expect(dropPlacement(TREE, 'pay', 'lost', 'before')).toEqual({ parentId: 'cards', index: 0 });
    expect(dropPlacement(TREE, 'lost', 'pin', 'after')).toEqual({ parentId: 'cards', index: 1 });
    // Dropping in the place it already has changes nothing.
    expect(dropPlacement(TREE, 'lost', 'pin', 'before')).toBeNull();
    const moved = applyMove(TREE, 'pay', { parentId: 'cards', index: 0 });
    expect(order(moved, 'cards')).toEqual(['pay@0', 'lost@1', 'pin@2']);
  });

  it('makes a category the child of the one it is dropped onto, last among its children', () => {
    const to = dropPlacement(TREE, 'loans', 'accounts', 'inside');
    expect(to).toEqual({ parentId: 'accounts', index: 1 });
    const moved = applyMove(TREE, 'loans', to ?? { parentId: null, index: 0 });
    expect(order(moved, 'accounts')).toEqual(['fees@0', 'loans@1']);
    expect(order(moved, null)).toEqual(['cards@0', 'accounts@1']);
  });

  it('renumbers the old parent when a category leaves it', () => {
    const moved = applyMove(TREE, 'lost', { parentId: null, index: 1 });
    expect(order(moved, 'cards')).toEqual(['pin@0', 'pay@1']);
    expect(order(moved, null)).toEqual(['cards@0', 'lost@1', 'accounts@2', 'loans@3']);
  });

  it('refuses a cycle: never under itself or its own subcategory', () => {
    expect(canMoveUnder(TREE, 'cards', 'pin')).toBe(false);
    expect(canMoveUnder(TREE, 'cards', 'cards')).toBe(false);
    expect(canMoveUnder(TREE, 'pin', 'accounts')).toBe(true);
    expect(dropPlacement(TREE, 'cards', 'pin', 'inside')).toBeNull();
    expect(dropPlacement(TREE, 'cards', 'lost', 'after')).toBeNull();
    expect(() => applyMove(TREE, 'cards', { parentId: 'lost', index: 0 })).toThrow(/cannot move/);
    expect(moveTargets(TREE, 'cards').map((r) => r.category.id)).toEqual([
      'accounts',
      'fees',
      'loans',
    ]);
  });

  it('offers keyboard moves: up, down, indent into the previous sibling, outdent after the parent', () => {
    expect(keyboardPlacement(TREE, 'pin', 'up')).toEqual({ parentId: 'cards', index: 0 });
    expect(keyboardPlacement(TREE, 'pin', 'down')).toEqual({ parentId: 'cards', index: 2 });
    expect(keyboardPlacement(TREE, 'lost', 'up')).toBeNull();
    expect(keyboardPlacement(TREE, 'pay', 'down')).toBeNull();
    expect(keyboardPlacement(TREE, 'pin', 'indent')).toEqual({ parentId: 'lost', index: 0 });
    expect(keyboardPlacement(TREE, 'accounts', 'indent')).toEqual({ parentId: 'cards', index: 3 });
    expect(keyboardPlacement(TREE, 'lost', 'indent')).toBeNull();
    expect(keyboardPlacement(TREE, 'pin', 'outdent')).toEqual({ parentId: null, index: 1 });
    expect(keyboardPlacement(TREE, 'cards', 'outdent')).toBeNull();
    const down = applyMove(
      TREE,
      'pin',
      keyboardPlacement(TREE, 'pin', 'down') ?? { parentId: null, index: 0 },
    );
    expect(order(down, 'cards')).toEqual(['lost@0', 'pay@1', 'pin@2']);
  });

  it('flattens depth first, leaving out collapsed branches', () => {
    const all = flatten(TREE).map((r) => `${'-'.repeat(r.depth)}${r.category.id}`);
    expect(all).toEqual(['cards', '-lost', '-pin', '-pay', 'accounts', '-fees', 'loans']);
    const some = flatten(TREE, new Set(['accounts'])).map((r) => r.category.id);
    expect(some).toEqual(['cards', 'accounts', 'fees', 'loans']);
    expect(flatten(TREE)[0]?.hasChildren).toBe(true);
  });

  it('survives a cycle in stored data', () => {
    const broken = [cat('a', 'b', 0), cat('b', 'a', 0), cat('top', null, 0)];
    expect(flatten(broken).map((r) => r.category.id)).toEqual(['top']);
  });

  it('counts the articles of a category and everything below it, once, even with a cycle', () => {
    const counted = TREE.map((c) => ({ ...c, articleCount: c.id.length }));
    // cards 5 + lost 4 + pin 3 + pay 3
    expect(subtreeCount(counted, 'cards')).toBe(15);
    expect(subtreeCount(counted, 'pin')).toBe(3);
    const broken = [
      { ...cat('a', 'b', 0), articleCount: 2 },
      { ...cat('b', 'a', 0), articleCount: 5 },
    ];
    expect(subtreeCount(broken, 'a')).toBe(7);
  });

  it('makes ids from names', () => {
    expect(slugify('Kártya letiltás – ő/ű')).toBe('kartya-letiltas-o-u');
    expect(categoryIdFrom('Lost cards', new Set(['cat-lost-cards']))).toBe('cat-lost-cards-2');
    expect(categoryIdFrom('银行卡', new Set())).toMatch(/^cat-[a-z0-9]+$/);
  });
});

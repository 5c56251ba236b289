import { describe, expect, it } from 'vitest';
import { summary } from '../stores/fake-api';
import type { KeyPress } from './hotkey';
import { clipboardQuery, emptyItems, moveIndex, quickSearchKey } from './quick-search-nav';

// R1: the popup is used from the keyboard with a caller on the line.

const key = (k: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key: k,
  code: '',
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('quickSearchKey', () => {
  it('maps the popup keys', () => {
    expect(quickSearchKey(key('ArrowDown'), false)).toBe('next');
    expect(quickSearchKey(key('ArrowUp'), false)).toBe('previous');
    expect(quickSearchKey(key('Enter'), false)).toBe('open');
    expect(quickSearchKey(key('Escape'), false)).toBe('close');
    expect(quickSearchKey(key('a'), false)).toBeNull();
  });

  it('opens in the main window with Ctrl+Enter, or ⌘Enter on macOS', () => {
    expect(quickSearchKey(key('Enter', { ctrlKey: true }), false)).toBe('open-main');
    expect(quickSearchKey(key('Enter', { metaKey: true }), true)).toBe('open-main');
    expect(quickSearchKey(key('Enter', { ctrlKey: true }), true)).toBe('open');
    expect(quickSearchKey(key('Enter', { shiftKey: true }), false)).toBeNull();
    expect(quickSearchKey(key('ArrowDown', { altKey: true }), false)).toBeNull();
  });
});

describe('moveIndex', () => {
  it('wraps around and starts at either end', () => {
    expect(moveIndex(-1, 1, 3)).toBe(0);
    expect(moveIndex(-1, -1, 3)).toBe(2);
    expect(moveIndex(2, 1, 3)).toBe(0);
    expect(moveIndex(0, -1, 3)).toBe(2);
    expect(moveIndex(1, 1, 3)).toBe(2);
    expect(moveIndex(5, 1, 3)).toBe(0);
    expect(moveIndex(0, 1, 0)).toBe(-1);
  });
});

describe('emptyItems', () => {
  it('offers recent then most used, a few of each', () => {
    const lists = {
      recent: ['r1', 'r2', 'r3'].map((id) => summary(id)),
      mostUsed: ['m1', 'm2'].map((id) => summary(id)),
      favourites: [summary('f1')],
    };
    expect(emptyItems(lists, 2).map((e) => `${e.list}:${e.item.id}`)).toEqual([
      'recent:r1',
      'recent:r2',
      'mostUsed:m1',
      'mostUsed:m2',
    ]);
  });
});

describe('clipboardQuery', () => {
  it('makes one line and cuts long text at a word', () => {
    expect(clipboardQuery('  my card\n\twas stolen ')).toBe('my card was stolen');
    expect(clipboardQuery('')).toBe('');
    expect(clipboardQuery('alpha beta gamma delta', 12)).toBe('alpha beta');
    expect(clipboardQuery('x'.repeat(30), 10)).toBe('x'.repeat(10));
  });
});

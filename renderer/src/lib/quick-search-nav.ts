import type { DeskLists, ArticleSummary } from '../../../shared/workstation/desk';
import type { KeyPress } from './hotkey';

/*
 * Keyboard use of the quick-search popup (R1): the pure part, so it is tested without a DOM.
 */

export type QuickSearchKey = 'next' | 'previous' | 'open' | 'open-main' | 'close';

/**
 * What a key in the popup's field does: ↑/↓ move, Enter opens, Ctrl+Enter (⌘Enter on macOS)
 * opens in the main window, Esc closes. Anything else is typing.
 */
export function quickSearchKey(press: KeyPress, isMac: boolean): QuickSearchKey | null {
  const command = isMac ? press.metaKey : press.ctrlKey;
  switch (press.key) {
    case 'ArrowDown':
      return press.altKey || command ? null : 'next';
    case 'ArrowUp':
      return press.altKey || command ? null : 'previous';
    case 'Enter':
      if (press.altKey || press.shiftKey) return null;
      return command ? 'open-main' : 'open';
    case 'Escape':
      return 'close';
    default:
      return null;
  }
}

/** The next highlighted index among `count` items, wrapping; -1 (nothing) moves to either end. */
export function moveIndex(current: number, delta: 1 | -1, count: number): number {
  if (count <= 0) return -1;
  if (current < 0 || current >= count) return delta > 0 ? 0 : count - 1;
  return (current + delta + count) % count;
}

/** How many of each desk list the empty popup offers; more would push the field's hints away. */
export const EMPTY_LIST_SIZE = 5;

export interface EmptyItem {
  list: 'recent' | 'mostUsed';
  item: ArticleSummary;
}

/** The empty popup's items in keyboard order: recently viewed, then most used. */
export function emptyItems(lists: DeskLists, size = EMPTY_LIST_SIZE): EmptyItem[] {
  return [
    ...lists.recent.slice(0, size).map((item) => ({ list: 'recent' as const, item })),
    ...lists.mostUsed.slice(0, size).map((item) => ({ list: 'mostUsed' as const, item })),
  ];
}

/** Longest clipboard text offered as a query: a copied e-mail is not a question. */
export const MAX_CLIPBOARD_QUERY = 200;

/**
 * The clipboard's text as a query: one line, spaces collapsed, cut at a word near the limit.
 * Empty when there is nothing worth offering.
 */
export function clipboardQuery(text: string, max = MAX_CLIPBOARD_QUERY): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return (space > max / 2 ? cut.slice(0, space) : cut).trim();
}

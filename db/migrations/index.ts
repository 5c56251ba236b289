import type { Migration } from './migration';
import { initial } from './001-initial';
import { searchLists } from './002-search-lists';
import { sync } from './003-sync';
import { desk } from './004-desk';
import { trees } from './005-trees';
import { notices } from './006-notices';

/** Every schema step, in order. Append only: a released migration is never edited or removed. */
export const MIGRATIONS: readonly Migration[] = [initial, searchLists, sync, desk, trees, notices];

import type { Migration } from './migration';
import { initial } from './001-initial';

/** Every schema step, in order. Append only: a released migration is never edited or removed. */
export const MIGRATIONS: readonly Migration[] = [initial];

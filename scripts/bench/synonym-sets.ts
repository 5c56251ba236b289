import type { Replica } from '../../db/connection';
import type { SynonymSet } from './synthetic-corpus';

/*
 * db/ has no writer for synonym sets yet (they arrive with sync), so the bench stores its sets
 * straight into the table the engine reads, and only if that table still has the shape it knows.
 */
const COLUMNS = ['id', 'lang', 'terms'];
const INSERT = `INSERT OR REPLACE INTO synonym_set (id, lang, terms) VALUES (?, ?, ?)`;

/** Stores each set as one row of its terms, the official term first; false when the schema has moved on. */
export function writeSynonymSets(replica: Replica, sets: readonly SynonymSet[]): boolean {
  const columns = (replica.db.pragma('table_info(synonym_set)') as { name: string }[]).map(
    (c) => c.name,
  );
  if (!COLUMNS.every((c) => columns.includes(c))) return false;
  const insert = replica.statement<[string, string, string]>(INSERT);
  replica.transaction(() => {
    for (const set of sets)
      insert.run(set.id, set.lang, JSON.stringify([set.official, ...set.customer]));
  });
  return true;
}

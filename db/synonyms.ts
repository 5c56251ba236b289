import type { ContentLanguage } from '../shared/languages';
import type { Replica } from './connection';
import { invalidateEngineState } from './engine/state';

/** A set of words meaning the same thing to callers and to the knowledge base (R3), in one language. */
export interface SynonymSet {
  id: string;
  lang: ContentLanguage;
  /** Customer words and official terms alike, e.g. ["card eaten", "card retained"]. */
  terms: string[];
}

const UPSERT = `
  INSERT INTO synonym_set (id, lang, terms) VALUES (?, ?, ?)
  ON CONFLICT (id) DO UPDATE SET lang = excluded.lang, terms = excluded.terms`;
const DELETE = `DELETE FROM synonym_set WHERE id = ?`;

export function upsertSynonymSets(replica: Replica, sets: readonly SynonymSet[]): void {
  const upsert = replica.statement<[string, string, string]>(UPSERT);
  replica.transaction(() => {
    for (const s of sets) upsert.run(s.id, s.lang, JSON.stringify(s.terms));
  });
  invalidateEngineState(replica);
}

export function deleteSynonymSets(replica: Replica, ids: readonly string[]): void {
  const remove = replica.statement<[string]>(DELETE);
  replica.transaction(() => {
    for (const id of ids) remove.run(id);
  });
  invalidateEngineState(replica);
}

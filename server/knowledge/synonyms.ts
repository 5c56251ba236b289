import { EVERYONE } from '../access/audience';
import type { FeedWriter } from '../feed/writer';
import { notFound } from '../http/errors';
import type { Queryable } from '../store/store';
import type { SynonymSetInput } from './schemas';

/** Synonym sets map customer words to official terms (R3); everyone receives them. */
export async function putSynonymSet(
  tx: Queryable,
  feed: FeedWriter,
  id: string,
  input: SynonymSetInput,
): Promise<{ created: boolean }> {
  const terms = [...new Set(input.terms)];
  const rows = await tx.query<{ created: boolean }>(
    `INSERT INTO synonym_sets (id, lang, terms) VALUES ($1, $2, $3)
     ON CONFLICT (id) DO UPDATE SET lang = excluded.lang, terms = excluded.terms,
            version = nextval('record_version'), updated_at = now()
     RETURNING (xmax = 0) AS created`,
    [id, input.lang, terms],
  );
  const created = rows[0]?.created ?? true;
  await feed.append({
    kind: 'synonyms',
    entityId: id,
    audienceBefore: created ? null : EVERYONE,
    audienceAfter: EVERYONE,
  });
  return { created };
}

export async function deleteSynonymSet(tx: Queryable, feed: FeedWriter, id: string): Promise<void> {
  const rows = await tx.query('DELETE FROM synonym_sets WHERE id = $1 RETURNING id', [id]);
  if (rows.length === 0) throw notFound('The synonym set');
  await feed.append({
    kind: 'synonyms',
    entityId: id,
    audienceBefore: EVERYONE,
    audienceAfter: null,
  });
}

import type { SynonymSet } from '../../shared/workstation/authoring';
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

/** Every synonym set, for the synonym manager (issue 9 item 2), by language then id. */
export async function listSynonymSets(q: Queryable): Promise<SynonymSet[]> {
  const rows = await q.query<{
    id: string;
    lang: SynonymSet['lang'];
    terms: string[];
    updated_at: Date | string;
  }>('SELECT id, lang, terms, updated_at FROM synonym_sets');
  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return rows
    .sort((a, b) => byText(a.lang, b.lang) || byText(a.id, b.id))
    .map((r) => ({
      id: r.id,
      lang: r.lang,
      terms: r.terms,
      updatedAt: new Date(r.updated_at).toISOString(),
    }));
}

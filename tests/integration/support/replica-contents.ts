import type { Snapshot } from '../../../shared/sync/protocol';
import type { SyncRecord } from '../../../shared/sync/records';
import type { Replica } from '../../../db/connection';
import type { TestClient } from '../../../server/test-support/client';

/**
 * A replica's content reduced to what identifies it (kind, id, version; per article its
 * variants' revisions and its categories), to compare a SQLite replica with a fresh snapshot.
 */
export type Contents = Record<string, string>;

export function replicaContents(replica: Replica): Contents {
  const out: Contents = {};
  const rows = (sql: string) => replica.db.prepare(sql).all() as Record<string, unknown>[];
  for (const r of rows(`SELECT id, version FROM category`))
    out[`category:${r.id}`] = `${r.version}`;
  for (const r of rows(`SELECT id, version FROM synonym_set`))
    out[`synonyms:${r.id}`] = `${r.version}`;
  for (const r of rows(`SELECT id, version FROM tree`)) out[`tree:${r.id}`] = `${r.version}`;
  for (const r of rows(`SELECT id, version FROM notice`)) out[`notice:${r.id}`] = `${r.version}`;
  for (const r of rows(`
    SELECT a.id, a.version,
      (SELECT group_concat(lang || '@' || revision, ',') FROM
        (SELECT lang, revision FROM article_variant WHERE article_id = a.id ORDER BY lang)) AS variants,
      (SELECT group_concat(category_id, ',') FROM
        (SELECT category_id FROM article_category WHERE article_id = a.id ORDER BY category_id)) AS cats
    FROM article a
    -- Trees' search documents are derived from the tree rows, not records of their own.
    WHERE NOT (a.type = 'tree' AND substr(a.id, 1, 5) = 'tree:')`)) {
    out[`article:${r.id}`] = `${r.version} ${r.variants ?? ''} ${r.cats ?? ''}`;
  }
  return out;
}

export function recordContents(records: readonly SyncRecord[]): Contents {
  const out: Contents = {};
  for (const r of records) {
    if (r.kind !== 'article') {
      out[`${r.kind}:${r.id}`] = `${r.version}`;
      continue;
    }
    const variants = [...r.variants]
      .sort((a, b) => (a.lang < b.lang ? -1 : 1))
      .map((v) => `${v.lang}@${v.revision}`)
      .join(',');
    const cats = [...r.categoryIds].sort().join(',');
    out[`article:${r.id}`] = `${r.version} ${variants} ${cats}`;
  }
  return out;
}

/** What the server says this user may see now. */
export async function serverContents(client: TestClient): Promise<Contents> {
  const snapshot = await client.ok<Snapshot>('GET', '/api/sync/snapshot');
  return recordContents(snapshot.records);
}

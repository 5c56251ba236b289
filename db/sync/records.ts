import type {
  CategoryRecord,
  NoticeRecord,
  SynonymSetRecord,
  TreeRecord,
} from '../../shared/sync/records';
import type { Replica } from '../connection';
import { NOT_TREE_DOC } from '../trees/search-docs';
import type { BatchOutcome } from './outcome';

/*
 * Categories, synonym sets, trees and notices: small records stored as the server sends them,
 * each replaced whole when a newer version arrives. (Articles need indexing: ./articles.ts.)
 */

type SmallRecord = CategoryRecord | SynonymSetRecord | TreeRecord | NoticeRecord;
type SmallKind = SmallRecord['kind'];
type RecordOf<K extends SmallKind> = Extract<SmallRecord, { kind: K }>;

interface Spec<K extends SmallKind> {
  version: string;
  upsert: string;
  params(record: RecordOf<K>, now: string): Record<string, unknown>;
  /** Statements run before the delete, with the id as the only parameter. */
  beforeDelete?: string;
  delete: string;
}

const SPECS: { [K in SmallKind]: Spec<K> } = {
  category: {
    version: `SELECT version FROM category WHERE id = ?`,
    upsert: `
      INSERT INTO category (id, parent_id, position, names, version)
      VALUES (@id, @parentId, @position, @names, @version)
      ON CONFLICT (id) DO UPDATE SET parent_id = excluded.parent_id,
        position = excluded.position, names = excluded.names, version = excluded.version`,
    params: (r) => ({
      id: r.id,
      parentId: r.parentId,
      position: r.position,
      names: JSON.stringify(r.names),
      version: r.version,
    }),
    // Children are not deleted with their parent here (the schema would cascade): the server
    // sends their own new state, and a cascade would also drop their article links.
    beforeDelete: `UPDATE category SET parent_id = NULL WHERE parent_id = ?`,
    delete: `DELETE FROM category WHERE id = ?`,
  },
  synonyms: {
    version: `SELECT version FROM synonym_set WHERE id = ?`,
    upsert: `
      INSERT INTO synonym_set (id, lang, terms, version) VALUES (@id, @lang, @terms, @version)
      ON CONFLICT (id) DO UPDATE SET lang = excluded.lang, terms = excluded.terms,
        version = excluded.version`,
    params: (r) => ({ id: r.id, lang: r.lang, terms: JSON.stringify(r.terms), version: r.version }),
    delete: `DELETE FROM synonym_set WHERE id = ?`,
  },
  tree: {
    version: `SELECT version FROM tree WHERE id = ?`,
    upsert: `
      INSERT INTO tree (id, version, document_version, title, document, updated_at)
      VALUES (@id, @version, @documentVersion, @title, @document, @updatedAt)
      ON CONFLICT (id) DO UPDATE SET version = excluded.version,
        document_version = excluded.document_version, title = excluded.title,
        document = excluded.document, updated_at = excluded.updated_at`,
    params: (r) => ({
      id: r.id,
      version: r.version,
      documentVersion: r.documentVersion,
      title: JSON.stringify(r.title),
      document: JSON.stringify(r.document ?? null),
      updatedAt: r.updatedAt,
    }),
    delete: `DELETE FROM tree WHERE id = ?`,
  },
  notice: {
    version: `SELECT version FROM notice WHERE id = ?`,
    upsert: `
      INSERT INTO notice (id, version, priority, title, body, requires_ack, published_at,
                          expires_at, received_at, publish_at, linked_article_ids, reminded_at)
      VALUES (@id, @version, @priority, @title, @body, @requiresAck, @publishedAt, @expiresAt, @now,
              @publishAt, @linkedArticleIds, @remindedAt)
      ON CONFLICT (id) DO UPDATE SET version = excluded.version, priority = excluded.priority,
        title = excluded.title, body = excluded.body, requires_ack = excluded.requires_ack,
        published_at = excluded.published_at, expires_at = excluded.expires_at,
        publish_at = excluded.publish_at, linked_article_ids = excluded.linked_article_ids,
        reminded_at = excluded.reminded_at`,
    params: (r, now) => ({
      id: r.id,
      version: r.version,
      priority: r.priority,
      title: JSON.stringify(r.title),
      body: JSON.stringify(r.body),
      requiresAck: r.requiresAck ? 1 : 0,
      publishedAt: r.publishedAt,
      expiresAt: r.expiresAt,
      now,
      publishAt: r.publishAt ?? r.publishedAt,
      linkedArticleIds: JSON.stringify(r.linkedArticleIds ?? []),
      remindedAt: r.remindedAt ?? null,
    }),
    delete: `DELETE FROM notice WHERE id = ?`,
  },
};

const REMINDED_AT = `SELECT reminded_at AS remindedAt FROM notice WHERE id = ?`;

/** Writes the records newer than the stored ones, counting them in `outcome`. */
export function applySmallRecords<K extends SmallKind>(
  replica: Replica,
  kind: K,
  records: readonly RecordOf<K>[],
  outcome: BatchOutcome,
  now: string,
): void {
  const spec = SPECS[kind] as Spec<K>;
  const version = replica.statement<[string], { version: number }>(spec.version);
  const upsert = replica.statement<Record<string, unknown>>(spec.upsert);
  const reminded =
    kind === 'notice'
      ? replica.statement<[string], { remindedAt: string | null }>(REMINDED_AT)
      : null;
  for (const record of records) {
    const stored = version.get(record.id);
    if (stored && stored.version >= record.version) continue;
    const before = stored && reminded ? (reminded.get(record.id)?.remindedAt ?? null) : null;
    upsert.run(spec.params(record, now));
    outcome.written++;
    const notice = record as SmallRecord;
    if (notice.kind !== 'notice') continue;
    outcome.noticesChanged = true;
    if (!stored) outcome.noticesAdded.push(record.id);
    else if (notice.remindedAt && notice.remindedAt !== before) {
      outcome.noticesReminded.push(record.id);
    }
  }
}

export function deleteSmallRecords(
  replica: Replica,
  kind: SmallKind,
  ids: readonly string[],
  outcome: BatchOutcome,
): void {
  const spec = SPECS[kind];
  const before = spec.beforeDelete ? replica.statement<[string]>(spec.beforeDelete) : null;
  const remove = replica.statement<[string]>(spec.delete);
  for (const id of ids) {
    before?.run(id);
    const removed = remove.run(id).changes;
    outcome.written += removed;
    if (kind === 'notice' && removed > 0) outcome.noticesChanged = true;
  }
}

const IDS: Record<SmallKind | 'article', string> = {
  // Tree search documents are not synced articles: the snapshot diff must not delete them.
  article: `SELECT id FROM article WHERE ${NOT_TREE_DOC}`,
  category: `SELECT id FROM category`,
  synonyms: `SELECT id FROM synonym_set`,
  tree: `SELECT id FROM tree`,
  notice: `SELECT id FROM notice`,
};

/** Every id of a kind the replica holds (to find what a snapshot no longer contains). */
export function storedIds(replica: Replica, kind: SmallKind | 'article'): string[] {
  return replica.statement<[], string>(IDS[kind]).pluck().all();
}

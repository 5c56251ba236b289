import { afterEach } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ArticleInput } from './articles';
import { openReplica, type Replica } from './connection';

/** A fresh directory under the OS temp folder, and a way to remove it. */
export function tempDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'cuecard-db-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A replica in a real file (never :memory:, so WAL and migrations behave as on a workstation). */
export function tempReplica(): { replica: Replica; file: string; dispose: () => void } {
  const { dir, remove } = tempDir();
  const file = join(dir, 'replica.sqlite');
  const replica = openReplica(file);
  return {
    replica,
    file,
    dispose: () => {
      replica.close();
      remove();
    },
  };
}

/** An article variant with plain defaults; tests state only what they are about. */
export function articleInput(
  fields: Partial<ArticleInput> & Pick<ArticleInput, 'id' | 'lang' | 'title'>,
): ArticleInput {
  const bodyText = fields.bodyText ?? '';
  return {
    type: 'reference',
    summary: '',
    bodyHtml: `<p>${bodyText}</p>`,
    bodyText,
    tags: [],
    synonyms: [],
    categoryIds: [],
    revision: 1,
    updatedAt: '2025-01-01T00:00:00.000Z',
    owner: 'test',
    ...fields,
  };
}

/** Every term in the index with its document and occurrence counts, to compare two index states. */
export function indexVocabulary(replica: Replica): string[] {
  replica.db.exec(
    "CREATE VIRTUAL TABLE IF NOT EXISTS temp.article_fts_vocab USING fts5vocab('main', 'article_fts', 'row')",
  );
  const rows = replica.db
    .prepare('SELECT term, doc, cnt FROM temp.article_fts_vocab ORDER BY term')
    .all() as { term: string; doc: number; cnt: number }[];
  return rows.map((r) => `${r.term}:${r.doc}:${r.cnt}`);
}

export function indexedRowCount(replica: Replica): number {
  return (
    replica.db.prepare('SELECT count(*) AS n FROM article_fts_docsize').get() as { n: number }
  ).n;
}

/** Registers an afterEach in the calling test file; returns a function to add cleanups to it. */
export function cleanupAfterEach(): (cleanup: () => void) => void {
  const cleanups: (() => void)[] = [];
  afterEach(() => cleanups.splice(0).forEach((c) => c()));
  return (cleanup) => {
    cleanups.push(cleanup);
  };
}

/** A fresh replica per call, removed after the test that made it. */
export function replicaPerTest(track: (cleanup: () => void) => void): () => Replica {
  return () => {
    const r = tempReplica();
    track(r.dispose);
    return r.replica;
  };
}

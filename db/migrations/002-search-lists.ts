import { Replica } from '../connection';
import { rebuildIndex } from '../fts';
import type { Migration } from './migration';

/*
 * The search engine's own term lists beside FTS5 (db/search/postings.ts says why): per language
 * and term, the document frequency and the best variants by impact; the stem classes of the
 * vocabulary; and the field length totals BM25F normalises by. The normaliser moved to
 * shared/text in the same step, so every FTS5 row is rebuilt too.
 */
const SQL = `
CREATE TABLE search_term (
  lang TEXT NOT NULL,
  term TEXT NOT NULL,
  df INTEGER NOT NULL CHECK (df > 0),
  postings BLOB NOT NULL,
  PRIMARY KEY (lang, term)
) STRICT, WITHOUT ROWID;

CREATE TABLE search_stem (
  lang TEXT NOT NULL,
  stem TEXT NOT NULL,
  term TEXT NOT NULL,
  PRIMARY KEY (lang, stem, term)
) STRICT, WITHOUT ROWID;

CREATE TABLE search_stats (
  lang TEXT PRIMARY KEY,
  docs INTEGER NOT NULL,
  title_len INTEGER NOT NULL,
  tags_len INTEGER NOT NULL,
  body_len INTEGER NOT NULL
) STRICT;
`;

export const searchLists: Migration = {
  version: 2,
  name: '002-search-lists',
  up(db) {
    db.exec(SQL);
    rebuildIndex(new Replica(db, db.name));
  },
};

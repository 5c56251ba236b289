import type { Migration } from './migration';

/*
 * article_variant has an explicit INTEGER PRIMARY KEY rather than PRIMARY KEY (article_id, lang):
 * the FTS index refers to rows by rowid, and VACUUM may renumber a rowid that is not aliased
 * by an INTEGER PRIMARY KEY, which would silently point every index row at the wrong article.
 * UNIQUE (article_id, lang) keeps the natural key.
 *
 * Foreign keys between synced rows are DEFERRABLE INITIALLY DEFERRED so a page of changes may
 * arrive in any order (a child category before its parent, an article before its category)
 * and is checked as a whole at commit.
 *
 * article_fts is an external-content index over article_variant (no second copy of the text).
 * Its rows hold normalised index text (db/index-text.ts), written by db/articles.ts in the
 * same transaction as the variant; see there why not by triggers. Its column "body" has no
 * namesake in article_variant on purpose: nothing may read the index's "content" (snippet(),
 * highlight(), 'rebuild'), because the stored text is not what was indexed, and reading it
 * fails loudly instead of returning the wrong thing.
 */
const SQL = `
CREATE TABLE article (
  id TEXT PRIMARY KEY,
  type TEXT NOT NULL CHECK (type IN ('reference', 'procedure', 'canned', 'tree', 'notice')),
  owner TEXT NOT NULL DEFAULT '',
  popularity REAL NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE article_variant (
  variant_id INTEGER PRIMARY KEY,
  article_id TEXT NOT NULL REFERENCES article (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  lang TEXT NOT NULL,
  title TEXT NOT NULL,
  summary TEXT NOT NULL DEFAULT '',
  body_html TEXT NOT NULL,
  body_text TEXT NOT NULL,
  tags TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags) AND json_type(tags) = 'array'),
  synonyms TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(synonyms) AND json_type(synonyms) = 'array'),
  revision INTEGER NOT NULL CHECK (revision >= 0),
  updated_at TEXT NOT NULL,
  UNIQUE (article_id, lang)
) STRICT;

CREATE TABLE category (
  id TEXT PRIMARY KEY,
  parent_id TEXT REFERENCES category (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  position INTEGER NOT NULL DEFAULT 0,
  names TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(names) AND json_type(names) = 'object')
) STRICT;
CREATE INDEX category_by_parent ON category (parent_id, position);

CREATE TABLE article_category (
  article_id TEXT NOT NULL REFERENCES article (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  category_id TEXT NOT NULL REFERENCES category (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  PRIMARY KEY (article_id, category_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX article_category_by_category ON article_category (category_id, article_id);

CREATE TABLE synonym_set (
  id TEXT PRIMARY KEY,
  lang TEXT NOT NULL,
  terms TEXT NOT NULL CHECK (json_valid(terms) AND json_type(terms) = 'array')
) STRICT;
CREATE INDEX synonym_set_by_lang ON synonym_set (lang);

CREATE TABLE read_state (
  article_id TEXT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
  lang TEXT NOT NULL,
  revision_read INTEGER NOT NULL,
  read_at TEXT NOT NULL,
  PRIMARY KEY (article_id, lang)
) STRICT, WITHOUT ROWID;

CREATE VIRTUAL TABLE article_fts USING fts5 (
  title, tags, body,
  content = 'article_variant',
  content_rowid = 'variant_id',
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);
`;

export const initial: Migration = {
  version: 1,
  name: '001-initial',
  up(db) {
    db.exec(SQL);
  },
};

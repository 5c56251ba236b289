import type { Migration } from './migration';

/*
 * What the sync client needs (issue 5): the version of every replicated record, so a page applied
 * twice or an older copy changes nothing; trees and notices as the server sends them; where the
 * replica stands in the server's feed; and a log of what arrived, for "what's new".
 *
 * sync_state has one row. `cursor` is NULL until a snapshot has been applied completely; a
 * snapshot is applied in chunks (so the UI never freezes) and only its last chunk stores the
 * cursor, so a crash half-way leaves a replica that loads the snapshot again. A first download
 * defers the term lists to its end; `bulk_load_pending` says a crash came before they were
 * written, and the next snapshot then starts from an empty replica.
 */
const SQL = `
ALTER TABLE article ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE article_variant ADD COLUMN placeholders TEXT NOT NULL DEFAULT '[]'
  CHECK (json_valid(placeholders) AND json_type(placeholders) = 'array');
ALTER TABLE category ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE synonym_set ADD COLUMN version INTEGER NOT NULL DEFAULT 0;

CREATE TABLE tree (
  id TEXT PRIMARY KEY,
  version INTEGER NOT NULL,
  document_version INTEGER NOT NULL,
  title TEXT NOT NULL CHECK (json_valid(title) AND json_type(title) = 'object'),
  document TEXT NOT NULL CHECK (json_valid(document)),
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE notice (
  id TEXT PRIMARY KEY,
  version INTEGER NOT NULL,
  priority TEXT NOT NULL CHECK (priority IN ('info', 'important', 'urgent')),
  title TEXT NOT NULL CHECK (json_valid(title) AND json_type(title) = 'object'),
  body TEXT NOT NULL CHECK (json_valid(body) AND json_type(body) = 'object'),
  requires_ack INTEGER NOT NULL CHECK (requires_ack IN (0, 1)),
  published_at TEXT NOT NULL,
  expires_at TEXT,
  received_at TEXT NOT NULL
) STRICT;

CREATE TABLE sync_state (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  server_url TEXT NOT NULL,
  user_id TEXT NOT NULL,
  cursor INTEGER,
  last_sync_at TEXT,
  -- A first download writes the engine's term lists at its end: 1 until they are written.
  bulk_load_pending INTEGER NOT NULL DEFAULT 0 CHECK (bulk_load_pending IN (0, 1))
) STRICT;

CREATE TABLE article_change (
  article_id TEXT PRIMARY KEY,
  change TEXT NOT NULL CHECK (change IN ('added', 'changed')),
  at TEXT NOT NULL
) STRICT;
CREATE INDEX article_change_by_time ON article_change (at);
`;

export const sync: Migration = {
  version: 3,
  name: '003-sync',
  up(db) {
    db.exec(SQL);
  },
};

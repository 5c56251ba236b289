import type { Migration } from './migration';

/*
 * The agent's desk (issue 6): what this workstation's agent did with articles, and who last
 * published each one.
 *
 * - article.updated_by: display name of whoever published the newest revision (the server sends
 *   it with the article record; NULL when it does not say).
 * - read_state.text_read: the plain text the agent read, so "changed since you last read" can
 *   mark what is new (R18). NULL for marks made before this step: nothing to compare with.
 * - article_use: opens, the last open and the favourite flag, for the home screen's lists and
 *   the FAQ order of a category.
 * - article_vote: helpful / not helpful per language variant and revision (a new revision asks
 *   again).
 *
 * Everything here belongs to the person at the desk: bindReplica (db/sync/state.ts) clears it
 * when someone else signs in. Rows go with their article (ON DELETE CASCADE) when sync deletes
 * it or it leaves the user's view. Not deferred like the synced links: these rows are written
 * only for an article the replica holds at that moment.
 */
const SQL = `
ALTER TABLE article ADD COLUMN updated_by TEXT;
ALTER TABLE read_state ADD COLUMN text_read TEXT;

CREATE TABLE article_use (
  article_id TEXT PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
  open_count INTEGER NOT NULL DEFAULT 0 CHECK (open_count >= 0),
  last_opened_at TEXT,
  favourite INTEGER NOT NULL DEFAULT 0 CHECK (favourite IN (0, 1)),
  favourited_at TEXT
) STRICT, WITHOUT ROWID;
CREATE INDEX article_use_by_last_open ON article_use (last_opened_at)
  WHERE last_opened_at IS NOT NULL;
CREATE INDEX article_use_by_opens ON article_use (open_count) WHERE open_count > 0;

CREATE TABLE article_vote (
  article_id TEXT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
  lang TEXT NOT NULL,
  revision INTEGER NOT NULL CHECK (revision >= 0),
  vote TEXT NOT NULL CHECK (vote IN ('helpful', 'not-helpful')),
  voted_at TEXT NOT NULL,
  PRIMARY KEY (article_id, lang, revision)
) STRICT, WITHOUT ROWID;
`;

export const desk: Migration = {
  version: 4,
  name: '004-desk',
  up(db) {
    db.exec(SQL);
  },
};

import type { Migration } from './migration';

/*
 * Team-lead notices on the workstation (issue 8).
 *
 * - notice gains publish_at (when the agent sees it: scheduled notices arrive early and stay hidden
 *   until then, so they show on time offline), linked_article_ids and reminded_at (the lead's
 *   latest reminder). Rows from before take publish_at = published_at.
 * - notice_reading: where the agent at this desk stands with each notice. It belongs to the person
 *   (bindReplica clears it when someone else signs in) and goes with its notice.
 *   reminder_seen_at: when a reminder was last shown to the agent, so one reminder re-notifies once.
 */
const SQL = `
ALTER TABLE notice ADD COLUMN publish_at TEXT;
UPDATE notice SET publish_at = published_at;
ALTER TABLE notice ADD COLUMN linked_article_ids TEXT NOT NULL DEFAULT '[]'
  CHECK (json_valid(linked_article_ids) AND json_type(linked_article_ids) = 'array');
ALTER TABLE notice ADD COLUMN reminded_at TEXT;

CREATE TABLE notice_reading (
  notice_id TEXT PRIMARY KEY REFERENCES notice (id) ON DELETE CASCADE,
  read_at TEXT,
  acknowledged_at TEXT,
  reminder_seen_at TEXT
) STRICT, WITHOUT ROWID;
`;

export const notices: Migration = {
  version: 6,
  name: '006-notices',
  up(db) {
    db.exec(SQL);
  },
};

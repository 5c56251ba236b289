-- The change feed (issue 4 item 4, docs/sync-protocol.md). Rows are appended only while holding
-- the feed advisory lock, so seq order is commit order.
CREATE SEQUENCE feed_seq;

CREATE TABLE feed (
  seq bigint PRIMARY KEY,
  -- article | category | tree | notice | synonyms | membership
  kind text NOT NULL,
  -- The entity id; for `membership` rows, the user id whose memberships changed.
  entity_id text NOT NULL,
  -- Audience before and after the change; NULL where the entity did not (or no longer) exist.
  -- Lets the server skip rows that never concerned a caller instead of leaking tombstones.
  audience_before jsonb,
  audience_after jsonb,
  -- For `membership` rows: the user's memberships just before the change.
  memberships_before jsonb,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX feed_membership_idx ON feed (entity_id, seq) WHERE kind = 'membership';
CREATE INDEX feed_created_idx ON feed (created_at);

-- Every row with seq <= horizon has been compacted away; older cursors get `reset`.
CREATE TABLE feed_state (
  id integer PRIMARY KEY CHECK (id = 1),
  horizon bigint NOT NULL DEFAULT 0
);
INSERT INTO feed_state (id, horizon) VALUES (1, 0);

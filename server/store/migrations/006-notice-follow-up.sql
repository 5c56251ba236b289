-- Team-lead notices (issue 8): scheduling, linked articles, reminders, and reading the follow-up
-- from agent_events. published_at stays "when it was sent"; publish_at is when agents see it.
ALTER TABLE notices ADD COLUMN publish_at timestamptz;
UPDATE notices SET publish_at = published_at;
ALTER TABLE notices ALTER COLUMN publish_at SET DEFAULT now();
ALTER TABLE notices ALTER COLUMN publish_at SET NOT NULL;
ALTER TABLE notices ADD COLUMN linked_article_ids jsonb NOT NULL DEFAULT '[]'
  CHECK (jsonb_typeof(linked_article_ids) = 'array');
ALTER TABLE notices ADD COLUMN reminded_at timestamptz;

-- Follow-up reads the read / acknowledged events of one notice.
CREATE INDEX agent_events_notice_idx ON agent_events ((payload ->> 'noticeId'), type)
  WHERE type IN ('notice-read', 'notice-ack');

-- Events reported by workstations through their outbox (issue 5 item 2, docs/server.md "Agent
-- events"): analytics now (R25), feedback and acknowledgements later. A workstation resends until
-- it hears an answer, so the idempotency key is unique per user: a resent event is not counted twice.
CREATE TABLE agent_events (
  id bigserial PRIMARY KEY,
  -- Personal data leaves with the person (users are disabled, not deleted, in normal operation).
  user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  key uuid NOT NULL,
  -- An event type of shared/sync/outbox.ts; the payload's shape depends on it.
  type text NOT NULL CHECK (length(type) BETWEEN 1 AND 50),
  device_id text NOT NULL CHECK (length(device_id) BETWEEN 1 AND 100),
  -- Workstation clock (may be skewed); received_at is the server's.
  occurred_at timestamptz NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  payload jsonb NOT NULL,
  UNIQUE (user_id, key)
);
-- Reports read one type over a period ("searches last week"); retention and exports go by time.
CREATE INDEX agent_events_type_time_idx ON agent_events (type, occurred_at);
CREATE INDEX agent_events_received_idx ON agent_events (received_at);

-- Accounts and permissions (issue 4 item 2, R20).
CREATE TABLE users (
  id bigserial PRIMARY KEY,
  username text NOT NULL CHECK (length(username) BETWEEN 1 AND 100),
  display_name text NOT NULL,
  password_hash text NOT NULL,
  -- A global administrator; business-line administrators get the `admin` capability through a position.
  is_admin boolean NOT NULL DEFAULT false,
  disabled boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_username_key ON users (lower(username));

-- A business line is a team of agents serving one line of business (cards, mobile, ...).
CREATE TABLE business_lines (
  id text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
  name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE positions (
  id text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
  name text NOT NULL,
  capabilities text[] NOT NULL DEFAULT '{}'
    CHECK (capabilities <@ ARRAY['agent', 'lead', 'author', 'reviewer', 'admin']::text[]),
  created_at timestamptz NOT NULL DEFAULT now()
);

-- A user holds a position in a business line; an article's audience is matched per membership.
CREATE TABLE memberships (
  user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  business_line_id text NOT NULL REFERENCES business_lines (id),
  position_id text NOT NULL REFERENCES positions (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, business_line_id, position_id)
);
CREATE INDEX memberships_line_idx ON memberships (business_line_id);

-- Only a hash of the token is stored: a leaked table does not log anyone in.
CREATE TABLE sessions (
  id bigserial PRIMARY KEY,
  token_hash text NOT NULL UNIQUE,
  user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_user_idx ON sessions (user_id);
CREATE INDEX sessions_expiry_idx ON sessions (expires_at);

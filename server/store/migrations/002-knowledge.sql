-- Knowledge (issue 4 item 3). Audiences are {"businessLines": [...], "positions": [...]};
-- both empty means everyone.

CREATE TABLE categories (
  id text PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 200),
  parent_id text REFERENCES categories (id),
  position integer NOT NULL DEFAULT 0,
  names jsonb NOT NULL,
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX categories_parent_idx ON categories (parent_id, position);

CREATE TABLE articles (
  id text PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 200),
  type text NOT NULL CHECK (type IN ('reference', 'procedure', 'canned', 'tree', 'notice')),
  owner text NOT NULL DEFAULT '',
  audience jsonb NOT NULL DEFAULT '{"businessLines": [], "positions": []}',
  -- Grows with every change an agent can see (publish, metadata); the replica keys upserts by it.
  version integer NOT NULL DEFAULT 0,
  created_by bigint REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE article_categories (
  article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  category_id text NOT NULL REFERENCES categories (id) ON DELETE CASCADE,
  position integer NOT NULL DEFAULT 0,
  PRIMARY KEY (article_id, category_id)
);
CREATE INDEX article_categories_category_idx ON article_categories (category_id);

-- Every save of a language variant is a new revision; nothing is overwritten (R14).
CREATE TABLE article_revisions (
  article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  lang text NOT NULL CHECK (lang IN ('en', 'zh-Hans', 'zh-Hant', 'hu', 'id')),
  revision integer NOT NULL CHECK (revision > 0),
  title text NOT NULL,
  summary text NOT NULL DEFAULT '',
  body_html text NOT NULL,
  tags text[] NOT NULL DEFAULT '{}',
  synonyms text[] NOT NULL DEFAULT '{}',
  placeholders text[] NOT NULL DEFAULT '{}',
  note text NOT NULL DEFAULT '',
  created_by bigint REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (article_id, lang, revision)
);

-- What agents receive is the published revision of each language variant.
CREATE TABLE article_variants (
  article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  lang text NOT NULL,
  latest_revision integer NOT NULL,
  published_revision integer,
  published_at timestamptz,
  published_by bigint REFERENCES users (id) ON DELETE SET NULL,
  PRIMARY KEY (article_id, lang),
  FOREIGN KEY (article_id, lang, latest_revision)
    REFERENCES article_revisions (article_id, lang, revision),
  FOREIGN KEY (article_id, lang, published_revision)
    REFERENCES article_revisions (article_id, lang, revision)
);

CREATE TABLE trees (
  id text PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 200),
  audience jsonb NOT NULL DEFAULT '{"businessLines": [], "positions": []}',
  latest_version integer NOT NULL DEFAULT 0,
  published_version integer,
  version integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE tree_versions (
  tree_id text NOT NULL REFERENCES trees (id) ON DELETE CASCADE,
  version integer NOT NULL CHECK (version > 0),
  title jsonb NOT NULL,
  document jsonb NOT NULL,
  created_by bigint REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tree_id, version)
);

CREATE TABLE notices (
  id text PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 200),
  priority text NOT NULL CHECK (priority IN ('info', 'important', 'urgent')),
  title jsonb NOT NULL,
  body jsonb NOT NULL,
  requires_ack boolean NOT NULL DEFAULT false,
  audience jsonb NOT NULL DEFAULT '{"businessLines": [], "positions": []}',
  published_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  created_by bigint REFERENCES users (id) ON DELETE SET NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE synonym_sets (
  id text PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 200),
  lang text NOT NULL CHECK (lang IN ('en', 'zh-Hans', 'zh-Hant', 'hu', 'id')),
  terms text[] NOT NULL,
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now()
);

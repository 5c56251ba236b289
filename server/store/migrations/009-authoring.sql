-- Authoring and governance (issue 9): the review workflow and schedule (R15), owners and audits
-- (R16), the feedback inbox (R17) and attachments (R9).

-- Workflow state of the article as a whole: its latest revisions are draft / in review /
-- scheduled / published; archived withdraws every variant. What agents receive is still the
-- published revision of each variant (article_variants.published_revision).
ALTER TABLE articles
  ADD COLUMN status text NOT NULL DEFAULT 'draft'
    CHECK (status IN ('draft', 'in-review', 'scheduled', 'published', 'archived')),
  ADD COLUMN review_required boolean NOT NULL DEFAULT true,
  ADD COLUMN review_interval_days integer NOT NULL DEFAULT 90
    CHECK (review_interval_days BETWEEN 1 AND 3650),
  ADD COLUMN review_due_at timestamptz,
  ADD COLUMN last_reviewed_at timestamptz,
  ADD COLUMN publish_at timestamptz,
  ADD COLUMN expires_at timestamptz,
  -- Approved for a later publication: {"<lang>": <revision>} published at publish_at.
  ADD COLUMN scheduled_revisions jsonb;

UPDATE articles a
   SET status = 'published',
       review_due_at = a.updated_at + make_interval(days => a.review_interval_days)
 WHERE EXISTS (SELECT 1 FROM article_variants v
                WHERE v.article_id = a.id AND v.published_revision IS NOT NULL);

CREATE INDEX articles_owner_idx ON articles (owner, review_due_at);
CREATE INDEX articles_publish_at_idx ON articles (publish_at) WHERE publish_at IS NOT NULL;
CREATE INDEX articles_expires_at_idx ON articles (expires_at) WHERE expires_at IS NOT NULL;

-- Who did what to the article's workflow, and why (R14 who/when/why; review comments).
CREATE TABLE article_workflow (
  id bigserial PRIMARY KEY,
  article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  event text NOT NULL CHECK (event IN ('created', 'submitted', 'approved', 'scheduled',
    'sent-back', 'published', 'expired', 'archived', 'unarchived', 'reviewed', 'restored',
    'suggested')),
  comment text NOT NULL DEFAULT '',
  user_id bigint REFERENCES users (id) ON DELETE SET NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX article_workflow_article_idx ON article_workflow (article_id, id);

-- The owners' inbox (R17): agents' flags, "not helpful" votes, reported questions and suggested
-- edits. Flags, votes and questions come from agent_events (once each: event_id is unique).
CREATE TABLE feedback_items (
  id bigserial PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('flag', 'not-helpful', 'question', 'suggestion')),
  reason text CHECK (reason IN ('wrong', 'outdated', 'unclear')),
  comment text NOT NULL DEFAULT '',
  -- Kept when the article is deleted: the item still says what it was about.
  article_id text,
  article_title text,
  lang text,
  revision integer,
  query text,
  user_id bigint REFERENCES users (id) ON DELETE CASCADE,
  event_id bigint UNIQUE REFERENCES agent_events (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'fixed', 'replied', 'rejected')),
  reply text NOT NULL DEFAULT '',
  resolved_by bigint REFERENCES users (id) ON DELETE SET NULL,
  resolved_at timestamptz
);
CREATE INDEX feedback_items_article_idx ON feedback_items (article_id, status);
CREATE INDEX feedback_items_user_idx ON feedback_items (user_id, resolved_at);
CREATE INDEX feedback_items_status_idx ON feedback_items (status, id);

-- Files linked from articles (R9), with size and type limits checked by the route.
CREATE TABLE attachments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 255),
  mime text NOT NULL CHECK (length(mime) BETWEEN 1 AND 200),
  size integer NOT NULL CHECK (size >= 0),
  data bytea NOT NULL,
  created_by bigint REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX attachments_article_idx ON attachments (article_id);

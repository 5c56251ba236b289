import type { Migration } from './migration';

/*
 * Troubleshooting trees on the workstation (issue 7).
 *
 * - tree_session: a run the agent left unfinished, one per tree, kept across restarts so it can be
 *   resumed (shared/trees/runner.ts TreeSession as JSON). It belongs to the person at the desk:
 *   bindReplica clears it when someone else signs in, and it goes with its tree when sync removes
 *   the tree.
 *
 * Trees are also found by search: db/trees/search-docs.ts keeps an `article` row of type 'tree'
 * (id "tree:<tree id>") per tree, written with the tree. Replicas from before this step have no
 * such rows yet; AgentCore writes the missing ones when it opens the replica.
 */
const SQL = `
CREATE TABLE tree_session (
  tree_id TEXT PRIMARY KEY REFERENCES tree (id) ON DELETE CASCADE,
  session TEXT NOT NULL CHECK (json_valid(session) AND json_type(session) = 'object'),
  updated_at TEXT NOT NULL
) STRICT, WITHOUT ROWID;
`;

export const trees: Migration = {
  version: 5,
  name: '005-trees',
  up(db) {
    db.exec(SQL);
  },
};

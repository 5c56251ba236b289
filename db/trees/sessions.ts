import type { Replica } from '../connection';

/*
 * Unfinished runs of troubleshooting trees (migration 005), one per tree. The session is stored
 * as the runner gave it; AgentCore checks it against the current tree before offering a resume.
 */

export interface StoredTreeSession {
  treeId: string;
  /** JSON as saved; may no longer fit the tree (resumeSession decides). */
  session: unknown;
  updatedAt: string;
}

const UPSERT = `
  INSERT INTO tree_session (tree_id, session, updated_at) VALUES (?, ?, ?)
  ON CONFLICT (tree_id) DO UPDATE SET session = excluded.session, updated_at = excluded.updated_at`;
const DELETE = `DELETE FROM tree_session WHERE tree_id = ?`;
const ONE = `SELECT tree_id AS treeId, session, updated_at AS updatedAt FROM tree_session
  WHERE tree_id = ?`;
const ALL = `SELECT tree_id AS treeId, session, updated_at AS updatedAt FROM tree_session`;
const TREE_EXISTS = `SELECT 1 AS treeExists FROM tree WHERE id = ?`;

interface Row {
  treeId: string;
  session: string;
  updatedAt: string;
}

function parse(row: Row): StoredTreeSession {
  let session: unknown = null;
  try {
    session = JSON.parse(row.session);
  } catch {
    // Kept as null: resumeSession refuses it and the run starts over.
  }
  return { treeId: row.treeId, session, updatedAt: row.updatedAt };
}

/** Stores the run; false (nothing stored) when the replica has no such tree. */
export function saveTreeSession(
  replica: Replica,
  treeId: string,
  session: object,
  at: string,
): boolean {
  return replica.transaction(() => {
    if (replica.statement<[string]>(TREE_EXISTS).get(treeId) === undefined) return false;
    replica.statement<[string, string, string]>(UPSERT).run(treeId, JSON.stringify(session), at);
    return true;
  });
}

export function deleteTreeSession(replica: Replica, treeId: string): void {
  replica.statement<[string]>(DELETE).run(treeId);
}

export function treeSession(replica: Replica, treeId: string): StoredTreeSession | null {
  const row = replica.statement<[string], Row>(ONE).get(treeId);
  return row ? parse(row) : null;
}

export function treeSessions(replica: Replica): Map<string, StoredTreeSession> {
  return new Map(
    replica
      .statement<[], Row>(ALL)
      .all()
      .map((row) => [row.treeId, parse(row)]),
  );
}

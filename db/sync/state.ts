import type { Replica } from '../connection';

/** Where the replica stands: whose view of which server it holds, and up to which feed seq. */
export interface ReplicaSyncState {
  serverUrl: string;
  userId: string;
  /** Null until a snapshot has been applied completely. */
  cursor: number | null;
  lastSyncAt: string | null;
}

const READ = `SELECT server_url AS serverUrl, user_id AS userId, cursor, last_sync_at AS lastSyncAt
  FROM sync_state WHERE id = 1`;
const BIND = `
  INSERT INTO sync_state (id, server_url, user_id, cursor, last_sync_at) VALUES (1, ?, ?, NULL, NULL)
  ON CONFLICT (id) DO UPDATE SET server_url = excluded.server_url, user_id = excluded.user_id,
    cursor = NULL, last_sync_at = NULL`;
const STORE_CURSOR = `UPDATE sync_state SET cursor = ? WHERE id = 1`;
const MARK_SYNCED = `UPDATE sync_state SET last_sync_at = ? WHERE id = 1`;
const FORGET_CURSOR = `UPDATE sync_state SET cursor = NULL WHERE id = 1`;
// Read marks (with the text read), votes, favourites, open counts and the what's-new log belong
// to the person, not to the workstation: agents share desks across shifts. So do unfinished
// troubleshooting runs (tree_session) and where they stand with notices (notice_reading).
const CLEAR_PERSONAL = `
  DELETE FROM read_state; DELETE FROM article_vote; DELETE FROM article_use;
  DELETE FROM article_change; DELETE FROM tree_session; DELETE FROM notice_reading;`;

export function readSyncState(replica: Replica): ReplicaSyncState | null {
  return replica.statement<[], ReplicaSyncState>(READ).get() ?? null;
}

/**
 * Makes the replica the view of `userId` on `serverUrl`. Another user or server than before
 * forgets the cursor (the next pull loads a snapshot, which replaces the content) and the
 * previous person's read marks, votes, favourites and open counts. The same user again changes
 * nothing.
 */
export function bindReplica(replica: Replica, serverUrl: string, userId: string): boolean {
  return replica.transaction(() => {
    const current = readSyncState(replica);
    if (current && current.serverUrl === serverUrl && current.userId === userId) return false;
    if (current) replica.db.exec(CLEAR_PERSONAL);
    replica.statement<[string, string]>(BIND).run(serverUrl, userId);
    return true;
  });
}

/** Inside the transaction that applied the page (or the snapshot's last chunk). */
export function storeCursor(replica: Replica, cursor: number): void {
  replica.statement<[number]>(STORE_CURSOR).run(cursor);
}

/** The server's `reset`: the next pull loads a snapshot. */
export function forgetCursor(replica: Replica): void {
  replica.statement(FORGET_CURSOR).run();
}

const SET_BULK = `UPDATE sync_state SET bulk_load_pending = ? WHERE id = 1`;
const BULK_PENDING = `SELECT bulk_load_pending FROM sync_state WHERE id = 1`;

/** Set when a first download starts deferring term lists, cleared when they are written. */
export function setBulkLoadPending(replica: Replica, pending: boolean): void {
  replica.statement<[number]>(SET_BULK).run(pending ? 1 : 0);
}

export function bulkLoadPending(replica: Replica): boolean {
  return replica.statement<[], number>(BULK_PENDING).pluck().get() === 1;
}

export function markSynced(replica: Replica, at: string): void {
  replica.statement<[string]>(MARK_SYNCED).run(at);
}

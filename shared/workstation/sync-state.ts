import { z } from 'zod';
import type { ArticleType } from '../article';
import type { ContentLanguage } from '../languages';

/*
 * What the workstation tells the renderer about its connection to the knowledge server
 * (issue 5): sign-in, sync state and what changed. Messages are codes; the renderer words them
 * in the agent's language.
 */

export const SIGN_IN_PROBLEMS = [
  'invalid-credentials',
  'too-many-attempts',
  'unreachable',
  'server-error',
  'no-server-url',
] as const;
export type SignInProblem = (typeof SIGN_IN_PROBLEMS)[number];

export const signInRequestSchema = z.strictObject({
  /** Empty: the server URL in Settings. */
  serverUrl: z.string().max(2048).optional(),
  username: z.string().min(1).max(100),
  password: z.string().min(1).max(1024),
});
export type SignInRequest = z.infer<typeof signInRequestSchema>;

export type SyncStatus =
  /** No token: nothing to sync; the replica still answers searches. */
  | 'signed-out'
  /** Pulls succeed and the poke stream is open. */
  | 'online'
  /** A snapshot or a run of pages is being applied. */
  | 'syncing'
  /** The server cannot be reached; searching works from the replica. Retries with backoff. */
  | 'offline'
  /** The server refused the session (expired or revoked): sign in again. */
  | 'session-expired'
  /** The server answered with something this version cannot use; retries with backoff. */
  | 'error';

export type SyncProblem =
  | { code: 'unreachable'; detail: string }
  | { code: 'server-error'; status: number; detail: string }
  | { code: 'protocol'; detail: string }
  | { code: 'session-expired'; detail: string };

/** The replica had to be set aside at start (corrupt file); it is being downloaded again. */
export interface ReplicaRecovery {
  reason: 'corrupt';
  /** Where the damaged file was moved, for support. */
  movedTo: string;
  at: string;
}

export interface SyncProgress {
  phase: 'snapshot' | 'changes';
  /** Records applied so far in this run. */
  done: number;
  /** Known for a snapshot; null while paging through changes. */
  total: number | null;
}

export interface SyncState {
  status: SyncStatus;
  /** While status is 'syncing'. */
  progress: SyncProgress | null;
  /** ISO time of the last pull that reached the server's head. */
  lastSyncAt: string | null;
  /** ISO time the server stopped answering; null while reachable. */
  offlineSince: string | null;
  /** ISO time of the next attempt after an error. */
  nextAttemptAt: string | null;
  problem: SyncProblem | null;
  /** Feed position the replica is complete up to; null before the first snapshot. */
  cursor: number | null;
  articles: number;
  /** Events, feedback and acknowledgements waiting to be sent. */
  outboxPending: number;
  recovery: ReplicaRecovery | null;
}

export type SignInResult =
  { ok: true } | { ok: false; problem: SignInProblem; detail: string; retryAfterSeconds?: number };

/** One article in a change notification or in the what's-new list. */
export interface ArticleChange {
  id: string;
  lang: ContentLanguage;
  title: string;
  type: ArticleType;
  change: 'added' | 'changed';
  /** ISO time the workstation received it. */
  at: string;
}

/** One batch of changes applied from the server (a page or a whole snapshot). */
export interface ArticlesChanged {
  added: ArticleChange[];
  changed: ArticleChange[];
  removed: string[];
  /** True for a first download or a rebuild: too many to notify about one by one. */
  initial: boolean;
}

export interface NoticeSummary {
  id: string;
  title: string;
  priority: 'info' | 'important' | 'urgent';
  requiresAck: boolean;
}

export interface NoticesReceived {
  notices: NoticeSummary[];
}

/** Something the renderer should show, asked for from outside it (an OS notification was clicked). */
export type OpenRequest =
  | { target: 'article'; id: string }
  | { target: 'notice'; id: string }
  | { target: 'notices' }
  | { target: 'whats-new' };

export const whatsNewQuerySchema = z.strictObject({
  limit: z.number().int().min(1).max(200).optional(),
});
export type WhatsNewQuery = z.infer<typeof whatsNewQuerySchema>;

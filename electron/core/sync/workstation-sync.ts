import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AgentEvents, SessionState } from '../../../shared/api';
import type { ContentLanguage } from '../../../shared/languages';
import type { EventPayload, OutboxEventType } from '../../../shared/sync/outbox';
import type {
  ArticleChange,
  ReplicaRecovery,
  SignInRequest,
  SignInResult,
  SyncState,
} from '../../../shared/workstation/sync-state';
import { countArticles } from '../../../db/articles';
import type { Replica } from '../../../db/connection';
import { Outbox } from '../../../db/outbox';
import type { BatchOutcome } from '../../../db/sync/outcome';
import { bindReplica, readSyncState } from '../../../db/sync/state';
import { articleHeading, recentChanges } from '../../../db/sync/whats-new';
import { noticeSummaries } from './notices';
import { ServerConnection, ServerError } from './server-connection';
import { SyncClient, type SyncClientOptions } from './sync-client';
import { TokenVault, type SecretCipher, type StoredSession } from './token-vault';

export const OUTBOX_FILE = 'outbox.sqlite';
export const SESSION_FILE = 'session.json';
export const DEVICE_ID_FILE = 'device-id';
/** Articles named in one change event; the rest are counted by the what's-new list. */
const MAX_NAMED = 100;

type Emit = <E extends keyof AgentEvents>(event: E, payload: AgentEvents[E]) => void;

export interface WorkstationSyncOptions {
  dataDir: string;
  replica: Replica;
  recovery: ReplicaRecovery | null;
  serverUrl: () => string;
  /** The agent's reading languages, for titles in notifications. */
  languages: () => readonly ContentLanguage[];
  emit: Emit;
  /**
   * Notices written by a batch (AgentCore's NoticeDesk: it announces them, keeping scheduled ones
   * back). Without it every new notice is announced at once.
   */
  noticesApplied?: (outcome: BatchOutcome, initial: boolean) => void;
  /** Electron's safeStorage; without it the token file is owner-only plain text. */
  cipher?: SecretCipher;
  fetch?: typeof fetch;
  /** Tests tune the loop (no pokes, short intervals). */
  client?: Partial<
    Pick<SyncClientOptions, 'pokes' | 'pullIntervalMs' | 'pageLimit' | 'snapshotChunk' | 'backoff'>
  >;
}

/**
 * Sign-in, the sync loop and the outbox of one workstation, as AgentCore offers them to the UI
 * (issue 5). Works without a server: search reads the replica whatever the state here.
 */
export class WorkstationSync {
  private client: SyncClient | null = null;
  private stored: StoredSession | null;
  private expired = false;
  private closed = false;
  readonly deviceId: string;

  private constructor(
    private readonly o: WorkstationSyncOptions,
    private readonly vault: TokenVault,
    readonly outbox: Outbox,
  ) {
    this.stored = vault.load();
    this.deviceId = deviceId(o.dataDir);
  }

  static open(options: WorkstationSyncOptions): WorkstationSync {
    const vault = new TokenVault(join(options.dataDir, SESSION_FILE), options.cipher);
    const sync = new WorkstationSync(
      options,
      vault,
      Outbox.open(join(options.dataDir, OUTBOX_FILE)),
    );
    if (sync.stored) {
      sync.startClient(sync.stored);
      void sync.refreshCapabilities(sync.stored);
    }
    return sync;
  }

  session(): SessionState {
    const s = this.stored;
    return s
      ? {
          status: 'signed-in',
          serverUrl: s.serverUrl,
          user: s.user,
          capabilities: s.capabilities ?? [],
        }
      : { status: 'signed-out', serverUrl: this.o.serverUrl() };
  }

  /**
   * A connection to the server with the session's token (authoring calls), or null while signed
   * out. Shorter timeout than sync: an author is waiting for the answer.
   */
  connection(): ServerConnection | null {
    const s = this.stored;
    return s
      ? new ServerConnection({
          baseUrl: s.serverUrl,
          token: s.token,
          fetch: this.o.fetch,
          timeoutMs: 15_000,
        })
      : null;
  }

  /**
   * The server may have granted or withdrawn capabilities since the session was stored (and
   * sessions stored before issue 7 have none): asks /api/auth/me once at start. Offline or
   * refused, the stored ones stay; an expired token is the sync client's to report.
   */
  private async refreshCapabilities(session: StoredSession): Promise<void> {
    let capabilities: StoredSession['capabilities'];
    try {
      const connection = new ServerConnection({
        baseUrl: session.serverUrl,
        token: session.token,
        fetch: this.o.fetch,
        timeoutMs: 10_000,
      });
      ({ capabilities } = await connection.me());
    } catch {
      return;
    }
    // Signed out or in as someone else meanwhile: that session is not this one.
    if (this.closed || this.stored?.token !== session.token) return;
    const before = this.stored.capabilities;
    if (before && before.join() === capabilities.join()) return;
    this.stored = { ...this.stored, capabilities };
    this.vault.save(this.stored);
    this.o.emit('sessionChanged', this.session());
  }

  async signIn(request: SignInRequest): Promise<SignInResult> {
    const serverUrl = (request.serverUrl?.trim() || this.o.serverUrl()).replace(/\/+$/, '');
    if (!/^https?:\/\/\S+$/i.test(serverUrl)) {
      return { ok: false, problem: 'no-server-url', detail: 'No knowledge server address is set.' };
    }
    const anonymous = new ServerConnection({ baseUrl: serverUrl, fetch: this.o.fetch });
    let session: StoredSession;
    try {
      const login = await anonymous.login(request.username, request.password);
      const me = await anonymous.withToken(login.token).me();
      session = {
        serverUrl,
        token: login.token,
        expiresAt: login.expiresAt,
        user: me.user,
        capabilities: me.capabilities,
      };
    } catch (error) {
      return signInFailure(error);
    }
    this.stopClient();
    this.vault.save(session);
    this.stored = session;
    this.expired = false;
    bindReplica(this.o.replica, serverUrl, session.user.id);
    this.o.emit('sessionChanged', this.session());
    this.startClient(session);
    return { ok: true };
  }

  async signOut(): Promise<SessionState> {
    const stored = this.stored;
    this.stopClient();
    this.vault.clear();
    this.stored = null;
    this.expired = false;
    if (stored) {
      const connection = new ServerConnection({
        baseUrl: stored.serverUrl,
        token: stored.token,
        fetch: this.o.fetch,
        timeoutMs: 3_000,
      });
      // Offline: the token is forgotten here and expires on the server by itself.
      await connection.logout().catch(() => undefined);
    }
    this.o.emit('sessionChanged', this.session());
    this.emitState();
    return this.session();
  }

  syncState(): SyncState {
    const replicaState = readSyncState(this.o.replica);
    const client = this.client?.current;
    return {
      status: client?.status ?? (this.expired ? 'session-expired' : 'signed-out'),
      progress: client?.progress ?? null,
      lastSyncAt: replicaState?.lastSyncAt ?? null,
      offlineSince: client?.offlineSince ?? null,
      nextAttemptAt: client?.nextAttemptAt ?? null,
      problem: client?.problem ?? null,
      cursor: replicaState?.cursor ?? null,
      articles: countArticles(this.o.replica),
      outboxPending: this.outbox.count(),
      recovery: this.o.recovery,
    };
  }

  /** Pulls now; resolves when the replica reached the server's head or the attempt failed. */
  async syncNow(): Promise<SyncState> {
    await this.client?.pull();
    return this.syncState();
  }

  whatsNew(limit: number): ArticleChange[] {
    return recentChanges(this.o.replica, limit).flatMap((c) => {
      const heading = articleHeading(this.o.replica, c.articleId, this.o.languages());
      return heading ? [{ ...heading, change: c.change, at: c.at }] : [];
    });
  }

  /** Queues a report for the server (kept across restarts and offline spells) and tries to send it. */
  record<T extends OutboxEventType>(type: T, payload: EventPayload<T>): void {
    if (!this.stored) return; // Reports belong to a signed-in user.
    this.outbox.add({
      key: randomUUID(),
      occurredAt: new Date().toISOString(),
      deviceId: this.deviceId,
      type,
      payload,
    } as never);
    void this.client?.flushOutbox().then(() => this.emitState());
    this.emitState();
  }

  close(): void {
    this.closed = true;
    this.stopClient();
    this.outbox.close();
  }

  private startClient(session: StoredSession): void {
    const connection = new ServerConnection({
      baseUrl: session.serverUrl,
      token: session.token,
      fetch: this.o.fetch,
    });
    const client = new SyncClient({
      ...this.o.client,
      replica: this.o.replica,
      outbox: this.outbox,
      connection,
      onState: () => {
        if (this.client === client) this.emitState();
      },
      onApplied: (outcome, initial) => this.announce(outcome, initial),
      onUnauthorized: () => {
        if (this.client !== client) return;
        this.vault.clear();
        this.stored = null;
        this.expired = true;
        this.client = null;
        this.o.emit('sessionChanged', this.session());
        this.emitState();
      },
    });
    this.client = client;
    client.start();
  }

  private stopClient(): void {
    this.client?.stop();
    this.client = null;
  }

  private emitState(): void {
    if (this.closed) return;
    this.o.emit('syncStateChanged', this.syncState());
  }

  private announce(outcome: BatchOutcome, initial: boolean): void {
    const langs = this.o.languages();
    const at = new Date().toISOString();
    const changes = (ids: string[], change: ArticleChange['change']): ArticleChange[] =>
      ids.slice(0, MAX_NAMED).flatMap((id) => {
        const heading = articleHeading(this.o.replica, id, langs);
        return heading ? [{ ...heading, change, at }] : [];
      });
    if (outcome.added.length + outcome.changed.length + outcome.removed.length > 0) {
      this.o.emit('articlesChanged', {
        added: changes(outcome.added, 'added'),
        changed: changes(outcome.changed, 'changed'),
        removed: outcome.removed.slice(0, MAX_NAMED),
        initial,
      });
    }
    if (this.o.noticesApplied) {
      this.o.noticesApplied(outcome, initial);
    } else if (outcome.noticesAdded.length > 0 && !initial) {
      this.o.emit('noticesReceived', {
        notices: noticeSummaries(this.o.replica, outcome.noticesAdded, langs),
      });
    }
  }
}

function signInFailure(error: unknown): SignInResult {
  if (!(error instanceof ServerError)) throw error;
  switch (error.kind) {
    case 'invalid-credentials':
    case 'unreachable':
      return { ok: false, problem: error.kind, detail: error.message };
    case 'too-many-attempts':
      return {
        ok: false,
        problem: 'too-many-attempts',
        detail: error.message,
        ...(error.retryAfterSeconds ? { retryAfterSeconds: error.retryAfterSeconds } : {}),
      };
    default:
      return { ok: false, problem: 'server-error', detail: error.message };
  }
}

function deviceId(dataDir: string): string {
  const file = join(dataDir, DEVICE_ID_FILE);
  try {
    const id = readFileSync(file, 'utf8').trim();
    if (id) return id;
  } catch {
    // First run.
  }
  const id = randomUUID();
  writeFileSync(file, id, { mode: 0o600 });
  return id;
}

import { z } from 'zod';
import {
  changesResponseSchema,
  snapshotSchema,
  SYNC_PATHS,
  type ChangesResponse,
} from '../../../shared/sync/protocol';
import { syncRecordSchema, type SyncRecord } from '../../../shared/sync/records';
import { USER_CAPABILITIES, type UserCapability } from '../../../shared/api';
import {
  OUTBOX_PATH,
  outboxResultSchema,
  type OutboxEvent,
  type OutboxResult,
} from '../../../shared/sync/outbox';

/*
 * The workstation's HTTP client for the knowledge server: sign-in, the sync routes and the
 * outbox. Every answer is validated; every failure becomes a ServerError whose kind tells the
 * sync client what to do (wait and retry, ask the agent to sign in again, …).
 */

export type ServerErrorKind =
  /** No answer: network down, server stopped, connection cut mid-answer, timeout. */
  | 'unreachable'
  /** 401: the token is unknown, expired or revoked. */
  | 'unauthorized'
  | 'invalid-credentials'
  | 'too-many-attempts'
  /** 5xx, or another unexpected status. */
  | 'server-error'
  /** An answer this version cannot read. */
  | 'protocol';

export class ServerError extends Error {
  override readonly name = 'ServerError';
  constructor(
    readonly kind: ServerErrorKind,
    message: string,
    readonly status = 0,
    readonly retryAfterSeconds?: number,
    /** The error body's `details`, as the server sent them (e.g. a tree's validation problems). */
    readonly details?: unknown,
  ) {
    super(message);
  }
}

const uncheckedSnapshotSchema = snapshotSchema.extend({ records: z.array(z.unknown()) });
export type UncheckedSnapshot = z.infer<typeof uncheckedSnapshotSchema>;

/** Checks records of a snapshot (see `snapshot()`); a bad one fails the whole snapshot. */
export function checkRecords(records: readonly unknown[]): SyncRecord[] {
  return records.map((record, i) => {
    const parsed = syncRecordSchema.safeParse(record);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0];
    throw new ServerError(
      'protocol',
      `Snapshot record ${i} does not match this version of Cuecard (${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}).`,
    );
  });
}

const loginSchema = z.object({ token: z.string().min(1), expiresAt: z.string() });
const meSchema = z.object({
  user: z.object({
    id: z.union([z.number(), z.string()]),
    username: z.string(),
    displayName: z.string(),
  }),
  /** Union over the user's memberships (all of them for administrators). Older servers omit it. */
  capabilities: z.array(z.string()).optional(),
});
const errorBodySchema = z.object({
  error: z.object({
    code: z.string().optional(),
    message: z.string().optional(),
    details: z.object({ retryAfterSeconds: z.number().optional() }).optional(),
  }),
});

export interface SignedInUser {
  id: string;
  username: string;
  name: string;
}

export interface Me {
  user: SignedInUser;
  /** Capabilities this version knows; unknown ones from a newer server are left out. */
  capabilities: UserCapability[];
}

export interface ConnectionOptions {
  baseUrl: string;
  token?: string;
  fetch?: typeof fetch;
  /** Per request; the snapshot gets `snapshotTimeoutMs`. */
  timeoutMs?: number;
  snapshotTimeoutMs?: number;
}

export class ServerConnection {
  readonly baseUrl: string;
  private readonly doFetch: typeof fetch;

  constructor(private readonly options: ConnectionOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  }

  get token(): string | undefined {
    return this.options.token;
  }

  withToken(token: string): ServerConnection {
    return new ServerConnection({ ...this.options, token });
  }

  async login(username: string, password: string): Promise<{ token: string; expiresAt: string }> {
    return loginSchema.parse(
      await this.request('POST', '/api/auth/login', { body: { username, password }, auth: false }),
    );
  }

  async me(): Promise<Me> {
    const { user, capabilities } = this.parse(meSchema, await this.request('GET', '/api/auth/me'));
    return {
      user: { id: String(user.id), username: user.username, name: user.displayName },
      capabilities: USER_CAPABILITIES.filter((c) => capabilities?.includes(c)),
    };
  }

  /** An authenticated JSON call whose answer is checked against `schema` (authoring routes). */
  async call<T>(
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    path: string,
    schema: z.ZodType<T>,
    body?: unknown,
  ): Promise<T> {
    return this.parse(schema, await this.request(method, path, { body }));
  }

  async logout(): Promise<void> {
    await this.request('POST', '/api/auth/logout', { body: {} });
  }

  /**
   * The snapshot with its records still unchecked: checking 20,000 records at once would hold
   * the event loop for a second; the sync client checks them chunk by chunk (`checkRecords`).
   */
  async snapshot(): Promise<UncheckedSnapshot> {
    const timeoutMs = this.options.snapshotTimeoutMs ?? 300_000;
    return this.parse(
      uncheckedSnapshotSchema,
      await this.request('GET', SYNC_PATHS.snapshot, { timeoutMs }),
    );
  }

  async changes(since: number, limit: number): Promise<ChangesResponse> {
    const path = `${SYNC_PATHS.changes}?since=${since}&limit=${limit}`;
    return this.parse(changesResponseSchema, await this.request('GET', path));
  }

  async sendEvents(events: readonly OutboxEvent[]): Promise<OutboxResult> {
    return this.parse(
      outboxResultSchema,
      await this.request('POST', OUTBOX_PATH, { body: { events } }),
    );
  }

  /** Opens a streaming GET (the poke stream); the caller reads and cancels the body. */
  async openStream(path: string, signal: AbortSignal, lastEventId?: string): Promise<Response> {
    const headers: Record<string, string> = { Accept: 'text/event-stream', ...this.authHeader() };
    if (lastEventId !== undefined) headers['Last-Event-ID'] = lastEventId;
    let response: Response;
    try {
      response = await this.doFetch(this.baseUrl + path, { headers, signal });
    } catch (error) {
      throw unreachable(this.baseUrl, error);
    }
    if (!response.ok) throw await failure(response);
    return response;
  }

  private authHeader(): Record<string, string> {
    return this.options.token ? { Authorization: `Bearer ${this.options.token}` } : {};
  }

  private async request(
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    path: string,
    options: { body?: unknown; auth?: boolean; timeoutMs?: number } = {},
  ): Promise<unknown> {
    const headers: Record<string, string> = {
      Accept: 'application/json',
      ...(options.auth === false ? {} : this.authHeader()),
    };
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    let text: string;
    let response: Response;
    try {
      response = await this.doFetch(this.baseUrl + path, {
        method,
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        signal: AbortSignal.timeout(options.timeoutMs ?? this.options.timeoutMs ?? 30_000),
      });
      // A connection cut half-way through the body fails here, before anything is applied.
      text = await response.text();
    } catch (error) {
      throw unreachable(this.baseUrl, error);
    }
    if (!response.ok) throw failureFromText(response.status, text);
    // A route that answers nothing (204, or an empty 200 after a DELETE) means "done".
    if (text === '') return {};
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new ServerError(
        'protocol',
        `${path}: the server's answer is not JSON.`,
        response.status,
      );
    }
  }

  private parse<T>(schema: z.ZodType<T>, value: unknown): T {
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0];
    throw new ServerError(
      'protocol',
      `The server's answer does not match this version of Cuecard (${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}).`,
    );
  }
}

function unreachable(baseUrl: string, error: unknown): ServerError {
  const cause =
    error instanceof Error
      ? error.cause instanceof Error
        ? error.cause.message
        : error.message
      : String(error);
  return new ServerError(
    'unreachable',
    `The knowledge server at ${baseUrl} did not answer (${cause}).`,
  );
}

async function failure(response: Response): Promise<ServerError> {
  return failureFromText(response.status, await response.text().catch(() => ''));
}

function failureFromText(status: number, text: string): ServerError {
  let body: Partial<z.infer<typeof errorBodySchema>> = {};
  let details: unknown;
  try {
    const json: unknown = JSON.parse(text);
    body = errorBodySchema.parse(json);
    details = (json as { error: { details?: unknown } }).error.details;
  } catch {
    // Not our error format (a proxy's page): the status says enough.
  }
  const code = body.error?.code;
  const message = body.error?.message ?? `HTTP ${status}`;
  if (code === 'invalid-credentials')
    return new ServerError('invalid-credentials', message, status);
  if (status === 429) {
    return new ServerError(
      'too-many-attempts',
      message,
      status,
      body.error?.details?.retryAfterSeconds,
    );
  }
  if (status === 401) return new ServerError('unauthorized', message, status);
  return new ServerError('server-error', message, status, undefined, details);
}

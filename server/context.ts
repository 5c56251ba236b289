import type { FastifyBaseLogger } from 'fastify';
import type { LoginLimiter } from './auth/rate-limit';
import type { PushHub } from './push/hub';
import type { Store } from './store/store';

export interface ServerSettings {
  sessionTtlMs: number;
  /** SSE comment interval; also how fast a dead client connection is noticed. */
  heartbeatMs: number;
  /** Feed rows older than this are compacted away; clients behind it get `reset`. */
  feedRetentionMs: number;
}

/** Everything a route needs, passed explicitly (no module-level state). */
export interface ServerContext {
  store: Store;
  limiter: LoginLimiter;
  push: PushHub;
  settings: ServerSettings;
  log: FastifyBaseLogger;
  /** False once shutdown starts: /readyz turns 503 so a balancer stops sending traffic. */
  isReady: () => boolean;
}

import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import { registerOrgRoutes } from './accounts/org-routes';
import { registerUserRoutes } from './accounts/user-routes';
import { DEFAULT_LOGIN_LIMITS, LoginLimiter, type LoginLimits } from './auth/rate-limit';
import { registerAuthRoutes } from './auth/routes';
import { DEFAULT_SESSION_TTL_MS } from './auth/sessions';
import { bootstrapIfEmpty, type BootstrapResult } from './bootstrap';
import type { ServerContext, ServerSettings } from './context';
import { registerEventRoutes } from './events/routes';
import { compactOlderThan } from './feed/compaction';
import { registerSyncRoutes } from './feed/routes';
import { Api } from './http/api';
import { createFastify, DEFAULT_BODY_LIMIT } from './http/app';
import { registerHealthRoutes } from './http/health-routes';
import { registerArticleRoutes } from './knowledge/article-routes';
import { registerContentRoutes } from './knowledge/content-routes';
import { registerNoticeRoutes } from './knowledge/notice-routes';
import { DEFAULT_DEMO_DIR } from './knowledge/demo-loader';
import { registerImportRoutes } from './knowledge/import-routes';
import { registerReadingRoutes } from './knowledge/reading-routes';
import { startArticleScheduler } from './knowledge/article-scheduler';
import { registerFeedbackRoutes } from './knowledge/feedback-routes';
import { registerLibraryRoutes } from './knowledge/library-routes';
import { registerWorkflowRoutes } from './knowledge/workflow-routes';
import { DEFAULT_PUSH_OPTIONS, PushHub, type PushOptions } from './push/hub';
import { migrate } from './store/migrate';
import { openStore } from './store/open';
import type { Store } from './store/store';

export const SERVER_VERSION = '0.1.0';
export const DEFAULT_PORT = 4010;
export const DEFAULT_HOST = '127.0.0.1';

export interface ServerOptions {
  /** PostgreSQL; wins over `dataDir`. */
  databaseUrl?: string | undefined;
  /** PGlite data directory. */
  dataDir?: string | undefined;
  /** An already open store (tests share one per file); the server does not close it. */
  store?: Store;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  logger?: FastifyServerOptions['logger'];
  /** Load the demo knowledge base on first start (default true). */
  demo?: boolean;
  demoDir?: string;
  adminPassword?: string | undefined;
  settings?: Partial<ServerSettings>;
  loginLimits?: Partial<LoginLimits>;
  push?: Partial<PushOptions>;
  bodyLimit?: number;
}

export interface RunningServer {
  url: string;
  port: number;
  store: Store;
  app: FastifyInstance;
  push: PushHub;
  /** What first start created, or null when the store already had users. */
  bootstrap: BootstrapResult | null;
  /** Graceful: readiness off, SSE streams ended, in-flight requests finished, store closed. */
  close(): Promise<void>;
}

const DEFAULT_SETTINGS: ServerSettings = {
  sessionTtlMs: DEFAULT_SESSION_TTL_MS,
  heartbeatMs: 15_000,
  feedRetentionMs: 30 * 86_400_000,
};
const RETENTION_INTERVAL_MS = 60 * 60_000;

export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const store =
    options.store ??
    (await openStore({ databaseUrl: options.databaseUrl, dataDir: options.dataDir }));
  const ownsStore = !options.store;
  const settings = { ...DEFAULT_SETTINGS, ...options.settings };
  const app = createFastify(options.logger ?? false, options.bodyLimit ?? DEFAULT_BODY_LIMIT);
  let ready = false;
  let push: PushHub | undefined;
  try {
    await migrate(store);
    const bootstrap = await bootstrapIfEmpty(store, {
      adminPassword: options.adminPassword,
      demoDir: options.demo === false ? null : (options.demoDir ?? DEFAULT_DEMO_DIR),
      log: (message) => app.log.info(message),
    });
    const hub = new PushHub(store, app.log, { ...DEFAULT_PUSH_OPTIONS, ...options.push });
    push = hub;
    await hub.start();
    const ctx: ServerContext = {
      store,
      limiter: new LoginLimiter({ ...DEFAULT_LOGIN_LIMITS, ...options.loginLimits }),
      push: hub,
      settings,
      log: app.log,
      isReady: () => ready,
    };
    const api = new Api(app, ctx);
    registerHealthRoutes(api, SERVER_VERSION);
    registerAuthRoutes(api);
    registerUserRoutes(api);
    registerOrgRoutes(api);
    registerArticleRoutes(api);
    registerImportRoutes(api);
    registerContentRoutes(api);
    registerNoticeRoutes(api);
    registerReadingRoutes(api);
    registerWorkflowRoutes(api);
    registerFeedbackRoutes(api);
    registerLibraryRoutes(api);
    registerSyncRoutes(api);
    registerEventRoutes(api);
    // SSE responses never end on their own: end them before Fastify waits for open requests.
    app.addHook('preClose', async () => {
      ready = false;
      await hub.stop();
    });

    const address = await app.listen({
      host: options.host ?? DEFAULT_HOST,
      port: options.port ?? DEFAULT_PORT,
    });
    const port = Number(new URL(address).port);
    const retention = setInterval(() => {
      compactOlderThan(store, new Date(Date.now() - settings.feedRetentionMs)).catch(
        (error: unknown) => app.log.warn({ err: error }, 'feed retention failed'),
      );
    }, RETENTION_INTERVAL_MS);
    retention.unref();
    const stopScheduler = startArticleScheduler(store, app.log);
    ready = true;
    let closing: Promise<void> | undefined;
    return {
      url: `http://${urlHost(options.host ?? DEFAULT_HOST)}:${port}`,
      port,
      store,
      app,
      push: hub,
      bootstrap,
      close: () =>
        (closing ??= (async () => {
          ready = false;
          clearInterval(retention);
          stopScheduler();
          await app.close();
          if (ownsStore) await store.close();
        })()),
    };
  } catch (error) {
    await push?.stop();
    await app.close().catch(() => undefined);
    if (ownsStore) await store.close().catch(() => undefined);
    throw error;
  }
}

function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base } from '@playwright/test';
import { AgentCore } from '../../electron/core/agent-core';
import { startWebHost, type WebHost } from '../../electron/core/web-host';
import { startServer, type RunningServer } from '../../server/server';
import { RENDERER_OUT } from '../../scripts/lib/renderer-build';
import { FlakyProxy } from '../integration/support/flaky-proxy';
import { apiCall } from '../../scripts/lib/api-call';

/** Demo accounts (server/demo/README.md). */
export const DEMO = {
  agent: { username: 'agent.cards', password: 'demo-password-agent-cards' },
};
/** The server's first administrator (publishes without review). */
const ADMIN = { username: 'admin', password: 'e2e-admin-pass' };

export interface SyncedAgent {
  url: string;
  core: AgentCore;
  /** Between this agent and the server, to take it offline. */
  proxy: FlakyProxy;
  /** The agent's data folder (replica, settings, session). */
  dataDir: string;
  /** Restarts the app: closes this host and opens a new one on the same data folder (`url` and `core` change). */
  restart(): Promise<void>;
}

/**
 * A real knowledge server (embedded PGlite, demo knowledge base and accounts) per Playwright
 * worker, and per test a web-mode agent host with an empty replica pointed at it.
 */
export const test = base.extend<{ synced: SyncedAgent }, { kb: RunningServer }>({
  kb: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await startServer({ port: 0, demo: true, adminPassword: ADMIN.password });
      await use(server);
      await server.close();
    },
    { scope: 'worker', timeout: 120_000 },
  ],
  synced: async ({ kb }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cuecard-e2e-sync-'));
    const proxy = await FlakyProxy.start(kb.url);
    const open = async () => {
      const core = await AgentCore.open({
        dataDir,
        host: 'web',
        version: 'e2e',
        syncClient: { backoff: { initialMs: 200, maxMs: 1_000 } },
      });
      const web: WebHost = await startWebHost({ core, rendererDir: RENDERER_OUT, port: 0 });
      return { core, web };
    };
    let host = await open();
    await host.core.updateSettings({ serverUrl: proxy.url });
    const agent: SyncedAgent = {
      url: host.web.url,
      core: host.core,
      proxy,
      dataDir,
      async restart() {
        await host.web.close();
        host.core.close();
        host = await open();
        agent.url = host.web.url;
        agent.core = host.core;
      },
    };
    await use(agent);
    await host.web.close();
    host.core.close();
    await proxy.close();
    rmSync(dataDir, { recursive: true, force: true });
  },
});

/**
 * Confirms the urgent notices waiting on this desk (the demo knowledge base has one: an outage
 * that every agent must confirm before working, issue 8). Tests about other things call this
 * after the first sync, as an agent would click "Read and understood" first.
 */
export async function confirmUrgentNotices(core: AgentCore): Promise<void> {
  for (const notice of (await core.getPendingNotices()).mustAcknowledge) {
    await core.acknowledgeNotice({ id: notice.id });
  }
}

/** Publishes an article as the administrator, through the server's authoring API. */
export async function publishArticle(
  kb: RunningServer,
  id: string,
  variants: { lang: string; title: string; body: string }[],
): Promise<void> {
  const call = (method: string, path: string, token: string | null, body: unknown) =>
    apiCall(kb.url, method, path, body, token ?? undefined);
  const { token } = (await call('POST', '/api/auth/login', null, ADMIN)) as { token: string };
  await call('PUT', `/api/authoring/articles/${id}`, token, { type: 'reference' });
  for (const v of variants) {
    await call('PUT', `/api/authoring/articles/${id}/variants/${v.lang}`, token, {
      title: v.title,
      bodyHtml: `<p>${v.body}</p>`,
      publish: true,
    });
  }
}

export { expect } from '@playwright/test';

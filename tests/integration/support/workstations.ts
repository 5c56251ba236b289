import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AgentCore, type AgentCoreOptions } from '../../../electron/core/agent-core';
import type { Harness, TestUser } from '../../../server/test-support/harness';
import { USER_PASSWORD } from '../../../server/test-support/harness';
import { FlakyProxy } from './flaky-proxy';

export interface Workstation {
  core: AgentCore;
  proxy: FlakyProxy;
  dataDir: string;
  user: TestUser;
  /** Closes the core (the data folder stays, for a restart). */
  stop(): void;
  /** Opens the same data folder again, as after a restart of the app. */
  restart(): Promise<void>;
  dispose(): Promise<void>;
}

/** Fast retries: the tests wait for convergence, not for production backoff. */
export const TEST_SYNC: AgentCoreOptions['syncClient'] = {
  backoff: { initialMs: 50, maxMs: 400 },
  pullIntervalMs: 30_000,
};

/**
 * A real AgentCore (real SQLite replica and outbox files) signed in to the harness's real
 * server through its own FlakyProxy, so one workstation at a time can go offline.
 */
export async function openWorkstation(
  h: Harness,
  user: TestUser,
  options: Partial<AgentCoreOptions> = {},
): Promise<Workstation> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cuecard-ws-'));
  const proxy = await FlakyProxy.start(h.server.url);
  const open = () =>
    AgentCore.open({
      dataDir,
      host: 'web',
      version: 'test',
      syncClient: TEST_SYNC,
      ...options,
    });
  const ws: Workstation = {
    core: await open(),
    proxy,
    dataDir,
    user,
    stop: () => ws.core.close(),
    async restart() {
      ws.core = await open();
    },
    async dispose() {
      ws.core.close();
      await proxy.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  const signedIn = await ws.core.signIn({
    serverUrl: proxy.url,
    username: user.username,
    password: USER_PASSWORD,
  });
  if (!signedIn.ok) throw new Error(`sign-in failed: ${signedIn.problem} ${signedIn.detail}`);
  await ws.core.syncNow();
  return ws;
}

/** Polls `check` until it returns true; fails with `what` after `timeoutMs`. */
export async function waitFor(
  what: string,
  check: () => boolean | Promise<boolean>,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export async function searchIds(core: AgentCore, text: string): Promise<string[]> {
  const result = await core.search({ text });
  return result.hits.map((h) => h.id);
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base } from '@playwright/test';
import { AgentCore } from '../../electron/core/agent-core';
import { startWebHost, type WebHost } from '../../electron/core/web-host';
import { importArticlesFile } from '../../db/import';
import { RENDERER_OUT, ROOT } from '../../scripts/lib/renderer-build';

export interface AgentHostFixture {
  url: string;
  dataDir: string;
  core: AgentCore;
}

/** Each test gets a real web-mode host with a fresh data folder and the demo knowledge base. */
export const test = base.extend<{ agent: AgentHostFixture }>({
  // Playwright reads fixture dependencies from the destructuring pattern; this one has none.
  // eslint-disable-next-line no-empty-pattern
  agent: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cuecard-e2e-'));
    const core = await AgentCore.open({ dataDir, host: 'web', version: 'e2e' });
    importArticlesFile(core.replica, join(ROOT, 'server', 'demo', 'articles.jsonl'));
    const web: WebHost = await startWebHost({ core, rendererDir: RENDERER_OUT, port: 0 });
    await use({ url: web.url, dataDir, core });
    await web.close();
    core.close();
    rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';

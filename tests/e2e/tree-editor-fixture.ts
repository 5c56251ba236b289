import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { AgentCore } from '../../electron/core/agent-core';
import { startWebHost, type WebHost } from '../../electron/core/web-host';
import { RENDERER_OUT } from '../../scripts/lib/renderer-build';
import { test as kbTest } from './kb-server';

/** Demo accounts that write and publish content (server/demo/README.md). */
export const AUTHORS = {
  author: { username: 'author.kb', password: 'demo-password-author-kb' },
  reviewer: { username: 'reviewer.kb', password: 'demo-password-reviewer-kb' },
};

export interface Workstation {
  url: string;
  core: AgentCore;
}

/**
 * kb-server's fixture plus a second workstation (its own replica and web host, straight to the
 * server): what one author publishes must reach another agent's desk through sync.
 */
export const test = kbTest.extend<{ second: Workstation }>({
  second: async ({ kb }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cuecard-e2e-second-'));
    const core = await AgentCore.open({
      dataDir,
      host: 'web',
      version: 'e2e',
      syncClient: { backoff: { initialMs: 200, maxMs: 1_000 } },
    });
    await core.updateSettings({ serverUrl: kb.url });
    const web: WebHost = await startWebHost({ core, rendererDir: RENDERER_OUT, port: 0 });
    await use({ url: web.url, core });
    await web.close();
    core.close();
    rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect } from './kb-server';

/** Page object for the tree editor (renderer/src/screens/tree-editor). */
export class TreeEditorPage {
  readonly root: Locator;
  readonly form: Locator;
  readonly formProblems: Locator;
  readonly diagram: Locator;
  readonly save: Locator;
  readonly publish: Locator;
  readonly saveStatus: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('tree-editor');
    this.form = page.getByTestId('tree-node-form');
    this.formProblems = page.getByTestId('tree-node-problems');
    this.diagram = page.getByTestId('tree-diagram');
    this.save = page.getByTestId('tree-save');
    this.publish = page.getByTestId('tree-publish');
    this.saveStatus = page.getByTestId('tree-save-status');
  }

  async open(base: string, edit: string): Promise<void> {
    await this.page.goto(new URL(`#/troubleshoot?edit=${encodeURIComponent(edit)}`, base).href);
  }

  /** The text input of one language in a localized field group. */
  localized(group: Locator, lang: string): Locator {
    return group.locator(`[data-lang="${lang}"]`);
  }

  chip(nodeId: string): Locator {
    return this.page.locator(`[data-testid="tree-node-chip"][data-node="${nodeId}"]`);
  }

  diagramNode(nodeId: string): Locator {
    return this.page.locator(`[data-testid="tree-diagram-node"][data-node="${nodeId}"]`);
  }

  async addNode(kind: string): Promise<void> {
    await this.page.getByTestId('tree-new-node-kind').selectOption(kind);
    await this.page.getByTestId('tree-add-node').click();
  }

  async renameSelected(id: string): Promise<void> {
    const field = this.form.getByTestId('tree-node-id');
    await field.fill(id);
    await field.blur();
    await this.page.locator(`[data-testid="tree-node-form"][data-node="${id}"]`).waitFor();
  }
}

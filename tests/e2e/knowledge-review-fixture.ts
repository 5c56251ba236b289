import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from '@playwright/test';
import { AgentCore } from '../../electron/core/agent-core';
import { startWebHost, type WebHost } from '../../electron/core/web-host';
import { RENDERER_OUT } from '../../scripts/lib/renderer-build';
import type {
  AuthoringInput,
  AuthoringOp,
  AuthoringOutcome,
} from '../../shared/workstation/authoring';
import { confirmUrgentNotices, expect as baseExpect, test as kbTest } from './kb-server';

/** Demo accounts (server/demo/README.md): password is demo-password-<name with - for .>. */
export const USERS = {
  author: { username: 'author.kb', password: 'demo-password-author-kb' },
  reviewer: { username: 'reviewer.kb', password: 'demo-password-reviewer-kb' },
  agent: { username: 'agent.cards', password: 'demo-password-agent-cards' },
};

export interface Desk {
  core: AgentCore;
  url: string;
  page: Page;
  /** An authoring call as this user, failing the test when the server refuses it. */
  call<K extends AuthoringOp>(
    request: AuthoringInput<K>,
  ): Promise<Extract<AuthoringOutcome<K>, { ok: true }>>;
  goto(hash: string): Promise<void>;
}

/**
 * kb-server's real server plus any number of workstations, each its own replica, web host and
 * browser context: the author, the reviewer and an agent work side by side as in an office.
 */
export const test = kbTest.extend<{
  desk: (user: keyof typeof USERS, uiLanguage?: string) => Promise<Desk>;
}>({
  desk: async ({ kb, browser }, use) => {
    const opened: { core: AgentCore; web: WebHost; dir: string; close: () => Promise<void> }[] = [];
    await use(async (user, uiLanguage = 'en') => {
      const dir = mkdtempSync(join(tmpdir(), `cuecard-e2e-review-${user}-`));
      const core = await AgentCore.open({
        dataDir: dir,
        host: 'web',
        version: 'e2e',
        syncClient: { backoff: { initialMs: 200, maxMs: 1_000 } },
      });
      await core.updateSettings({ serverUrl: kb.url, uiLanguage: uiLanguage as 'en' });
      const web = await startWebHost({ core, rendererDir: RENDERER_OUT, port: 0 });
      const context = await (browser as Browser).newContext();
      opened.push({ core, web, dir, close: () => context.close() });
      const signed = await core.signIn(USERS[user]);
      if (!signed.ok) throw new Error(`sign-in of ${user} failed`);
      await core.syncNow();
      await confirmUrgentNotices(core);
      const page = await context.newPage();
      return {
        core,
        url: web.url,
        page,
        async call(request) {
          const outcome = await core.authoring(request);
          if (!outcome.ok) throw new Error(`${request.op}: ${outcome.problem} ${outcome.message}`);
          return outcome as never;
        },
        async goto(hash) {
          await page.goto(new URL(hash, web.url).href);
        },
      };
    });
    for (const o of opened) {
      await o.close();
      await o.web.close();
      o.core.close();
      rmSync(o.dir, { recursive: true, force: true });
    }
  },
});

/** Patient: several workstations, a server and a scheduler share a small machine (no timing is asserted). */
export const expect = baseExpect.configure({ timeout: 20_000 });

/** The review tab, the review view with its workflow panel, and the history (renderer/src/screens/knowledge). */
export class ReviewPage {
  readonly panel: Locator;
  readonly status: Locator;
  readonly diff: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByTestId('workflow-panel');
    this.status = page.getByTestId('workflow-status');
    this.diff = page.getByTestId('diff-view');
  }

  queueItem(list: string, id: string): Locator {
    return this.page.getByTestId(list).locator(`[data-testid="review-item"][data-article="${id}"]`);
  }

  /** Chooses a workflow action, writes the comment and runs it. */
  async act(action: string, comment: string, publishAtLocal?: string): Promise<void> {
    await this.panel.getByTestId(`workflow-action-${action}`).click();
    if (publishAtLocal) {
      await this.panel.getByTestId('workflow-when-later').check();
      await this.panel.getByTestId('workflow-publish-at').fill(publishAtLocal);
    }
    await this.panel.getByTestId('workflow-comment-input').fill(comment);
    await this.panel.getByTestId('workflow-run').click();
  }
}

/** A `datetime-local` value for a moment in the future, in this machine's (and the browser's) zone. */
export function localDateTime(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`
  );
}

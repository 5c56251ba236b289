import type { Locator, Page } from '@playwright/test';
import type { AgentCore } from '../../electron/core/agent-core';
import { confirmUrgentNotices } from './kb-server';

/** Demo accounts (server/demo/README.md). */
export const ACCOUNTS = {
  author: { username: 'author.kb', password: 'demo-password-author-kb' },
  agent: { username: 'agent.cards', password: 'demo-password-agent-cards' },
};

export const SAMPLE_DOCX = 'tests/fixtures/card-replacement-guide.docx';

export async function signIn(core: AgentCore, who: keyof typeof ACCOUNTS): Promise<void> {
  const result = await core.signIn(ACCOUNTS[who]);
  if (!result.ok) throw new Error(`${who} could not sign in: ${JSON.stringify(result)}`);
  await core.syncNow();
  await confirmUrgentNotices(core);
}

/** Collects CSP reports from the page (TipTap must work under style-src 'self'). */
export async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    // Runs in the page; typed by hand because tests compile without the DOM library.
    type Violation = { violatedDirective: string; blockedURI: string };
    const g = globalThis as unknown as {
      cspViolations: string[];
      document: { addEventListener(type: string, listener: (e: Violation) => void): void };
    };
    g.cspViolations = [];
    g.document.addEventListener('securitypolicyviolation', (e) =>
      g.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return () =>
    page.evaluate(() => (globalThis as { cspViolations?: string[] }).cspViolations ?? []);
}

/** Page object for the article editor (renderer/src/screens/knowledge/articles). */
export class ArticleEditorPage {
  readonly root: Locator;
  readonly save: Locator;
  readonly saveStatus: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('article-editor');
    this.save = page.getByTestId('article-save');
    this.saveStatus = page.getByTestId('article-save-status');
  }

  async openList(base: string): Promise<void> {
    await this.page.goto(new URL('#/knowledge?tab=articles', base).href);
  }

  async open(base: string, doc: string): Promise<void> {
    await this.page.goto(new URL(`#/knowledge?doc=${encodeURIComponent(doc)}`, base).href);
  }

  variant(lang: string): Locator {
    return this.page.locator(`[data-testid="article-variant"][data-lang="${lang}"]`);
  }

  body(lang: string): Locator {
    return this.variant(lang).getByTestId('article-body-editor');
  }

  /** A toolbar button of one variant's body. */
  tool(lang: string, key: string): Locator {
    return this.variant(lang).getByTestId(`rt-${key}`);
  }

  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }
}

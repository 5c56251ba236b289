import type { Locator, Page } from '@playwright/test';

/** Page object for the app frame (STYLE.md: page objects for screens). */
export class AppFrame {
  readonly languageSwitcher: Locator;
  readonly screenTitle: Locator;

  constructor(readonly page: Page) {
    this.languageSwitcher = page.getByTestId('language-switcher');
    this.screenTitle = page.getByTestId('screen-title');
  }

  nav(section: 'home' | 'search' | 'browse' | 'troubleshoot' | 'notices' | 'settings'): Locator {
    return this.page.getByTestId(`nav-${section}`);
  }

  async navTexts(): Promise<string[]> {
    const sections = ['home', 'search', 'browse', 'troubleshoot', 'notices'] as const;
    return Promise.all(sections.map((s) => this.nav(s).innerText()));
  }

  async switchLanguage(code: string): Promise<void> {
    await this.languageSwitcher.selectOption(code);
    await this.page.locator(`html[lang="${code}"]`).waitFor();
  }
}

export class SearchScreen {
  readonly input: Locator;
  readonly results: Locator;

  constructor(readonly page: Page) {
    this.input = page.getByTestId('search-input');
    this.results = page.getByTestId('search-result');
  }
}

/** Page object for the Troubleshoot section: the list of trees and the runner (issue 7). */
export class TroubleshootScreen {
  readonly filter: Locator;
  readonly items: Locator;
  readonly runner: Locator;
  readonly question: Locator;
  readonly choices: Locator;
  readonly input: Locator;
  readonly done: Locator;
  readonly path: Locator;
  readonly variables: Locator;
  readonly outcome: Locator;
  readonly transcript: Locator;
  readonly copyTranscript: Locator;
  readonly resume: Locator;
  readonly startOver: Locator;
  readonly restart: Locator;

  constructor(readonly page: Page) {
    this.filter = page.getByTestId('tree-filter');
    this.items = page.getByTestId('tree-list-item');
    this.runner = page.getByTestId('tree-runner');
    this.question = page.getByTestId('tree-question');
    this.choices = page.getByTestId('tree-choice');
    this.input = page.getByTestId('tree-input');
    this.done = page.getByTestId('tree-done');
    this.path = page.getByTestId('tree-path-step');
    this.variables = page.getByTestId('tree-variables');
    this.outcome = page.getByTestId('tree-outcome');
    this.transcript = page.getByTestId('tree-transcript');
    this.copyTranscript = page.getByTestId('tree-copy-transcript');
    this.resume = page.getByTestId('tree-resume-continue');
    this.startOver = page.getByTestId('tree-start-over');
    this.restart = page.getByTestId('tree-restart');
  }

  item(treeId: string): Locator {
    return this.page.locator(`[data-testid="tree-list-item"][data-tree-id="${treeId}"]`);
  }

  /** Waits until the runner shows `nodeId` (a question, input, step or end). */
  async at(nodeId: string): Promise<void> {
    await this.page.locator(`[data-testid="tree-runner"][data-node="${nodeId}"]`).waitFor();
  }
}

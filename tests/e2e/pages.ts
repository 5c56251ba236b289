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

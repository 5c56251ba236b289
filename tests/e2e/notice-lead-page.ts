import type { Locator, Page } from '@playwright/test';

/** Demo team lead of cards and banking (server/demo/README.md). */
export const LEAD = { username: 'lead.cards', password: 'demo-password-lead-cards' };

/** Page object for the leads' notices (renderer/src/screens/notice-lead). */
export class NoticeLeadPage {
  readonly compose: Locator;
  readonly title: Locator;
  readonly id: Locator;
  readonly preview: Locator;
  readonly send: Locator;
  readonly problem: Locator;
  readonly followUp: Locator;
  /** The overall counts of the open follow-up (data-read, data-acknowledged). */
  readonly counts: Locator;
  readonly remind: Locator;

  constructor(readonly page: Page) {
    this.compose = page.getByTestId('notice-compose-screen');
    this.title = page.getByTestId('notice-title');
    this.id = page.getByTestId('notice-id');
    this.preview = page.getByTestId('notice-preview');
    this.send = page.getByTestId('notice-send');
    this.problem = page.getByTestId('notice-lead-problem');
    this.followUp = page.getByTestId('notice-follow-up');
    this.counts = page.locator('.follow-up-summary .progress-label');
    this.remind = page.getByTestId('notice-remind');
  }

  async openCompose(base: string): Promise<void> {
    await this.page.goto(new URL('#/notices?compose=new', base).href);
    await this.compose.waitFor();
  }

  async openFollowUp(base: string, id: string): Promise<void> {
    await this.page.goto(new URL(`#/notices?followUp=${encodeURIComponent(id)}`, base).href);
  }

  async priority(value: 'info' | 'important' | 'urgent'): Promise<void> {
    await this.page.locator(`input[name="notice-priority"][value="${value}"]`).check();
  }

  tab(lang: string): Locator {
    return this.page.locator(`[data-testid="notice-variant-tab"][data-lang="${lang}"]`);
  }

  /** Writes one language: the title, then a paragraph and a bulleted item through the toolbar. */
  async variant(lang: string, title: string, paragraph: string, bullet: string): Promise<void> {
    await this.tab(lang).click();
    await this.title.fill(title);
    const body = this.page.getByTestId('notice-body-editor');
    await body.click();
    await this.page.keyboard.type(paragraph);
    await this.page.keyboard.press('Enter');
    await this.page.locator('.rich-text-toolbar .rt-bulletList').click();
    await this.page.locator('.rich-text-toolbar .rt-bold').click();
    await this.page.keyboard.type(bullet);
  }

  async audienceBusinessLine(id: string): Promise<void> {
    await this.page.getByTestId('notice-audience-chosen').check();
    await this.page
      .locator(`[data-testid="notice-audience-businessLines"] [data-unit="${id}"] input`)
      .check();
  }

  async linkArticle(search: string, articleId: string): Promise<void> {
    await this.page.getByTestId('notice-link-search').fill(search);
    await this.page
      .locator(`[data-testid="notice-link-hits"] li[data-article-id="${articleId}"] button`)
      .first()
      .click();
  }

  recipient(username: string): Locator {
    return this.page.locator(`[data-testid="notice-recipient"][data-user="${username}"]`);
  }
}

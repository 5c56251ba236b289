import type { Page } from '@playwright/test';
import { AppFrame } from './pages';
import { confirmUrgentNotices, DEMO, expect, test, type SyncedAgent } from './kb-server';

/*
 * Issue 6, item 9: the agent's desk in the browser, against a real server with the demo
 * knowledge base (web mode). R1 (quick search), R3 (customers' words, typos), R4, R8, R10–R12.
 */

async function signedIn(page: Page, synced: SyncedAgent, language: string): Promise<AppFrame> {
  expect(await synced.core.signIn(DEMO.agent)).toEqual({ ok: true });
  await synced.core.syncNow();
  await confirmUrgentNotices(synced.core);
  await synced.core.updateSettings({ contentLanguages: ['en', 'zh-Hans', 'zh-Hant', 'hu', 'id'] });
  const frame = new AppFrame(page);
  await page.goto(synced.url);
  await frame.switchLanguage(language);
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-status', 'online');
  return frame;
}

async function quickSearch(page: Page, text: string) {
  await page.getByTestId('open-quick-search').click();
  const popup = page.getByTestId('quick-search');
  await expect(popup).toBeVisible();
  const input = page.getByTestId('quick-search-input');
  await input.fill(text);
  return popup;
}

test('quick search: a 2-character Chinese word (zh-CN), Hungarian without accents, Indonesian, English with a typo', async ({
  page,
  synced,
}) => {
  await signedIn(page, synced, 'zh-CN');
  const results = page.getByTestId('quick-search-result');
  await quickSearch(page, '密码');
  await expect(results.first()).toContainText('密码');
  await page.screenshot({ path: 'docs/screenshots/desk-popup-zh-CN.png' });

  await page.getByTestId('quick-search-input').fill('kartya letiltasa');
  await expect(results.first()).toContainText(/kártya/i);
  await page.getByTestId('quick-search-input').fill('kartu hilang');
  await expect(results.first()).toContainText(/kartu/i);
  await page.getByTestId('quick-search-input').fill('pasword reset');
  await expect(results.first()).toContainText(/password/i);

  // ↓ then Enter opens the second hit; Esc closes the popup.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('quick-search')).toBeHidden();
});

test('open an article, vote and flag it: the feedback reaches the server (R11, R12)', async ({
  page,
  synced,
  kb,
}) => {
  await signedIn(page, synced, 'hu');
  await quickSearch(page, 'elveszett kartya');
  await page.getByTestId('quick-search-result').first().click();
  await expect(page.getByTestId('article-title')).toBeVisible();
  await expect(page.getByTestId('article-breadcrumb').first()).toBeVisible();
  await page.getByTestId('feedback-helpful').click();
  await page.getByTestId('feedback-flag').click();
  await page.getByTestId('feedback-flag-reason').nth(1).check();
  await page.getByTestId('feedback-flag-comment').fill('A díj összege megváltozott.');
  await page.getByTestId('feedback-flag-send').click();
  await synced.core.syncNow();
  await expect
    .poll(async () => {
      const rows = await kb.store.query<{ type: string; kind: string }>(
        `SELECT type, payload->>'kind' AS kind FROM agent_events WHERE type = 'feedback' ORDER BY id`,
      );
      return rows.map((r) => r.kind);
    })
    .toEqual(expect.arrayContaining(['helpful', 'flag']));
});

test('a canned response is copied with its placeholders filled (R10)', async ({
  page,
  synced,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await signedIn(page, synced, 'en');
  await quickSearch(page, 'reply card blocked');
  const canned = page.locator('[data-testid="quick-search-result"][data-type="canned"]').first();
  await expect(canned).toBeVisible();
  await canned.click();
  const form = page.getByTestId('canned-form');
  await expect(form).toBeVisible();
  await page
    .locator('[data-testid="canned-field"][data-placeholder="customer.name"]')
    .fill('Mr Kovács');
  await expect(page.getByTestId('canned-preview')).toContainText('Dear Mr Kovács,');
  await page.getByTestId('canned-copy').click();
  const copied = await page.evaluate('navigator.clipboard.readText()');
  expect(typeof copied).toBe('string');
  expect(copied).toContain('Dear Mr Kovács,');
  expect(copied).not.toContain('{{');
  expect(copied).toMatch(/\d/); // {{today}} became a date
});

const READING: Record<'zh-TW' | 'hu', ('zh-Hant' | 'hu' | 'en')[]> = {
  'zh-TW': ['zh-Hant', 'en'],
  hu: ['hu', 'en'],
};

for (const language of ['zh-TW', 'hu'] as const) {
  test(`browse to an article that sits in two categories; home lists (${language}) (R8, R18)`, async ({
    page,
    synced,
  }) => {
    const frame = await signedIn(page, synced, language);
    await synced.core.updateSettings({ contentLanguages: READING[language] });
    const id = 'disputed-card-transaction';
    const details = await synced.core.getArticleDetails({ id });
    const title = (await synced.core.getArticle({ id }))?.title ?? '';
    expect(details?.breadcrumbs).toHaveLength(2);
    await frame.nav('browse').click();
    await expect(page.getByTestId('category-tree')).toBeVisible();
    const row = (categoryId: string) =>
      page.locator(`[data-testid="category-node"][data-category-id="${categoryId}"] > .tree-row`);
    for (const path of details?.breadcrumbs ?? []) {
      for (const category of path) await row(category.id).click();
      const listed = page.getByTestId('category-articles').getByTestId('browse-article');
      await expect(listed.filter({ hasText: title })).toHaveCount(1);
    }
    await page.screenshot({ path: `docs/screenshots/desk-browse-${language}.png` });

    await page
      .getByTestId('category-articles')
      .getByTestId('browse-article')
      .filter({ hasText: title })
      .click();
    await expect(page.getByTestId('article-title')).toHaveText(title);
    await expect(page.getByTestId('article-breadcrumb-path')).toHaveCount(2);
    await page.getByTestId('favourite-toggle').click();
    await page.screenshot({ path: `docs/screenshots/desk-article-${language}.png` });

    await frame.nav('home').click();
    await expect(page.getByTestId('recent-list')).toContainText(title);
    await expect(page.getByTestId('favourites-list')).toContainText(title);
    await page.screenshot({ path: `docs/screenshots/desk-home-${language}.png`, fullPage: true });

    await quickSearch(page, language === 'hu' ? 'jelszo' : '密碼');
    await expect(page.getByTestId('quick-search-result').first()).toBeVisible();
    await page.screenshot({ path: `docs/screenshots/desk-popup-${language}.png` });
  });
}

// Issue 2 "Done when": web mode in Chromium, the language switched to zh-TW and then hu (R10).
import { expect, test } from './fixtures';
import { AppFrame, SearchScreen } from './pages';

test('switching the UI language to zh-TW and then hu changes the visible text', async ({
  page,
  agent,
}) => {
  await page.goto(agent.url);
  const app = new AppFrame(page);
  await expect(app.nav('home')).toBeVisible();
  const english = await app.navTexts();
  expect(english[0]).toBe('Home');

  await app.switchLanguage('zh-TW');
  const traditional = await app.navTexts();
  expect(traditional.every((text, i) => text !== english[i])).toBe(true);
  expect(traditional.join('')).toMatch(/\p{Script=Han}/u);
  await page.screenshot({ path: 'docs/screenshots/shell-zh-TW.png' });

  await app.switchLanguage('hu');
  const hungarian = await app.navTexts();
  expect(hungarian.every((text, i) => text !== english[i] && text !== traditional[i])).toBe(true);
  await page.screenshot({ path: 'docs/screenshots/shell-hu.png' });

  // The choice is a setting kept by AgentCore, so it survives a reload.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'hu');
  expect((await agent.core.getSettings()).uiLanguage).toBe('hu');
});

test('a language change in one window reaches the others through the event stream', async ({
  page,
  context,
  agent,
}) => {
  await page.goto(agent.url);
  const other = await context.newPage();
  await other.goto(agent.url);
  const second = new AppFrame(other);
  await expect(second.nav('home')).toHaveText('Home');
  await new AppFrame(page).switchLanguage('id');
  await expect(other.locator('html')).toHaveAttribute('lang', 'id');
  await expect(second.nav('home')).not.toHaveText('Home');
});

test('every section in the navigation opens a screen with a title', async ({ page, agent }) => {
  await page.goto(agent.url);
  const app = new AppFrame(page);
  for (const section of [
    'home',
    'search',
    'browse',
    'troubleshoot',
    'notices',
    'settings',
  ] as const) {
    await app.nav(section).click();
    await expect(app.screenTitle).toBeVisible();
    await expect(app.screenTitle).not.toBeEmpty();
  }
});

test('search finds a demo article and opens it', async ({ page, agent }) => {
  await page.goto(agent.url);
  await new AppFrame(page).nav('search').click();
  const search = new SearchScreen(page);
  await search.input.fill('password');
  await expect(search.results.first()).toBeVisible();
  await search.results.first().click();
  await expect(page.getByTestId('article-view')).toBeVisible();
  await expect(page.getByTestId('article-title')).toContainText(/password/i);
});

test('search covers the UI language: Hungarian typed without accents, Simplified typed on a Traditional screen', async ({
  page,
  agent,
}) => {
  await page.goto(agent.url);
  const app = new AppFrame(page);
  const search = new SearchScreen(page);
  await app.switchLanguage('hu');
  await app.nav('search').click();
  await search.input.fill('jelszo');
  await expect(search.results.first()).toBeVisible();
  await expect(search.results.first()).toContainText(/jelszó/i);

  await app.switchLanguage('zh-TW');
  await search.input.fill('重设密码');
  // The list still shows the Hungarian results until the new search answers.
  await expect(search.results.first()).toContainText('密碼');
  await expect(search.results.first().locator('mark').first()).toBeVisible();
  await page.screenshot({ path: 'docs/screenshots/search-zh-TW.png' });
});

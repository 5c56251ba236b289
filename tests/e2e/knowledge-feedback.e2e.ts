import { confirmUrgentNotices, DEMO } from './kb-server';
import {
  articleOwner,
  AUTHORS,
  expect,
  FLAGGED_ARTICLE,
  openAt,
  test,
} from './knowledge-feedback-fixture';

/*
 * Issue 9 items 5 and 6 in the browser, against the real server: the feedback loop of R17 end to
 * end (an agent flags an article, its owner answers from the inbox, the agent hears back and sees
 * the answer on Home; an agent suggests an edit and the owner opens it as a draft revision), and
 * the owners' notifications of R16 (the to-do badge on the Knowledge navigation item).
 */

const article = FLAGGED_ARTICLE;
const articleHash = `#/search?article=${article.id}&lang=${article.lang}`;

test('R17: a flag reaches the owner’s inbox, the owner replies, and the agent sees the answer', async ({
  page,
  context,
  kb,
  synced,
  second,
}) => {
  test.setTimeout(120_000);
  const owner = await articleOwner(kb, article.id);
  const stamp = Date.now();
  const comment = `The fee table lists last year’s replacement fee (${stamp}).`;
  const reply = `Thanks, corrected the replacement fee (${stamp}).`;

  // The agent (workstation 1) reports the article as wrong, with a comment.
  expect(await synced.core.signIn(DEMO.agent)).toEqual({ ok: true });
  await synced.core.syncNow();
  await confirmUrgentNotices(synced.core);
  await openAt(page, synced.url, articleHash);
  await expect(page.getByTestId('article-title')).toHaveText(article.title);
  await page.getByTestId('feedback-flag').click();
  await page.getByTestId('feedback-flag-reason').first().check();
  await page.getByTestId('feedback-flag-comment').fill(comment);
  await page.getByTestId('feedback-flag-send').click();
  await expect(page.getByTestId('feedback-status')).not.toBeEmpty();
  // The outbox delivers it with the next sync.
  await synced.core.syncNow();

  // The owner (workstation 2) is told there is work, and finds the flag in the inbox.
  expect(await second.core.signIn(owner)).toEqual({ ok: true });
  await second.core.syncNow();
  await confirmUrgentNotices(second.core);
  const ownerPage = await context.newPage();
  await openAt(ownerPage, second.url, '#/knowledge?tab=inbox');
  await expect(ownerPage.getByTestId('nav-knowledge-badge')).toBeVisible();
  await expect(
    ownerPage.getByTestId('knowledge-tab-inbox').getByTestId('knowledge-tab-badge'),
  ).toBeVisible();
  const flagged = ownerPage.getByTestId('inbox-item').filter({ hasText: comment });
  await expect(flagged).toBeVisible({ timeout: 10_000 });
  await expect(flagged).toContainText(article.title);
  await expect(flagged).toContainText('Reported: wrong');

  // A reply needs text: the agent is told why.
  await flagged.getByTestId('inbox-replied').click();
  await flagged.getByTestId('inbox-resolve-send').click();
  await expect(flagged.getByTestId('inbox-resolve-problem')).toContainText('Write a reply');
  await flagged.getByTestId('inbox-reply').fill(reply);
  await flagged.getByTestId('inbox-resolve-send').click();
  await expect(ownerPage.getByTestId('inbox-done')).toHaveText('Reply sent to the agent.');
  await expect(flagged).toHaveCount(0);
  await ownerPage.getByTestId('inbox-status').locator('[data-value="closed"]').click();
  await expect(
    ownerPage.getByTestId('inbox-item').filter({ hasText: comment }).getByTestId('inbox-answer'),
  ).toContainText(reply);

  // The agent hears back after the next sync: a toast that opens My feedback on Home.
  await synced.core.syncNow();
  const toast = page.getByTestId('toast').filter({ hasText: article.title });
  await expect(toast).toContainText(`The owner answered your feedback on ${article.title}`, {
    timeout: 15_000,
  });
  await toast.getByTestId('toast-show').click();
  await expect(page).toHaveURL(/#\/home\?show=my-feedback$/);
  const mine = page.getByTestId('my-feedback-item').filter({ hasText: comment });
  await expect(mine.getByTestId('my-feedback-status')).toHaveText('Answered');
  await expect(mine.getByTestId('my-feedback-reply')).toContainText(reply);
  await page.screenshot({ path: test.info().outputPath('my-feedback.png') });
  // Still there after a reload (read from the server, not only from the event).
  await page.reload();
  await expect(
    page
      .getByTestId('my-feedback-item')
      .filter({ hasText: comment })
      .getByTestId('my-feedback-reply'),
  ).toContainText(reply);
});

test('R17: an agent suggests an edit; the owner sees it in the inbox and opens it as a draft revision', async ({
  page,
  context,
  kb,
  synced,
  second,
}) => {
  test.setTimeout(120_000);
  const owner = await articleOwner(kb, article.id);
  const stamp = Date.now();
  const note = `Customers can also block the card in the app (${stamp}).`;

  expect(await synced.core.signIn(DEMO.agent)).toEqual({ ok: true });
  await synced.core.syncNow();
  await confirmUrgentNotices(synced.core);
  await openAt(page, synced.url, articleHash);
  await expect(page.getByTestId('article-title')).toHaveText(article.title);
  await page.getByTestId('suggest-edit').click();
  const form = page.getByTestId('suggest-form');
  await expect(form.getByTestId('suggest-title')).toHaveValue(article.title);
  // Unchanged text is not sent.
  await form.getByTestId('suggest-send').click();
  await expect(form.getByTestId('suggest-problem')).toHaveText(
    'You have not changed anything yet.',
  );
  const text = form.getByTestId('suggest-text');
  await expect(text).toHaveValue(/block first, ask questions afterwards/);
  await text.fill(`${await text.inputValue()}\n\n${note}`);
  await form
    .getByTestId('suggest-comment')
    .fill('The app can block cards since the spring release.');
  await form.getByTestId('suggest-send').click();
  await page.screenshot({ path: test.info().outputPath('suggest-sent.png') });
  await expect(page.getByTestId('suggest-status')).toHaveText(
    'Sent to the article’s owner. You will see the answer in “My feedback” on Home.',
  );

  expect(await second.core.signIn(owner)).toEqual({ ok: true });
  await second.core.syncNow();
  await confirmUrgentNotices(second.core);
  const ownerPage = await context.newPage();
  await openAt(ownerPage, second.url, '#/knowledge?tab=inbox');
  const suggestion = ownerPage
    .getByTestId('inbox-item')
    .filter({ hasText: 'The app can block cards since the spring release.' });
  await expect(suggestion).toContainText('Suggested edit', { timeout: 10_000 });
  await expect(suggestion).toContainText(article.title);
  await suggestion.getByTestId('inbox-review-suggestion').click();
  await expect(ownerPage).toHaveURL(
    new RegExp(`#/knowledge\\?doc=${article.id}&history=${article.lang}$`),
  );
});

// R16, R17 screenshots: a reviewer's inbox (every owner's feedback) and the audit report.
for (const language of ['zh-CN', 'hu'] as const) {
  test(`R16/R17: the reviewer's inbox and audits in ${language} (screenshots)`, async ({
    page,
    synced,
  }) => {
    test.setTimeout(90_000);
    expect(await synced.core.signIn(AUTHORS.reviewer)).toEqual({ ok: true });
    await synced.core.syncNow();
    await confirmUrgentNotices(synced.core);
    await synced.core.updateSettings({ uiLanguage: language });
    await openAt(page, synced.url, '#/knowledge?tab=inbox');
    await expect(page.getByTestId('knowledge-inbox')).toBeVisible({ timeout: 10_000 });
    await page.getByTestId('inbox-scope').locator('[data-value="all"]').click();
    await expect(page.getByTestId('inbox-item').first()).toBeVisible({ timeout: 10_000 });
    // The answer form, open on the first item, is part of what the screenshot shows.
    await page.getByTestId('inbox-item').first().getByTestId('inbox-replied').click();
    await page.screenshot({ path: `docs/screenshots/knowledge-inbox-${language}.png` });
    if (language !== 'hu') return;
    await page.getByTestId('knowledge-tab-audit').click();
    await expect(page.getByTestId('audit-owners')).toBeVisible({ timeout: 10_000 });
    // The main area scrolls on its own: a taller window shows every table of the report.
    await page.getByTestId('toast-dismiss').click();
    await page.setViewportSize({ width: 1280, height: 1650 });
    await page.screenshot({ path: 'docs/screenshots/knowledge-audit-hu.png' });
  });
}

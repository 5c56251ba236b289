import { expect, localDateTime, ReviewPage, test, type Desk } from './knowledge-review-fixture';

/*
 * Issue 9 items 3 and 4 in the browser against the real server: versions and diff (R14) and the
 * review workflow (R15). The author submits, the reviewer reads the diff and sends it back with a
 * comment, the author fixes and resubmits, the reviewer approves, and an agent's workstation gets
 * the new text through sync; then a scheduled approval, the history with both diff views, and a
 * restore that makes a new draft revision.
 */

const BODY = (time: string, extra = '') =>
  `<h2>Lost card</h2><p>Block the card in the app within ${time}.</p>${extra}` +
  '<table><tr><th>Plan</th><th>Fee</th></tr><tr><td>Basic</td><td>10 EUR</td></tr></table>';
const BODY_HANT = (word: string) => `<p>請${word}凍結信用卡，然後致電客服。</p>`;

async function saveRevision(
  author: Desk,
  id: string,
  lang: 'en' | 'zh-Hant',
  bodyHtml: string,
  note: string,
) {
  const got = await author.call({ op: 'getArticle', id });
  const base = got.article.variants.find((v) => v.lang === lang)?.revision ?? 0;
  return author.call({
    op: 'saveVariant',
    id,
    lang,
    title: lang === 'en' ? 'Block a lost card' : '掛失信用卡',
    summary: lang === 'en' ? 'What to do first when a card is lost' : '卡片遺失時的第一步',
    bodyHtml,
    tags: ['card', 'lost'],
    synonyms: [],
    note,
    baseRevision: base,
  });
}

test('R14/R15: submit, send back with a comment, resubmit, approve; the agent gets the new text', async ({
  desk,
}) => {
  test.setTimeout(180_000);
  const author = await desk('author');
  const reviewer = await desk('reviewer');
  const id = `e2e-review-${Date.now()}`;

  // Published once (revision 1), then edited (revision 2): what the reviewer compares.
  await author.call({ op: 'saveArticleMeta', meta: { id, type: 'procedure' } });
  await saveRevision(author, id, 'en', BODY('one hour'), 'First version');
  await reviewer.call({ op: 'workflow', id, action: 'approve', comment: '' });
  await saveRevision(author, id, 'en', BODY('two hours'), 'The bank changed the time');

  // The author submits from the review view's workflow panel.
  const asAuthor = new ReviewPage(author.page);
  await author.goto(`#/knowledge?tab=review&doc=${id}`);
  await expect(asAuthor.status).toHaveText('Draft');
  await expect(asAuthor.panel.getByTestId('workflow-action-send-back')).toHaveCount(0);
  await asAuthor.act('submit', 'Please check the new time');
  await expect(asAuthor.status).toHaveText('In review');

  // The reviewer finds it in the queue with the author's comment, and reads the diff.
  const asReviewer = new ReviewPage(reviewer.page);
  await reviewer.goto('#/knowledge?tab=review');
  const waiting = asReviewer.queueItem('review-in-review', id);
  await expect(waiting.getByTestId('review-item-comment')).toHaveText('Please check the new time');
  await waiting.getByTestId('review-open').click();
  await expect(asReviewer.diff.locator('del')).toContainText(['one hour']);
  await expect(asReviewer.diff.locator('ins')).toContainText(['two hours']);

  // Sending back needs a comment.
  await asReviewer.act('send-back', '');
  await expect(asReviewer.panel.getByTestId('workflow-problem')).toHaveAttribute(
    'data-problem',
    'comment-required',
  );
  await asReviewer.panel.getByTestId('workflow-comment-input').fill('Say where in the app');
  await asReviewer.panel.getByTestId('workflow-run').click();
  await expect(asReviewer.status).toHaveText('Draft');

  // The author sees the comment, fixes the text and resubmits.
  await author.goto('#/knowledge?tab=review');
  await expect(
    asAuthor.queueItem('review-sent-back', id).getByTestId('review-item-comment'),
  ).toHaveText('Say where in the app');
  await saveRevision(
    author,
    id,
    'en',
    BODY('two hours', '<p>Open Cards, then Block.</p>'),
    'Where in the app',
  );
  await author.goto(`#/knowledge?tab=review&doc=${id}`);
  await expect(asAuthor.panel.getByTestId('workflow-sent-back')).toContainText(
    'Say where in the app',
  );
  await asAuthor.act('submit', 'Added the menu path');
  await expect(asAuthor.status).toHaveText('In review');

  // The reviewer approves now (through the queue again: the item is back, with the new comment).
  await reviewer.goto('#/knowledge?tab=review');
  const again = asReviewer.queueItem('review-in-review', id);
  await expect(again.getByTestId('review-item-comment')).toHaveText('Added the menu path');
  await again.getByTestId('review-open').click();
  await expect(asReviewer.diff.locator('ins')).toContainText([
    'two hours',
    'Open Cards, then Block.',
  ]);
  await asReviewer.act('approve', 'Thanks');
  await expect(asReviewer.status).toHaveText('Published');

  // An agent's workstation receives the new text through sync.
  const agent = await desk('agent');
  await expect
    .poll(
      async () => {
        await agent.core.syncNow();
        return (await agent.core.getArticle({ id, lang: 'en' }))?.bodyHtml ?? '';
      },
      { timeout: 30_000 },
    )
    .toContain('two hours');
});

test('R15: a scheduled approval shows as scheduled, then published', async ({ desk }) => {
  test.setTimeout(120_000);
  const author = await desk('author');
  const reviewer = await desk('reviewer');
  const id = `e2e-scheduled-${Date.now()}`;
  await author.call({ op: 'saveArticleMeta', meta: { id, type: 'procedure' } });
  await saveRevision(author, id, 'en', BODY('one hour'), 'First version');
  await author.call({ op: 'workflow', id, action: 'submit', comment: '' });

  const asReviewer = new ReviewPage(reviewer.page);
  await reviewer.goto(`#/knowledge?tab=review&doc=${id}`);
  await expect(asReviewer.page.getByTestId('review-variant-kind')).toContainText('New article');
  // A few seconds ahead: the scheduler publishes it (polled below, no timing asserted).
  await asReviewer.act(
    'approve',
    'Publish at the start of the shift',
    localDateTime(new Date(Date.now() + 15_000)),
  );
  await expect(asReviewer.status).toHaveText('Scheduled');
  await expect(asReviewer.panel.getByTestId('workflow-publish-at-shown')).toBeVisible();

  await reviewer.goto('#/knowledge?tab=review');
  await expect(asReviewer.queueItem('review-scheduled', id)).toBeVisible();
  await expect
    .poll(async () => (await reviewer.call({ op: 'getArticle', id })).article.status, {
      timeout: 60_000,
    })
    .toBe('published');
  await reviewer.goto(`#/knowledge?tab=review&doc=${id}`);
  await expect(asReviewer.status).toHaveText('Published');
});

test('R14: history lists the revisions, both diff views show the changed words, restore makes a draft', async ({
  desk,
}) => {
  test.setTimeout(120_000);
  const author = await desk('author');
  const reviewer = await desk('reviewer');
  const id = `e2e-history-${Date.now()}`;
  await author.call({ op: 'saveArticleMeta', meta: { id, type: 'procedure' } });
  await saveRevision(author, id, 'en', BODY('one hour'), 'First version');
  await reviewer.call({ op: 'workflow', id, action: 'approve', comment: '' });
  await saveRevision(author, id, 'en', BODY('two hours'), 'The bank changed the time');

  const page = author.page;
  await author.goto(`#/knowledge?tab=articles&doc=${id}&history=en`);
  const rows = page.getByTestId('revision-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText('The bank changed the time');
  await expect(
    page
      .locator('[data-testid="revision-row"][data-revision="1"]')
      .getByTestId('revision-published'),
  ).toBeVisible();

  // Side by side (default): the old words struck on the left, the new ones underlined on the right.
  const body = page.getByTestId('diff-body');
  await expect(body.locator('tr[data-op="changed"] td').first().locator('del')).toContainText(
    'one hour',
  );
  await expect(body.locator('tr[data-op="changed"] td').last().locator('ins')).toContainText(
    'two hours',
  );
  await expect(body.locator('del .visually-hidden').first()).toHaveText(/removed/);
  // Inline: one column with both.
  await page.getByTestId('diff-mode-inline').click();
  const inline = page.locator('[data-testid="diff-body"] .diff-inline-row[data-op="changed"]');
  await expect(inline.locator('del')).toContainText('one hour');
  await expect(inline.locator('ins')).toContainText('two hours');

  // Restore revision 1: a new revision 3, a draft needing review.
  await page
    .locator('[data-testid="revision-row"][data-revision="1"]')
    .getByTestId('revision-restore')
    .click();
  await page.getByTestId('restore-confirm-yes').click();
  await expect(page.getByTestId('restore-done')).toContainText('revision 3');
  await expect(page.getByTestId('restore-done')).toContainText('draft');
  await expect(rows).toHaveCount(3);
  const article = (await author.call({ op: 'getArticle', id })).article;
  expect(article.variants[0]?.revision).toBe(3);
  expect(article.status).toBe('draft');
});

for (const [uiLanguage, lang, file] of [
  ['zh-TW', 'zh-Hant', 'knowledge-diff-zh-TW.png'],
  ['hu', 'en', 'knowledge-diff-hu.png'],
] as const) {
  test(`R14 screenshot: side-by-side diff in ${uiLanguage}`, async ({ desk }) => {
    test.setTimeout(120_000);
    const author = await desk('author', uiLanguage);
    const id = `e2e-diff-${uiLanguage}-${Date.now()}`;
    await author.call({ op: 'saveArticleMeta', meta: { id, type: 'procedure' } });
    if (lang === 'zh-Hant') {
      await saveRevision(author, id, lang, BODY_HANT('先'), '第一版');
      await saveRevision(
        author,
        id,
        lang,
        `${BODY_HANT('立即')}<p>補發新卡需要五個工作天。</p>`,
        '更新流程',
      );
    } else {
      await saveRevision(author, id, lang, BODY('one hour'), 'First version');
      await saveRevision(
        author,
        id,
        lang,
        BODY('two hours').replace('10 EUR', '12 EUR'),
        'New time and fee',
      );
    }
    await author.goto(`#/knowledge?tab=articles&doc=${id}&history=${lang}`);
    await expect(author.page.getByTestId('diff-body').locator('ins').first()).toBeVisible();
    // A toast about something else (sync, reminders) would cover part of the picture.
    for (const close of await author.page.getByTestId('toast-dismiss').all()) await close.click();
    await expect(author.page.getByTestId('toast')).toHaveCount(0);
    await author.page
      .getByTestId('article-history')
      .screenshot({ path: `docs/screenshots/${file}` });
  });
}

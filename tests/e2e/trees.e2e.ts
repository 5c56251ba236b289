import type { Page } from '@playwright/test';
import type { RunningServer } from '../../server/server';
import { AppFrame, SearchScreen, TroubleshootScreen } from './pages';
import { confirmUrgentNotices, DEMO, expect, test, type SyncedAgent } from './kb-server';

/*
 * Issue 7, item 6: troubleshooting trees for agents, in the browser against a real server with
 * the demo knowledge base (server/demo/trees.json). Found by searching in Hungarian, run with the
 * keyboard to a resolution, the transcript copied; an interrupted run survives a restart of the
 * app; outcomes reach the server's analytics (agent_events).
 */

const CARD_DECLINED = 'tree-card-declined';

async function signedIn(
  page: Page,
  synced: SyncedAgent,
  ui: string,
  content: ('hu' | 'zh-Hant' | 'en')[],
): Promise<AppFrame> {
  expect(await synced.core.signIn(DEMO.agent)).toEqual({ ok: true });
  await synced.core.syncNow();
  await confirmUrgentNotices(synced.core);
  await synced.core.updateSettings({ contentLanguages: content });
  const frame = new AppFrame(page);
  await page.goto(synced.url);
  await frame.switchLanguage(ui);
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-status', 'online');
  return frame;
}

async function treeOutcomes(synced: SyncedAgent, kb: RunningServer) {
  await synced.core.syncNow();
  return kb.store.query<{ tree: string; outcome: string; end_node: string; queue: string | null }>(
    `SELECT payload->>'treeId' AS tree, payload->>'outcome' AS outcome,
            payload->>'endNode' AS end_node, payload->>'queue' AS queue
       FROM agent_events WHERE type = 'tree-outcome' ORDER BY id`,
  );
}

test('find a tree by searching in Hungarian, run it with the keys to a resolution, copy the transcript', async ({
  page,
  synced,
  kb,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const frame = await signedIn(page, synced, 'hu', ['hu', 'en']);
  const search = new SearchScreen(page);
  const trees = new TroubleshootScreen(page);

  await frame.nav('search').click();
  await search.input.fill('elutasitott kartyas fizetes');
  const hit = page.locator(
    `[data-testid="search-result"][data-type="tree"][data-article-id="tree:${CARD_DECLINED}"]`,
  );
  await expect(hit).toBeVisible();
  await expect(hit).toContainText('Hibaelhárítási fa');
  await expect(hit).toContainText('Elutasított kártyás fizetés');
  await hit.click();

  await expect(page).toHaveURL(new RegExp(`#/troubleshoot\\?tree=${CARD_DECLINED}$`));
  await trees.at('attempt');
  await expect(page.getByTestId('tree-title')).toHaveText('Elutasított kártyás fizetés');
  await expect(trees.question).toBeFocused();
  await page.keyboard.press('1'); // Igen
  await trees.at('code');
  await expect(trees.input).toBeFocused();
  await page.keyboard.type('61');
  await page.keyboard.press('Enter');
  await trees.at('step-limit');
  await expect(trees.question).toContainText('61-es kód');
  await expect(trees.variables).toContainText('declineCode');
  await expect(trees.variables).toContainText('61');
  await expect(trees.path).toHaveCount(2);
  await page.screenshot({ path: 'docs/screenshots/tree-runner-hu.png' });

  // Back with Backspace and forward again: the answer given is undone, not kept.
  await page.keyboard.press('Backspace');
  await trees.at('code');
  await page.keyboard.type('61');
  await page.keyboard.press('Enter');
  await trees.at('step-limit');
  await expect(trees.question).toBeFocused();
  await page.keyboard.press('Enter'); // Kész
  await trees.at('res-retry');
  await expect(trees.outcome).toHaveAttribute('data-outcome', 'resolved');
  await expect(page.getByTestId('tree-open-article')).toHaveAttribute(
    'data-article-id',
    'card-declined-abroad',
  );

  await trees.copyTranscript.click();
  await expect(page.getByTestId('tree-copied')).toHaveText('Másolva');
  const copied = await page.evaluate('navigator.clipboard.readText()');
  expect(typeof copied).toBe('string');
  const text = String(copied);
  expect(text).toContain('Elutasított kártyás fizetés');
  expect(text).toContain('1. Nyissa meg a CardDesk Engedélyezések fülét.');
  expect(text).toContain('   → Igen');
  expect(text).toContain('   → 61');
  expect(text).toContain('61-es kód: elérte a napi limitet.');
  expect(text).toContain('   → Kész');
  expect(text).toContain('Értékek: declineCode = 61');
  expect(text).toMatch(/Eredmény: Megoldva \(cikk card-declined-abroad\) — Kérje meg az ügyfelet/);
  await trees.transcript.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'docs/screenshots/tree-transcript-hu.png' });

  // The resolution's article opens in the article view.
  await page.getByTestId('tree-open-article').click();
  await expect(page.getByTestId('article-title')).toBeVisible();
  await expect(page.getByTestId('article-trees')).toContainText('Elutasított kártyás fizetés');
  // Trees among the related articles lead to the runner too.
  await expect(
    page.locator('[data-testid="related-article"][data-type="tree"] a').first(),
  ).toHaveAttribute('href', /^#\/troubleshoot\?tree=tree-/);
  // The run was finished: the tree starts afresh from the article's link.
  await page.getByTestId('article-trees').getByRole('link').first().click();
  await trees.at('attempt');
  await expect(page.getByTestId('tree-resume')).toHaveCount(0);

  await expect
    .poll(async () => (await treeOutcomes(synced, kb)).filter((r) => r.tree === CARD_DECLINED))
    .toContainEqual({
      tree: CARD_DECLINED,
      outcome: 'resolved',
      end_node: 'res-retry',
      queue: null,
    });
});

test('an interrupted run survives a reload and a restart of the app, and resumes (zh-TW)', async ({
  page,
  synced,
}) => {
  const frame = await signedIn(page, synced, 'zh-TW', ['zh-Hant', 'en']);
  const trees = new TroubleshootScreen(page);

  await frame.nav('troubleshoot').click();
  await expect(trees.items.first()).toBeVisible();
  await trees.filter.fill('刷卡');
  await expect(trees.item(CARD_DECLINED)).toBeVisible();
  await trees.item(CARD_DECLINED).getByRole('link').click();
  await trees.at('attempt');
  await trees.choices.first().click(); // 是
  await trees.at('code');
  await trees.input.fill('59');
  await page.getByTestId('tree-input-submit').click();
  await trees.at('fraud-confirm');
  await expect(trees.question).toContainText('代碼 59');
  await expect(trees.variables).toContainText('59');
  await expect(trees.path).toHaveCount(2);
  await page.screenshot({ path: 'docs/screenshots/tree-runner-zh-TW.png' });

  await page.reload();
  await expect(page.getByTestId('tree-resume')).toBeVisible();
  await synced.restart();
  await page.goto(new URL('#/home', synced.url).href);
  await expect(page.getByTestId('continue-trees')).toContainText('刷卡被拒絕');
  await page.goto(new URL('#/troubleshoot', synced.url).href);
  await expect(trees.item(CARD_DECLINED).getByTestId('tree-resume-badge')).toBeVisible();
  await trees.item(CARD_DECLINED).getByRole('link').click();
  await expect(trees.resume).toBeFocused();
  await trees.resume.click();
  await trees.at('fraud-confirm');
  await expect(trees.variables).toContainText('59');
  await expect(trees.path).toHaveCount(2);

  // Clicking the first step of the path goes back to it.
  await trees.path.first().getByRole('button').click();
  await trees.at('attempt');
  await expect(trees.path).toHaveCount(0);
});

test('quick search opens a tree; escalations and abandoned runs reach the server', async ({
  page,
  synced,
  kb,
}) => {
  await signedIn(page, synced, 'hu', ['hu', 'en']);
  const trees = new TroubleshootScreen(page);

  await page.getByTestId('open-quick-search').click();
  await page.getByTestId('quick-search-input').fill('elutasitott kartyas');
  const hit = page.locator('[data-testid="quick-search-result"][data-type="tree"]').first();
  await expect(hit).toBeVisible();
  await hit.click();
  await expect(page.getByTestId('quick-search')).toBeHidden();
  await trees.at('attempt');

  await page.keyboard.press('1');
  await trees.at('code');
  await page.keyboard.type('12');
  await page.keyboard.press('Enter');
  await trees.at('esc-second-line');
  await expect(trees.outcome).toHaveAttribute('data-outcome', 'escalated');
  await expect(page.getByTestId('tree-queue')).toContainText('second-line cards');

  // A new run, given up after one answer: reported as abandoned where it stopped.
  await trees.restart.click();
  await trees.at('attempt');
  await page.keyboard.press('1');
  await trees.at('code');
  await trees.restart.click();
  await trees.at('attempt');

  await expect
    .poll(async () => (await treeOutcomes(synced, kb)).filter((r) => r.tree === CARD_DECLINED))
    .toEqual(
      expect.arrayContaining([
        {
          tree: CARD_DECLINED,
          outcome: 'escalated',
          end_node: 'esc-second-line',
          queue: 'second-line cards',
        },
        { tree: CARD_DECLINED, outcome: 'abandoned', end_node: 'code', queue: null },
      ]),
    );
});

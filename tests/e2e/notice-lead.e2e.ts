import type { Page } from '@playwright/test';
import { DEMO, type SyncedAgent } from './kb-server';
import { LEAD, NoticeLeadPage } from './notice-lead-page';
import { expect, test } from './tree-editor-fixture';

/*
 * Issue 8 (R18, R19), the leads' side: compose a notice in the browser against the real server,
 * follow it up while an agent on another workstation reads it, and remind those still missing.
 */

const ALL_LANGUAGES = ['hu', 'en', 'zh-Hans', 'zh-Hant', 'id'] as const;

/**
 * Signs the lead in and syncs; the demo's urgent notices for cards would cover the screen as a
 * modal, so the lead acknowledges them first (as they would at the start of a shift).
 */
async function signInLead(synced: SyncedAgent): Promise<void> {
  expect(await synced.core.signIn(LEAD)).toEqual({ ok: true });
  await synced.core.syncNow();
  const pending = await synced.core.getPendingNotices();
  for (const n of pending.mustAcknowledge) await synced.core.acknowledgeNotice({ id: n.id });
}

/** Collects CSP reports from the page (the editor must work under style-src 'self'). */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
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

test('a lead sends an important notice to cards and sees an agent read it, then reminds the rest', async ({
  page,
  context,
  synced,
  second,
}) => {
  test.setTimeout(90_000);
  const consoleErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  const cspViolations = await watchCsp(page);
  await signInLead(synced);
  await synced.core.updateSettings({ uiLanguage: 'hu', contentLanguages: [...ALL_LANGUAGES] });
  await page.setViewportSize({ width: 1440, height: 1000 });

  const lead = new NoticeLeadPage(page);
  await lead.openCompose(synced.url);
  // The lead's own language is the first tab.
  await expect(lead.tab('hu')).toHaveAttribute('aria-selected', 'true');
  await lead.priority('important');
  await lead.variant(
    'hu',
    'Kártyás fizetés: új csalási minta',
    'Ha az ügyfél gyanús SMS-t kapott, tiltsd le a kártyát.',
    'Ne kérj PIN-kódot',
  );
  // The id follows the first title until the lead types one.
  await expect(lead.id).toHaveValue('kartyas-fizetes-uj-csalasi-minta');
  await expect(lead.tab('hu')).toHaveAttribute('data-fill', 'filled');
  await lead.variant(
    'en',
    'Card payments: a new fraud pattern',
    'If the customer got a suspicious text message, block the card.',
    'Never ask for the PIN',
  );
  await expect(lead.tab('en')).toHaveAttribute('data-fill', 'filled');
  await expect(lead.tab('id')).toHaveAttribute('data-fill', 'empty');
  const id = `card-fraud-pattern-${Date.now().toString(36)}`;
  await lead.id.fill(id);
  await lead.audienceBusinessLine('cards');
  await lead.linkArticle('lost stolen card', 'card-lost-stolen');
  await expect(page.getByTestId('notice-linked')).toContainText('Lost or stolen card');
  // The preview shows the open tab's language, styled as agents see an important notice.
  await expect(page.getByTestId('notice-preview-title')).toHaveText(
    'Card payments: a new fraud pattern',
  );
  await lead.tab('hu').click();
  await expect(page.getByTestId('notice-preview-title')).toHaveText(
    'Kártyás fizetés: új csalási minta',
  );
  await expect(lead.preview.locator('.notice-view.notice-important strong')).toHaveText(
    'Ne kérj PIN-kódot',
  );
  await expect(lead.preview.getByTestId('notice-linked-articles')).toContainText('Lost or stolen');
  await page.getByTestId('screen-title').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'docs/screenshots/notice-compose-hu.png' });
  expect(await cspViolations()).toEqual([]);

  await lead.send.click();
  await expect(page).toHaveURL(new RegExp(`followUp=${id}$`));
  await expect(lead.followUp).toBeVisible({ timeout: 10_000 });
  await expect(page.getByTestId('screen-title')).toHaveText('Kártyás fizetés: új csalási minta');
  // The server keeps one name per business line today (server/knowledge/notice-routes.ts).
  await expect(page.getByTestId('notice-follow-up-audience')).toContainText(/Kártyák|Cards/);
  await expect(lead.counts).toHaveAttribute('data-read', '0');
  await expect(lead.recipient(DEMO.agent.username)).toHaveAttribute('data-group', 'missing');
  // agent.mobile is not in the cards audience.
  await expect(lead.recipient('agent.mobile')).toHaveCount(0);

  // An agent of cards opens the notice on another workstation.
  expect(await second.core.signIn(DEMO.agent)).toEqual({ ok: true });
  await expect
    .poll(
      async () => {
        await second.core.syncNow();
        return (await second.core.getNotice({ id }))?.id ?? null;
      },
      { timeout: 20_000 },
    )
    .toBe(id);
  const agentPage = await context.newPage();
  await agentPage.goto(new URL(`#/notices?notice=${id}`, second.url).href);
  await expect(agentPage.getByTestId('notice-view')).toBeVisible();

  // The lead's follow-up refreshes by itself and shows the read within seconds.
  await expect
    .poll(
      async () => {
        await second.core.syncNow();
        return lead.counts.getAttribute('data-read');
      },
      { timeout: 20_000, intervals: [1_000] },
    )
    .toBe('1');
  await expect(lead.recipient(DEMO.agent.username)).toHaveAttribute('data-group', 'read');
  await page.getByTestId('notice-follow-up-teams').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'docs/screenshots/notice-follow-up-hu.png', fullPage: true });

  // The reminder goes to those who have not read it: the confirmation and the result agree.
  const missing = await page
    .locator('[data-testid="notice-recipient"][data-group="missing"]')
    .count();
  expect(missing).toBeGreaterThan(0);
  await lead.remind.click();
  await expect(page.getByTestId('notice-remind-question')).toHaveAttribute(
    'data-count',
    String(missing),
  );
  await page.getByTestId('notice-remind-confirm').click();
  await expect(page.getByTestId('notice-remind-result')).toHaveAttribute(
    'data-count',
    String(missing),
  );

  // The list of sent notices has it, newest first, with its counts.
  await page.getByRole('link', { name: 'Elküldött közlemények' }).click();
  const first = page.getByTestId('notice-sent-item').first();
  await expect(first).toHaveAttribute('data-notice-id', id);
  await expect(first.locator('.progress-label')).toHaveAttribute('data-read', '1');
  expect(await cspViolations()).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('a lead sending outside their business lines is told whom they may address, and keeps the draft', async ({
  page,
  synced,
}) => {
  await signInLead(synced);
  const lead = new NoticeLeadPage(page);
  await lead.openCompose(synced.url);
  // Nothing written yet: checked here, nothing reaches the server.
  await lead.send.click();
  await expect(
    page.locator('[data-testid="notice-blockers"] [data-blocker="content"]'),
  ).toBeVisible();
  await lead.variant('en', 'Router firmware update', 'Restart routers after 22:00.', 'Tonight');
  // A link on the selected word, through the toolbar; the preview keeps it.
  await page.keyboard.press('Shift+Home');
  await page.locator('.rich-text-toolbar .rt-link').click();
  await page.getByRole('textbox', { name: 'Link address' }).fill('status.example.com');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('notice-body-editor').locator('a')).toHaveAttribute(
    'href',
    'https://status.example.com/',
  );
  await expect(lead.preview.locator('.article-body a')).toHaveText('Tonight');
  await lead.audienceBusinessLine('mobile');
  await lead.send.click();
  await expect(lead.problem.locator('[data-problem="forbidden"]')).toContainText(
    'Only team leads of these business lines may send to them',
  );
  await expect(page).toHaveURL(/compose=new$/);
  await expect(lead.title).toHaveValue('Router firmware update');
});

test('compose and follow-up in Chinese (screenshots)', async ({ page, synced }) => {
  test.setTimeout(60_000);
  await signInLead(synced);
  await synced.core.updateSettings({ uiLanguage: 'zh-CN', contentLanguages: ['zh-Hans', 'en'] });
  await page.setViewportSize({ width: 1440, height: 1000 });
  const lead = new NoticeLeadPage(page);
  await lead.openCompose(synced.url);
  await expect(lead.tab('zh-Hans')).toHaveAttribute('aria-selected', 'true');
  await lead.priority('urgent');
  await expect(page.getByTestId('notice-requires-ack')).toBeChecked();
  await lead.variant(
    'zh-Hans',
    '银行卡支付系统中断',
    '请告知客户稍后再试，不要重新发卡。',
    '预计 30 分钟内恢复',
  );
  await lead.variant(
    'en',
    'Card payments are down',
    'Ask customers to try later.',
    'Back within 30 minutes',
  );
  await lead.tab('zh-Hans').click();
  // A Chinese-only title leaves no Latin slug; the English one gives the id.
  await expect(lead.id).toHaveValue('card-payments-are-down');
  const id = `card-outage-${Date.now().toString(36)}`;
  await lead.id.fill(id);
  await lead.audienceBusinessLine('banking');
  await expect(page.getByTestId('notice-preview-title')).toHaveText('银行卡支付系统中断');
  await page.getByTestId('screen-title').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'docs/screenshots/notice-compose-zh-CN.png' });
  await lead.send.click();
  await expect(lead.followUp).toBeVisible({ timeout: 10_000 });

  // The lead is in banking too: their own urgent notice pops up once it syncs; they confirm it there.
  await expect
    .poll(
      async () => {
        await synced.core.syncNow();
        const pending = await synced.core.getPendingNotices();
        return pending.mustAcknowledge.some((n) => n.id === id);
      },
      { timeout: 20_000 },
    )
    .toBe(true);
  const modal = page.locator(`[data-testid="urgent-notice"][data-notice-id="${id}"]`);
  await expect(modal).toBeVisible({ timeout: 10_000 });
  await page.getByTestId('urgent-notice-acknowledge').click();
  await expect(modal).toBeHidden();
  await synced.core.updateSettings({
    uiLanguage: 'zh-TW',
    contentLanguages: ['zh-Hant', 'zh-Hans', 'en'],
  });
  await page.locator('html[lang="zh-TW"]').waitFor();
  // The lead's own acknowledgement reaches the server and shows with the workstation it came from.
  await expect
    .poll(
      async () => {
        await synced.core.syncNow();
        return lead.counts.getAttribute('data-acknowledged');
      },
      { timeout: 20_000, intervals: [1_000] },
    )
    .toBe('1');
  await expect(lead.recipient(LEAD.username)).toHaveAttribute('data-group', 'acknowledged');
  await expect(page.getByTestId('notice-recipients')).toContainText('尚未閱讀');
  await page.screenshot({ path: 'docs/screenshots/notice-follow-up-zh-TW.png', fullPage: true });
});

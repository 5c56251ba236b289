import { confirmUrgentNotices, DEMO } from './kb-server';
import { AUTHORS, expect, test, TreeEditorPage } from './tree-editor-fixture';

/*
 * Issue 7 item 4 in the browser: an author builds a tree in the editor against the real server,
 * the inline validation catches a broken link, a reviewer publishes, and another agent's
 * workstation receives the tree through sync and runs it to its resolution.
 */

test('an author creates and saves a tree, a reviewer publishes it, and a second workstation runs it', async ({
  page,
  context,
  synced,
  second,
}) => {
  test.setTimeout(90_000);
  expect(await synced.core.signIn(AUTHORS.author)).toEqual({ ok: true });
  await synced.core.syncNow();
  await confirmUrgentNotices(synced.core);
  const editor = new TreeEditorPage(page);
  await editor.open(synced.url, '*');
  await expect(
    page.locator('[data-testid="tree-editor-row"][data-tree="tree-card-declined"]'),
  ).toBeVisible({ timeout: 10_000 });
  await page.getByTestId('tree-editor-new').click();
  await expect(editor.root).toBeVisible();

  const id = `e2e-wifi-${Date.now()}`;
  await page.getByTestId('tree-id').fill(id);
  const title = page.getByTestId('tree-edit-title');
  await editor.localized(title, 'en').fill('Wi-Fi keeps dropping');
  await editor.localized(title, 'hu').fill('Folyton megszakad a wifi');

  // The start question, with two answers.
  const text = editor.form.getByTestId('tree-node-text');
  await editor.localized(text, 'en').fill('Does the router restart on its own?');
  await editor.localized(text, 'hu').fill('Magától újraindul a router?');
  await editor.renameSelected('restarts');
  await editor.form.getByTestId('tree-add-choice').click();
  await editor.form.getByTestId('tree-add-choice').click();
  const choices = editor.form.getByTestId('tree-edit-choice');
  await editor.localized(choices.nth(0), 'en').fill('No');
  await editor.localized(choices.nth(0), 'hu').fill('Nem');
  await editor.localized(choices.nth(1), 'en').fill('Yes');
  await editor.localized(choices.nth(1), 'hu').fill('Igen');

  // A resolution and an escalation.
  await editor.addNode('resolution');
  await editor.localized(text, 'en').fill('Move the router away from the microwave and retest.');
  await editor.localized(text, 'hu').fill('Tegye távolabb a routert a mikrohullámú sütőtől.');
  await editor.renameSelected('placement');
  await editor.addNode('escalation');
  await editor.localized(text, 'en').fill('Book a technician visit.');
  await editor.localized(text, 'hu').fill('Foglaljon technikusi kiszállást.');
  await editor.form.getByTestId('tree-node-queue').fill('field-technicians');
  await editor.renameSelected('technician');

  // Only the first answer leads somewhere: the form and the diagram say so.
  await editor.chip('restarts').click();
  await choices.nth(0).getByTestId('tree-choice-next').selectOption('placement');
  await expect(editor.formProblems.locator('[data-code="dangling-link"]')).toContainText(
    '“restarts” leads to a node that does not exist',
  );
  await expect(editor.diagramNode('restarts')).toHaveAttribute('data-problems', /dangling-link/);
  await editor.save.click();
  await expect(page.getByTestId('tree-save-blocked')).toContainText('“restarts”: choose the next');

  await choices.nth(1).getByTestId('tree-choice-next').selectOption('technician');
  await expect(editor.formProblems).toHaveCount(0);
  await expect(page.getByTestId('tree-problem-count')).toHaveText('No problems found.');
  await expect(editor.diagramNode('technician')).toBeVisible();
  await expect(editor.diagramNode('restarts')).not.toHaveAttribute('data-problems', /./);

  // The preview runs the draft.
  await page.getByTestId('tree-tab-preview').click();
  const preview = page.getByTestId('tree-preview');
  await preview.getByTestId('tree-choice').nth(1).click();
  await expect(preview.getByTestId('tree-outcome')).toContainText('field-technicians');
  await page.getByTestId('tree-tab-diagram').click();

  await editor.save.click();
  await expect(editor.saveStatus).toContainText(
    'Version 1 saved. Agents do not see this tree until it is published.',
  );
  await expect(page).toHaveURL(new RegExp(`edit=${id}$`));
  await expect(editor.publish).toHaveCount(0);
  await expect(editor.saveStatus).toContainText('A reviewer publishes saved versions.');
  await editor.open(synced.url, '*');
  await expect(page.locator(`[data-testid="tree-editor-row"][data-tree="${id}"]`)).toContainText(
    'Not published',
  );
  await editor.open(synced.url, id);

  // A reviewer opens the saved version and publishes it.
  await synced.core.signOut();
  expect(await synced.core.signIn(AUTHORS.reviewer)).toEqual({ ok: true });
  await synced.core.syncNow();
  await confirmUrgentNotices(synced.core);
  await page.reload();
  await expect(editor.root).toBeVisible();
  await expect(page.getByTestId('tree-versions')).toHaveText(
    'Latest version 1 · not published yet',
  );
  await expect(editor.publish).toBeEnabled();
  await editor.publish.click();
  await expect(editor.saveStatus).toContainText('Version 1 published.');
  await editor.open(synced.url, '*');
  const row = page.locator(`[data-testid="tree-editor-row"][data-tree="${id}"]`);
  await expect(row).toContainText('Wi-Fi keeps dropping');
  await expect(row).not.toContainText('Not published');

  // Another agent's workstation gets it through sync and runs it to its resolution.
  expect(await second.core.signIn(DEMO.agent)).toEqual({ ok: true });
  await second.core.syncNow();
  await confirmUrgentNotices(second.core);
  await expect
    .poll(
      async () => {
        await second.core.syncNow();
        return (await second.core.getTree({ id }))?.documentVersion ?? null;
      },
      { timeout: 20_000 },
    )
    .toBe(1);
  const agentPage = await context.newPage();
  await agentPage.goto(new URL(`#/troubleshoot?tree=${id}`, second.url).href);
  await expect(agentPage.getByTestId('tree-question')).toHaveText(
    'Does the router restart on its own?',
  );
  await agentPage.getByTestId('tree-choice').first().click();
  await expect(agentPage.getByTestId('tree-outcome')).toContainText(
    'Move the router away from the microwave',
  );
});

for (const lang of ['zh-CN', 'hu'] as const) {
  test(`the editor shows a demo tree with its diagram and an inline problem (${lang})`, async ({
    page,
    synced,
  }) => {
    // The CSP is style-src 'self': React Flow must draw without inline <style> or style="".
    const consoleErrors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    await page.addInitScript(() => {
      // Runs in the page; typed by hand because tests compile without the DOM library.
      type Violation = { violatedDirective: string; blockedURI: string };
      const page = globalThis as unknown as {
        cspViolations: string[];
        document: { addEventListener(type: string, listener: (e: Violation) => void): void };
      };
      const seen: string[] = [];
      page.cspViolations = seen;
      page.document.addEventListener('securitypolicyviolation', (e) =>
        seen.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    expect(await synced.core.signIn(AUTHORS.author)).toEqual({ ok: true });
    await synced.core.syncNow();
    await confirmUrgentNotices(synced.core);
    // The author reads their own language first: in the fields, the title and the diagram.
    await synced.core.updateSettings({
      contentLanguages: lang === 'hu' ? ['hu', 'en'] : ['zh-Hans', 'en'],
    });
    await page.setViewportSize({ width: 1440, height: 900 });
    const editor = new TreeEditorPage(page);
    await editor.open(synced.url, 'tree-card-declined');
    await page.getByTestId('language-switcher').selectOption(lang);
    await page.locator(`html[lang="${lang}"]`).waitFor();
    await expect(editor.diagramNode('attempt')).toBeVisible({ timeout: 10_000 });
    await expect(page.getByTestId('tree-problem-count')).toHaveText(
      lang === 'hu' ? 'Nincs hiba.' : '未发现问题。',
    );

    // A new answer without a next node: flagged in the form and on the diagram.
    await editor.chip('pin-known').click();
    await editor.form.getByTestId('tree-add-choice').click();
    const added = editor.form.getByTestId('tree-edit-choice').nth(2);
    for (const [l, label] of [
      ['en', 'Not sure'],
      ['zh-Hans', '不确定'],
      ['zh-Hant', '不確定'],
      ['hu', 'Nem biztos'],
      ['id', 'Tidak yakin'],
    ] as const) {
      await editor.localized(added, l).fill(label);
    }
    await expect(editor.formProblems.locator('[data-code="dangling-link"]')).toBeVisible();
    await expect(editor.diagramNode('pin-known')).toHaveAttribute('data-problems', 'dangling-link');
    await expect(editor.publish).toHaveCount(0);
    // The node list at the top of the forms column, the problem under it.
    await page.locator('.tree-editor-forms').evaluate((column) => {
      const list = column.querySelector('.tree-node-list');
      if (list)
        column.scrollTop += list.getBoundingClientRect().top - column.getBoundingClientRect().top;
    });
    await page.screenshot({ path: `docs/screenshots/tree-editor-${lang}.png` });
    // No CSP report at all: not from the diagram's styles, nor zod's JIT probe (renderer/src/lib/zod-csp.ts).
    const violations = await page.evaluate(
      () => (globalThis as { cspViolations?: string[] }).cspViolations ?? [],
    );
    expect(violations).toEqual([]);
    expect(consoleErrors).toEqual([]);

    // Leaving with unsaved changes asks first; staying keeps the draft.
    page.once('dialog', (d) => void d.dismiss());
    await page.getByTestId('nav-home').click();
    await expect(editor.formProblems).toBeVisible();
    await expect(page).toHaveURL(/edit=tree-card-declined$/);
    page.once('dialog', (d) => void d.accept());
    await page.getByTestId('nav-home').click();
    await expect(page).toHaveURL(/#\/home$/);
  });
}

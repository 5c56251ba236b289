import { expect, test } from './kb-server';
import { ArticleEditorPage, SAMPLE_DOCX, signIn, watchCsp } from './knowledge-editor-fixture';

/*
 * Issue 9 item 1 in the browser against the real server: an author writes an article with the
 * rich-text editor (R9), two languages side by side (R10), imports a Word document, saves with a
 * change note (R14), reopens it and finds everything; agents never reach the Knowledge section.
 */

test('R9 R10 R14: an author writes an article in two languages side by side, imports a .docx, saves with a note and reopens it', async ({
  page,
  synced,
}) => {
  test.setTimeout(120_000);
  const cspViolations = await watchCsp(page);
  await signIn(synced.core, 'author');
  await page.setViewportSize({ width: 1500, height: 1000 });
  const editor = new ArticleEditorPage(page);

  await editor.openList(synced.url);
  await expect(
    page.getByTestId('article-row').or(page.getByTestId('article-problem')).first(),
  ).toBeVisible({ timeout: 15_000 });
  await expect(page.getByTestId('article-problem')).toHaveCount(0);
  await page.getByTestId('article-new').click();
  await expect(editor.root).toBeVisible();

  // English: the id follows the title until the author types one.
  const stamp = Date.now().toString(36);
  await editor.variant('en').getByTestId('article-title').fill('Card replacement fees');
  await expect(page.getByTestId('article-id')).toHaveValue('card-replacement-fees');
  const id = `card-replacement-fees-${stamp}`;
  await page.getByTestId('article-id').fill(id);

  // A heading, a paragraph, a callout, a link and a table, from the toolbar and the keyboard.
  await editor.body('en').click();
  await editor.tool('en', 'h2').click();
  await expect(editor.tool('en', 'h2')).toHaveAttribute('aria-pressed', 'true');
  await editor.type('Fees');
  await page.keyboard.press('Enter');
  await editor.type('Dear {{customer.name}}, a new card is free.');
  await page.keyboard.press('Enter');
  await editor.tool('en', 'calloutWarning').click();
  await editor.type('Block the old card first.');
  await page.keyboard.press('Enter');
  // The empty paragraph leaves the callout.
  await editor.tool('en', 'calloutWarning').click();
  await editor.type('See the card guide');
  await editor.body('en').locator('p', { hasText: 'See the card guide' }).click({ clickCount: 3 });
  await page.keyboard.press('Control+k');
  await page.getByTestId('article-link-address').fill('javascript:alert(1)');
  await page.getByTestId('article-link-apply').click();
  await expect(editor.variant('en').getByRole('alert')).toBeVisible();
  await page.getByTestId('article-link-address').fill('https://example.com/cards');
  await page.getByTestId('article-link-apply').click();
  await expect(page.getByTestId('article-link-address')).toHaveCount(0);
  await expect(editor.body('en').locator('a[href="https://example.com/cards"]')).toHaveText(
    'See the card guide',
  );
  // The editor takes the focus back (TipTap restores it a frame later): only then type on.
  await expect(editor.body('en')).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await editor.tool('en', 'table').click();
  await expect(editor.tool('en', 'addRow')).toBeVisible();
  await editor.type('Delivery');
  await page.keyboard.press('Tab');
  await editor.type('Fee');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await editor.type('Express');
  await page.keyboard.press('Tab');
  await editor.type('15 EUR');
  await editor.tool('en', 'addRow').click();

  const en = editor.body('en');
  await expect(en.locator('h2')).toHaveText('Fees');
  await expect(en.locator('div.callout.callout-warning')).toHaveText('Block the old card first.');
  await expect(en.locator('a[href="https://example.com/cards"]')).toHaveText('See the card guide');
  await expect(en.locator('table tr')).toHaveCount(4);
  await expect(en.locator('table th')).toHaveCount(3);

  // Hungarian next to it: imported from a Word document.
  await page.locator('[data-testid="article-add-language"][data-lang="hu"]').click();
  await expect(editor.variant('hu')).toBeVisible();
  await expect(editor.variant('en')).toBeVisible();
  const [enBox, huBox] = [
    await editor.variant('en').boundingBox(),
    await editor.variant('hu').boundingBox(),
  ];
  if (!enBox || !huBox) throw new Error('the two language columns are not laid out');
  expect(huBox.x).toBeGreaterThan(enBox.x + enBox.width - 1);
  expect(Math.abs(huBox.y - enBox.y)).toBeLessThan(2);
  await editor.variant('hu').getByTestId('article-import-file').setInputFiles(SAMPLE_DOCX);
  const hu = editor.body('hu');
  await expect(hu).toContainText('Check the caller', { timeout: 15_000 });
  await expect(hu.locator('table')).toContainText('Express');
  await editor.variant('hu').getByTestId('article-title').fill('Kártyacsere díjai');
  await hu.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await editor.type('Az expressz kézbesítés díja 15 EUR.');
  await editor.variant('hu').getByTestId('article-tags').fill('kártya, csere');

  await page.getByTestId('article-note').fill('First version of the fees');
  await editor.save.click();
  await expect(editor.saveStatus).toHaveAttribute('data-status', 'saved', { timeout: 15_000 });
  await expect(page).toHaveURL(new RegExp(`doc=${id}`));
  await expect(editor.variant('en').getByTestId('article-variant-revision')).toContainText('1');

  // Reopened from the server: the same content, the callout and the link kept.
  await page.reload();
  await expect(editor.root).toBeVisible({ timeout: 15_000 });
  await expect(editor.body('en').locator('h2')).toHaveText('Fees');
  await expect(editor.body('en')).toContainText('{{customer.name}}');
  await expect(editor.body('en').locator('a[href="https://example.com/cards"]')).toBeVisible();
  await expect(editor.body('en').locator('table tr')).toHaveCount(4);
  await expect(editor.variant('hu')).toBeVisible();
  await expect(editor.body('hu')).toContainText('Az expressz kézbesítés díja 15 EUR.');
  await expect(editor.body('hu')).toContainText('Check the caller');
  await expect(editor.variant('hu').getByTestId('article-tags')).toHaveValue('kártya, csere');

  // The change note is in the variant's history (R14).
  const revisions = await synced.core.authoring({ op: 'listRevisions', id, lang: 'en' });
  expect(revisions.ok && revisions.revisions.map((r) => r.note)).toEqual([
    'First version of the fees',
  ]);
  expect(await cspViolations()).toEqual([]);
  // The callout keeps its class through the server's sanitiser (agents' article view styles it).
  await expect(editor.body('en').locator('div.callout.callout-warning')).toHaveText(
    'Block the old card first.',
  );
});

test('R3: an agent has no Knowledge section: no navigation item, and the route shows the forbidden gate', async ({
  page,
  synced,
}) => {
  await signIn(synced.core, 'agent');
  await page.goto(new URL('#/home', synced.url).href);
  await expect(page.getByTestId('nav-home')).toBeVisible({ timeout: 15_000 });
  await expect(page.getByTestId('nav-knowledge')).toHaveCount(0);
  await page.goto(new URL('#/knowledge?doc=card-lost-stolen', synced.url).href);
  await expect(page.getByTestId('knowledge-gate')).toHaveAttribute('data-gate', 'forbidden');
  await expect(page.getByTestId('article-editor')).toHaveCount(0);
});

const SAMPLES = {
  'zh-CN': {
    contentLanguages: ['zh-Hans', 'en'] as const,
    variants: [
      {
        lang: 'zh-Hans' as const,
        title: '补卡费用',
        body:
          '<h2>费用</h2><p>客户报失或卡片损坏时使用本流程。请先核实来电者身份。</p>' +
          '<div class="callout callout-warning"><p>先冻结旧卡，再办理补卡。</p></div>' +
          '<table><tbody><tr><th><p>配送方式</p></th><th><p>费用</p></th></tr>' +
          '<tr><td><p>标准</p></td><td><p>免费</p></td></tr><tr><td><p>加急</p></td><td><p>15 欧元</p></td></tr></tbody></table>',
      },
    ],
  },
  hu: {
    contentLanguages: ['hu', 'en'] as const,
    variants: [
      {
        lang: 'hu' as const,
        title: 'Kártyacsere díjai',
        body:
          '<h2>Díjak</h2><p>Akkor használja, ha az ügyfél elveszett vagy sérült kártyát jelent. Először ellenőrizze a hívó személyazonosságát.</p>' +
          '<div class="callout callout-warning"><p>Előbb tiltsa le a régi kártyát, csak utána rendeljen újat.</p></div>' +
          '<table><tbody><tr><th><p>Kézbesítés</p></th><th><p>Díj</p></th></tr>' +
          '<tr><td><p>Normál</p></td><td><p>Ingyenes</p></td></tr><tr><td><p>Expressz</p></td><td><p>15 EUR</p></td></tr></tbody></table>',
      },
    ],
  },
};
const ENGLISH = {
  lang: 'en' as const,
  title: 'Card replacement fees',
  body:
    '<h2>Fees</h2><p>Use this when a customer reports a lost or damaged card. Check the caller’s identity first.</p>' +
    '<div class="callout callout-warning"><p>Block the old card before ordering a new one.</p></div>' +
    '<table><tbody><tr><th><p>Delivery</p></th><th><p>Fee</p></th></tr>' +
    '<tr><td><p>Standard</p></td><td><p>Free</p></td></tr><tr><td><p>Express</p></td><td><p>15 EUR</p></td></tr></tbody></table>',
};

for (const ui of ['zh-CN', 'hu'] as const) {
  test(`R9 R10: the editor with a table and a callout, two languages side by side (screenshot, ${ui})`, async ({
    page,
    synced,
  }) => {
    test.setTimeout(90_000);
    await signIn(synced.core, 'author');
    const sample = SAMPLES[ui];
    await synced.core.updateSettings({
      uiLanguage: ui,
      contentLanguages: [...sample.contentLanguages],
    });
    const id = `card-fees-${ui.toLowerCase()}-${Date.now().toString(36)}`;
    const categories = await synced.core.authoring({ op: 'listCategories' });
    const category = categories.ok ? categories.categories.slice(0, 1).map((c) => c.id) : [];
    const meta = await synced.core.authoring({
      op: 'saveArticleMeta',
      meta: { id, type: 'procedure', categoryIds: category },
    });
    expect(meta.ok).toBe(true);
    for (const v of [...sample.variants, ENGLISH]) {
      const saved = await synced.core.authoring({
        op: 'saveVariant',
        id,
        lang: v.lang,
        title: v.title,
        summary: '',
        bodyHtml: v.body,
        tags: [],
        synonyms: [],
        note: 'Screenshot sample',
        baseRevision: 0,
      });
      expect(saved.ok).toBe(true);
    }
    await page.setViewportSize({ width: 1600, height: 1050 });
    const editor = new ArticleEditorPage(page);
    await editor.open(synced.url, id);
    const primary = sample.contentLanguages[0];
    await expect(editor.variant(primary)).toBeVisible({ timeout: 15_000 });
    await expect(editor.variant('en')).toBeVisible();
    await expect(editor.body(primary).locator('table')).toBeVisible();
    // The sample's callouts came back through the server's sanitiser with their classes.
    for (const lang of [primary, 'en']) {
      await expect(editor.body(lang).locator('div.callout.callout-warning')).toBeVisible();
    }
    await editor.body(primary).locator('td').first().click();
    await expect(editor.tool(primary, 'addRow')).toBeVisible();
    await page.screenshot({ path: `docs/screenshots/knowledge-editor-${ui}.png` });
  });
}

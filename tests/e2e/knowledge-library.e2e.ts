import { AUTHORS, expect, test } from './tree-editor-fixture';
import { AppFrame, SearchScreen } from './pages';
import {
  AGENT,
  CategoryEditorPage,
  childNames,
  hideToasts,
  signInAndSync,
  SynonymsPage,
} from './knowledge-library-fixture';

/*
 * Issue 9 items 2 and 7 in the browser against a real server: an author reorganises the category
 * tree by drag and drop and by the keyboard buttons (R11), and links a customer word to an
 * official term (R3); another agent's workstation gets both with its next sync.
 */

test('an author moves and reorders categories by drag and drop and by buttons; the agent sees the new tree after sync (R11, R12)', async ({
  page,
  context,
  synced,
  second,
}) => {
  test.setTimeout(90_000);
  await signInAndSync(synced.core, AUTHORS.author);
  await signInAndSync(second.core, AGENT);
  const before = await second.core.getCategoryTree();
  expect(childNames(before, ['Cards'])).toEqual([
    'Lost and stolen',
    'PIN and blocking',
    'Payments and limits',
    'Disputes and refunds',
    'Card delivery',
  ]);

  const editor = new CategoryEditorPage(page);
  await editor.open(synced.url);
  await expect(page.getByTestId('category-sync-note')).toContainText('next sync');
  const cards = (await editor.outline()).filter((r) => r.startsWith('1:')).slice(0, 5);
  expect(cards).toEqual([
    '1:Lost and stolen',
    '1:PIN and blocking',
    '1:Payments and limits',
    '1:Disputes and refunds',
    '1:Card delivery',
  ]);

  // Drag onto the middle of a category: it becomes a child (last among its children).
  await editor.drag('Card delivery', 'Lost and stolen', 'inside');
  await expect(editor.row('Card delivery')).toHaveAttribute('data-depth', '2');
  await editor.saved();
  // Drag onto the top edge of a sibling: reordered before it.
  await editor.drag('Disputes and refunds', 'Lost and stolen', 'before');
  await expect(editor.done).toContainText('“Disputes and refunds” moved.');
  // The keyboard and touch alternatives: up, then into the category above.
  await editor.row('Payments and limits').getByTestId('category-move-up').click();
  await expect(editor.done).toContainText('“Payments and limits” moved.');
  await editor.row('PIN and blocking').getByTestId('category-move-indent').click();
  await expect(editor.done).toContainText('“PIN and blocking” moved.');

  const expected = [
    '0:Cards',
    '1:Disputes and refunds',
    '1:Lost and stolen',
    '2:Card delivery',
    '1:Payments and limits',
    '2:PIN and blocking',
    '0:Online banking',
  ];
  const cardsBranch = async () => {
    const all = await editor.outline();
    const start = all.indexOf('0:Cards');
    return all.slice(start, start + expected.length);
  };
  expect(await cardsBranch()).toEqual(expected);

  // A category with subcategories cannot be deleted: the server says why, in the UI's language.
  await editor.row('Lost and stolen').getByTestId('category-delete').click();
  await editor.row('Lost and stolen').getByTestId('category-delete-confirm').click();
  await expect(editor.failure).toHaveAttribute('data-problem', 'conflict');
  await expect(editor.failure).toContainText('still has subcategories');

  // The server kept the new order: a reload shows it.
  await page.reload();
  await editor.rows.first().waitFor();
  expect(await cardsBranch()).toEqual(expected);

  // The Chinese screen, for the record (names in the UI's content language).
  await new AppFrame(page).switchLanguage('zh-CN');
  await expect(editor.row('挂失与被盗')).toBeVisible();
  await expect(page.getByTestId('category-sync-note')).toContainText('同步');
  await hideToasts(page);
  await page.screenshot({
    path: 'docs/screenshots/knowledge-categories-zh-CN.png',
    fullPage: false,
  });

  // The agent's workstation receives the new tree with its next sync (its live sync may well
  // have fetched it already; syncNow makes sure) and Browse shows it.
  await second.core.syncNow();
  const after = await second.core.getCategoryTree();
  expect(childNames(after, ['Cards'])).toEqual([
    'Disputes and refunds',
    'Lost and stolen',
    'Payments and limits',
  ]);
  expect(childNames(after, ['Cards', 'Lost and stolen'])).toEqual(['Card delivery']);
  expect(childNames(after, ['Cards', 'Payments and limits'])).toEqual(['PIN and blocking']);

  const agentPage = await context.newPage();
  await agentPage.goto(new URL('#/browse', second.url).href);
  const cardsId = after.find((n) => n.name === 'Cards')?.id ?? '';
  const cardsNode = agentPage.locator(
    `[data-testid="category-node"][data-category-id="${cardsId}"]`,
  );
  await expect(cardsNode).toBeVisible();
  if ((await cardsNode.getAttribute('aria-expanded')) !== 'true') {
    await cardsNode.locator('> .tree-row .tree-twisty').click();
  }
  await expect(cardsNode.locator('> ul > li > .tree-row .tree-name')).toHaveText([
    'Disputes and refunds',
    'Lost and stolen',
    'Payments and limits',
  ]);
});

test('an author links a customer word to an official term; after sync the agent finds the article by it (R3)', async ({
  page,
  context,
  synced,
  second,
}) => {
  test.setTimeout(90_000);
  await signInAndSync(synced.core, AUTHORS.author);
  await signInAndSync(second.core, AGENT);
  await second.core.updateSettings({ contentLanguages: ['hu', 'en'] });
  const word = 'zsebpénzkártya';
  const found = async () =>
    (await second.core.search({ text: word, lang: 'hu', prefix: false })).hits.map((h) => h.id);
  // The made-up word finds nothing yet: the test can fail.
  expect(await found()).not.toContain('card-lost-stolen');

  const synonyms = new SynonymsPage(page);
  await synonyms.open(synced.url);
  await new AppFrame(page).switchLanguage('hu');
  await expect(page.getByTestId('synonyms-hint')).toContainText('megtalálja a többit');
  await page.getByTestId('synonyms-add').click();
  await synonyms.form.getByTestId('synonym-form-lang').selectOption('hu');
  // One term is not a set: refused before anything is sent, as the server would.
  await synonyms.addTerms(word);
  await synonyms.form.getByTestId('synonym-form-save').click();
  await expect(synonyms.form.getByTestId('synonym-problems')).toContainText('legalább két');
  await synonyms.addTerms('pótkártya');
  await expect(synonyms.form.getByTestId('synonym-term')).toHaveText([
    /zsebpénzkártya/,
    /pótkártya/,
  ]);
  await synonyms.form.getByTestId('synonym-form-save').click();
  const created = synonyms.set('syn-hu-zsebpenzkartya');
  await expect(created.getByTestId('synonym-term')).toHaveText([/zsebpénzkártya/, /pótkártya/]);
  await expect(page.getByTestId('synonyms-done')).toHaveText('Szinonimacsoport mentve.');

  // The filter finds it by a customer word, in its language group.
  await page.getByTestId('synonyms-filter-lang').selectOption('hu');
  await page.getByTestId('synonyms-filter-text').fill('zsebpénz');
  await expect(synonyms.sets).toHaveCount(1);
  await page.getByTestId('synonyms-filter-text').fill('');
  await page.getByTestId('synonyms-filter-text').fill('kártya');
  await hideToasts(page);
  await page.screenshot({ path: 'docs/screenshots/knowledge-synonyms-hu.png', fullPage: false });

  // After the agent's sync the made-up word finds the article through the official term.
  await second.core.syncNow();
  expect(await found()).toContain('card-lost-stolen');

  // And in the agent's search screen.
  const agentPage = await context.newPage();
  await agentPage.goto(new URL('#/search', second.url).href);
  const search = new SearchScreen(agentPage);
  await search.input.fill(word);
  await expect(
    search.results.filter({ hasText: 'Elveszett vagy ellopott kártya' }),
  ).not.toHaveCount(0);
});

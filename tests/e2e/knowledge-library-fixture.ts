import type { Locator, Page } from '@playwright/test';
import type { AgentCore } from '../../electron/core/agent-core';
import type { CategoryNode } from '../../shared/workstation/desk';
import { confirmUrgentNotices } from './kb-server';

/*
 * Page objects for the category tree editor and the synonyms editor (issue 9 items 2 and 7;
 * renderer/src/screens/knowledge/categories and synonyms).
 */

export const AGENT = { username: 'agent.cards', password: 'demo-password-agent-cards' };

/** Signs a workstation in, brings its replica up to date and confirms the demo urgent notice. */
export async function signInAndSync(
  core: AgentCore,
  user: { username: string; password: string },
): Promise<void> {
  const signedIn = await core.signIn(user);
  if (!signedIn.ok) throw new Error(`${user.username} could not sign in`);
  await core.syncNow();
  await confirmUrgentNotices(core);
}

/** The category editor tab. Rows are found by their English name (the UI's content language). */
export class CategoryEditorPage {
  readonly root: Locator;
  readonly rows: Locator;
  readonly failure: Locator;
  readonly done: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('category-editor');
    this.rows = page.getByTestId('category-row');
    this.failure = page.getByTestId('category-failure');
    this.done = page.getByTestId('category-done');
  }

  async open(base: string): Promise<void> {
    await this.page.goto(new URL('#/knowledge?tab=categories', base).href);
    await this.rows.first().waitFor();
  }

  row(name: string): Locator {
    return this.rows.filter({
      has: this.page.getByTestId('category-name').getByText(name, { exact: true }),
    });
  }

  async idOf(name: string): Promise<string> {
    const id = await this.row(name).getAttribute('data-category');
    if (!id) throw new Error(`no category row named ${name}`);
    return id;
  }

  /** Every row as "depth:name", in screen order: the tree as the author sees it. */
  async outline(): Promise<string[]> {
    return this.rows.evaluateAll((rows) =>
      rows.map(
        (r) =>
          `${r.getAttribute('data-depth')}:${r.querySelector('[data-testid="category-name"]')?.textContent ?? ''}`,
      ),
    );
  }

  /** Drags `name` by its grip onto a part of `target`: its top edge, middle or bottom edge. */
  async drag(name: string, target: string, place: 'before' | 'inside' | 'after'): Promise<void> {
    const onto = this.row(target);
    const box = await onto.boundingBox();
    if (!box) throw new Error(`row ${target} is not visible`);
    const y = place === 'before' ? 3 : place === 'after' ? box.height - 3 : box.height / 2;
    await this.row(name)
      .locator('.category-grip')
      .dragTo(onto, { targetPosition: { x: 60, y } });
  }

  /** Waits until the last change is saved (the status line names the moved category). */
  async saved(): Promise<void> {
    await this.done.filter({ hasText: /\S/ }).waitFor();
  }
}

/** The children of a category in a workstation's Browse tree, by name and in order. */
export function childNames(tree: CategoryNode[], path: string[]): string[] {
  let level = tree;
  for (const name of path) {
    const node = level.find((n) => n.name === name);
    if (!node) return [];
    level = node.children;
  }
  return level.map((n) => n.name);
}

/** The synonyms editor tab. */
export class SynonymsPage {
  readonly root: Locator;
  readonly form: Locator;
  readonly sets: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('synonyms-editor');
    this.form = page.getByTestId('synonym-form');
    this.sets = page.getByTestId('synonym-set');
  }

  async open(base: string): Promise<void> {
    await this.page.goto(new URL('#/knowledge?tab=synonyms', base).href);
    await this.sets.first().waitFor();
  }

  set(id: string): Locator {
    return this.page.locator(`[data-testid="synonym-set"][data-set="${id}"]`);
  }

  /** Types the terms into the chip input, each ended with Enter. */
  async addTerms(...terms: string[]): Promise<void> {
    const input = this.form.getByTestId('synonym-term-input');
    for (const term of terms) {
      await input.fill(term);
      await input.press('Enter');
    }
  }
}

/**
 * Closes the reminders (overdue reviews) that would cover the screen in a screenshot. The reminder
 * comes a moment after the screen, with the owner's to-do counts: wait for it, then close it.
 */
export async function hideToasts(page: Page): Promise<void> {
  await page
    .getByTestId('toast')
    .first()
    .waitFor({ timeout: 10_000 })
    .catch(() => undefined); // an owner with nothing overdue gets no reminder
  const dismiss = page.getByTestId('toast-dismiss');
  while ((await dismiss.count()) > 0) await dismiss.first().click();
}

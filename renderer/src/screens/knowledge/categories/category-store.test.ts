import { describe, expect, it } from 'vitest';
import { createFakeApi } from '../../../stores/fake-api';
import type { AuthoringOutcome } from '../../../../../shared/workstation/authoring';

/** A bare success: the contract's empty answer (z.object({})) does not type `{ ok: true }` alone. */
const done = <K extends 'saveCategory' | 'saveSynonymSet' | 'deleteSynonymSet'>() =>
  ({ ok: true }) as AuthoringOutcome<K>;
import { childrenOf, type Category } from './category-tree';
import { createCategoryStore } from './category-store';

// R11: moves show at once and are rolled back when the server refuses them.

const cat = (id: string, parentId: string | null, position: number): Category => ({
  id,
  parentId,
  position,
  names: { en: id, hu: `${id}-hu` },
  articleCount: 1,
});

const TREE = [cat('cards', null, 0), cat('accounts', null, 1), cat('lost', 'cards', 0)];

function setup() {
  const fake = createFakeApi();
  fake.state.authoringAnswers.listCategories = { ok: true, categories: TREE };
  const store = createCategoryStore(fake.api);
  return { fake, store };
}

describe('category store (R11)', () => {
  it('moves optimistically and sends moveCategory with the placement', async () => {
    const { fake, store } = setup();
    await store.getState().reload();
    let answer: (v: { ok: true }) => void = () => {};
    const waiting = new Promise<{ ok: true }>((resolve) => (answer = resolve));
    fake.api.authoring = ((request: { op: string }) => {
      fake.sent.authoring.push(request as never);
      return request.op === 'moveCategory'
        ? waiting
        : Promise.resolve({ ok: true, categories: TREE });
    }) as typeof fake.api.authoring;
    const moving = store.getState().move('accounts', { parentId: 'cards', index: 0 });
    // Before the server answers, the tree already shows the move.
    const shown = store.getState().categories ?? [];
    expect(childrenOf(shown, 'cards').map((c) => c.id)).toEqual(['accounts', 'lost']);
    answer({ ok: true });
    expect(await moving).toEqual({ ok: true, id: 'accounts' });
    expect(fake.sent.authoring).toContainEqual({
      op: 'moveCategory',
      id: 'accounts',
      parentId: 'cards',
      index: 0,
    });
  });

  it('rolls a refused move back and says why', async () => {
    const { fake, store } = setup();
    await store.getState().reload();
    fake.state.authoringAnswers.moveCategory = {
      ok: false,
      problem: 'invalid',
      message: 'A category cannot move under one of its own subcategories.',
    };
    const outcome = await store.getState().move('accounts', { parentId: 'cards', index: 1 });
    expect(outcome).toMatchObject({ ok: false, problem: 'invalid' });
    expect(childrenOf(store.getState().categories ?? [], null).map((c) => c.id)).toEqual([
      'cards',
      'accounts',
    ]);
  });

  it('creates a category with an id from its name and refuses one without any name', async () => {
    const { fake, store } = setup();
    await store.getState().reload();
    fake.state.authoringAnswers.saveCategory = done<'saveCategory'>();
    expect(await store.getState().save(null, 'cards', { en: '  ', hu: '' })).toMatchObject({
      ok: false,
      problem: 'no-name',
    });
    const outcome = await store.getState().save(null, 'cards', { hu: 'Zárolás ', en: '' });
    expect(outcome).toEqual({ ok: true, id: 'cat-zarolas' });
    expect(fake.sent.authoring).toContainEqual({
      op: 'saveCategory',
      id: 'cat-zarolas',
      parentId: 'cards',
      names: { hu: 'Zárolás' },
    });
  });

  it('passes the server refusal of deleting a category with subcategories on', async () => {
    const { fake, store } = setup();
    await store.getState().reload();
    fake.state.authoringAnswers.deleteCategory = {
      ok: false,
      problem: 'conflict',
      message: 'Move or delete the subcategories first.',
    };
    expect(await store.getState().remove('cards')).toMatchObject({
      ok: false,
      problem: 'conflict',
    });
    expect(store.getState().categories).toHaveLength(3);
  });
});

import { describe, expect, it } from 'vitest';
import type { CategoryListing } from '../../../shared/workstation/desk';
import { createBrowseStore } from './browse-store';
import { categoryNode, createFakeApi, summary } from './fake-api';

// R4, R11, R12: the category tree, and an article listed under every category it is in.

const listing = (id: string, name: string): CategoryListing => ({
  category: { id, name },
  path: [
    { id: 'cards', name: 'Cards' },
    { id, name },
  ],
  articles: [summary('both', { type: 'procedure' }), summary('canned-1', { type: 'canned' })],
  faq: [summary('both', { type: 'procedure' })],
});

function setup() {
  const fake = createFakeApi();
  fake.state.categoryTree = [
    categoryNode('cards', 2, [categoryNode('lost', 2), categoryNode('pin', 1)], 'Cards'),
  ];
  fake.state.listings.set('lost', listing('lost', 'Lost and stolen'));
  fake.state.listings.set('pin', listing('pin', 'PIN'));
  return { fake, store: createBrowseStore(fake.api) };
}

describe('browse store', () => {
  it('loads the tree with its counts', async () => {
    const { store } = setup();
    await store.getState().loadTree();
    expect(store.getState().tree).toMatchObject({ status: 'ready', error: null });
    expect(store.getState().tree.nodes[0]?.children.map((c) => [c.id, c.count])).toEqual([
      ['lost', 2],
      ['pin', 1],
    ]);
  });

  it('lists a category, and the same article under another one too', async () => {
    const { store } = setup();
    await store.getState().openCategory({ categoryId: 'lost' });
    const lost = store.getState().listing;
    expect(lost.status === 'ready' && lost.listing.articles.map((a) => a.id)).toContain('both');
    await store.getState().openCategory({ categoryId: 'pin' });
    const pin = store.getState().listing;
    expect(pin.status === 'ready' && pin.listing.articles.map((a) => a.id)).toContain('both');
  });

  it('narrows by type and keeps only the latest request', async () => {
    const { store } = setup();
    const stale = store.getState().openCategory({ categoryId: 'pin' });
    const latest = store.getState().openCategory({ categoryId: 'lost', type: 'canned' });
    await Promise.all([stale, latest]);
    const state = store.getState().listing;
    expect(state.status === 'ready' && state.listing.category.id).toBe('lost');
    expect(state.status === 'ready' && state.listing.articles.map((a) => a.id)).toEqual([
      'canned-1',
    ]);
  });

  it('says when a category is gone or could not be read', async () => {
    const { fake, store } = setup();
    await store.getState().openCategory({ categoryId: 'nope' });
    expect(store.getState().listing.status).toBe('not-found');
    fake.api.listCategory = () => Promise.reject(new Error('replica busy'));
    await store.getState().openCategory({ categoryId: 'lost' });
    expect(store.getState().listing).toMatchObject({ status: 'failed', message: 'replica busy' });
    fake.api.getCategoryTree = () => Promise.reject(new Error('no tree'));
    await store.getState().loadTree();
    expect(store.getState().tree).toMatchObject({ status: 'failed', error: 'no tree' });
  });

  it('reloads tree and listing when articles change while followed', async () => {
    const { fake, store } = setup();
    await store.getState().loadTree();
    await store.getState().openCategory({ categoryId: 'lost' });
    const off = store.getState().follow();
    fake.state.categoryTree = [categoryNode('cards', 3, [], 'Cards')];
    fake.emit('articlesChanged', { added: [], changed: [], removed: [], initial: false });
    expect(store.getState().listing.status).toBe('loading');
    await store.getState().loadTree();
    expect(store.getState().tree.nodes[0]?.count).toBe(3);
    off();
  });
});

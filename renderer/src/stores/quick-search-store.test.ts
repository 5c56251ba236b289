import { describe, expect, it } from 'vitest';
import { article, createFakeApi, hits } from './fake-api';
import { createQuickSearchStore, filledDraftText } from './quick-search-store';
import { createSearchStore } from './search-store';

// R1 (popup, clipboard offer), R8 (canned responses filled and copied), R17 (report a question).

function setup() {
  const fake = createFakeApi();
  const copied: string[] = [];
  const results = createSearchStore(fake.api, { debounceMs: 0, initialActive: 0 });
  const store = createQuickSearchStore(fake.api, results, {
    writeText: (text) => {
      copied.push(text);
      return Promise.resolve();
    },
  });
  return { fake, results, store, copied };
}

const context = { agentName: 'Ana Kovács', now: new Date(2025, 2, 4), locale: 'en' };

describe('quick search store: opening', () => {
  it('offers the clipboard text as the query, on one line, and searches it', () => {
    const { fake, results, store } = setup();
    store.getState().show('  card\n  stolen  ');
    expect(store.getState()).toMatchObject({ open: true, view: { kind: 'results' } });
    expect(results.getState().query).toBe('card stolen');
    expect(store.getState().offer?.text).toBe('card stolen');
    expect(fake.searches.map((s) => s.query.text)).toEqual(['card stolen']);
  });

  it('starts empty without clipboard text, and takes a late clipboard only if nothing was typed', () => {
    const { results, store } = setup();
    store.getState().show();
    expect(results.getState().query).toBe('');
    expect(store.getState().offer?.text).toBe('');
    store.getState().offerClipboard('pin reset');
    expect(results.getState().query).toBe('pin reset');
    const first = store.getState().offer?.seq;
    results.getState().setQuery('typed');
    store.getState().offerClipboard('late text');
    expect(results.getState().query).toBe('typed');
    expect(store.getState().offer?.seq).toBe(first);
  });

  it('ignores a clipboard answer that arrives after the popup closed', () => {
    const { results, store } = setup();
    store.getState().show();
    store.getState().hide();
    store.getState().offerClipboard('late');
    expect(results.getState().query).toBe('');
  });

  it('highlights the first result so Enter opens it', async () => {
    const { fake, results, store } = setup();
    store.getState().show('router');
    fake.searches[0]?.resolve(hits('a', 'b'));
    await Promise.resolve();
    await Promise.resolve();
    expect(results.getState().activeIndex).toBe(0);
  });
});

describe('quick search store: canned responses', () => {
  it('opens a form pre-filled with what the workstation knows', async () => {
    const { fake, store, copied } = setup();
    fake.state.articles = [
      article('c1', {
        type: 'canned',
        title: 'Card blocked',
        bodyHtml:
          '<p>Dear {{customer.name}},</p><p>blocked on {{today}}.</p><ul><li>Ref {{case.id}}</li></ul><p>{{agent.name}}</p>',
      }),
    ];
    const outcome = await store
      .getState()
      .startCanned({ id: 'c1', title: 'Card blocked' }, context);
    expect(outcome).toBe('form');
    expect(copied).toEqual([]);
    const { view } = store.getState();
    expect(view.kind === 'canned' && view.draft).toMatchObject({
      status: 'ready',
      placeholders: ['customer.name', 'today', 'case.id', 'agent.name'],
      values: {
        'customer.name': '',
        today: 'March 4, 2025',
        'case.id': '',
        'agent.name': 'Ana Kovács',
      },
    });
    store.getState().setCannedValue('customer.name', 'Bo Li');
    await store.getState().copyCanned();
    expect(copied).toEqual([
      'Dear Bo Li,\n\nblocked on March 4, 2025.\n\n- Ref [case.id]\n\nAna Kovács',
    ]);
  });

  it('copies a canned response without blanks at once', async () => {
    const { fake, store, copied } = setup();
    fake.state.articles = [article('c2', { type: 'canned', bodyHtml: '<p>Hello &amp; bye</p>' })];
    expect(await store.getState().startCanned({ id: 'c2', title: 'x' }, context)).toBe('copied');
    expect(copied).toEqual(['Hello & bye']);
  });

  it('says when the response is gone or the clipboard refuses', async () => {
    const { fake, store } = setup();
    expect(await store.getState().startCanned({ id: 'gone', title: 'Gone' }, context)).toBe(
      'failed',
    );
    const failing = createQuickSearchStore(fake.api, createSearchStore(fake.api), {
      writeText: () => Promise.reject(new Error('denied')),
    });
    fake.state.articles = [article('c3', { type: 'canned', bodyHtml: '<p>Hi</p>' })];
    expect(await failing.getState().startCanned({ id: 'c3', title: 'x' }, context)).toBe('failed');
    const { view } = failing.getState();
    expect(view.kind === 'canned' && view.draft).toMatchObject({
      status: 'failed',
      message: 'denied',
    });
  });

  it('drops a canned response the agent already left', async () => {
    const { fake, store } = setup();
    fake.state.articles = [article('c1', { type: 'canned', bodyHtml: '<p>{{x}}</p>' })];
    const pending = store.getState().startCanned({ id: 'c1', title: 'x' }, context);
    store.getState().back();
    expect(await pending).toBe('failed');
    expect(store.getState().view).toEqual({ kind: 'results' });
  });

  it('fills only ready drafts', () => {
    expect(filledDraftText({ status: 'loading', ref: { id: 'x' }, title: 'x' })).toBeNull();
  });
});

describe('quick search store: after copying', () => {
  it('does not offer its own copied text back, and starts the next popup unfiltered', async () => {
    const { fake, results, store } = setup();
    fake.state.articles = [article('c2', { type: 'canned', bodyHtml: '<p>Hello</p>' })];
    store.getState().show();
    results.getState().setFilters({ type: 'canned' });
    await store.getState().startCanned({ id: 'c2', title: 'x' }, context);
    store.getState().show('Hello\n');
    expect(results.getState().query).toBe('');
    expect(results.getState().filters).toEqual({});
    store.getState().offerClipboard('Hello');
    expect(results.getState().query).toBe('');
    store.getState().offerClipboard('something else');
    expect(results.getState().query).toBe('something else');
  });
});

describe('quick search store: report this question', () => {
  it('reports the query to the authors and remembers which query it was', async () => {
    const { fake, store } = setup();
    await store.getState().reportQuestion('  roaming in Serbia  ');
    expect(fake.sent.questions).toEqual([{ query: 'roaming in Serbia' }]);
    expect(store.getState().report).toEqual({ status: 'sent', query: 'roaming in Serbia' });
  });

  it('keeps the failure to show it, and starts afresh when the popup opens again', async () => {
    const { fake, store } = setup();
    fake.api.reportQuestion = () => Promise.reject(new Error('host gone'));
    await store.getState().reportQuestion('x');
    expect(store.getState().report).toEqual({ status: 'failed', query: 'x', message: 'host gone' });
    store.getState().show();
    expect(store.getState().report).toEqual({ status: 'idle' });
    await store.getState().reportQuestion('   ');
    expect(store.getState().report).toEqual({ status: 'idle' });
  });
});

describe('quick search store: views', () => {
  it('opens an article and goes back to the results', () => {
    const { store } = setup();
    store.getState().show();
    store.getState().openArticle({ id: 'a1', lang: 'hu' });
    expect(store.getState().view).toEqual({ kind: 'article', ref: { id: 'a1', lang: 'hu' } });
    store.getState().back();
    expect(store.getState().view).toEqual({ kind: 'results' });
    store.getState().openArticle({ id: 'a1' });
    store.getState().hide();
    expect(store.getState()).toMatchObject({ open: false, view: { kind: 'results' } });
  });
});

import { describe, expect, it } from 'vitest';
import { Header } from '../app/Header';
import { article, categoryNode, details, hits, signedIn, summary } from '../stores/fake-api';
import { markupStores, renderMarkup } from '../stores/render-markup';
import type { Stores } from '../stores/stores-context';
import { CategoryListingView } from './browse/CategoryListingView';
import { CategoryTree } from './browse/CategoryTree';
import { DeskListCards } from './home/DeskListCards';
import { QuickSearch } from './quick-search/QuickSearch';
import { ArticleView } from './search/ArticleView';
import { HotkeyField } from './settings/HotkeyField';

/*
 * Server-rendered markup of the agent's desk (issue 6): the data-testid hooks the end-to-end tests
 * use, the ARIA a screen reader needs, and the words in more than one language.
 */

const noop = () => undefined;
const testIds = (html: string): string[] => [
  ...new Set([...html.matchAll(/data-testid="([^"]+)"/g)].map((m) => m[1] ?? '')),
];

function articleState(s: Stores, type: 'canned' | 'reference' = 'reference') {
  const a = article('a1', {
    type,
    lang: 'en',
    tags: ['refund', 'tone:formal', 'tone:warm'],
    bodyHtml: '<p>Dear {{customer.name}}, this is {{agent.name}}.</p>',
    revision: 4,
  });
  s.article.setState({
    article: { status: 'loaded', ref: { id: 'a1' }, article: a },
    details: {
      status: 'ready',
      details: details({
        breadcrumbs: [
          [
            { id: 'cards', name: 'Cards' },
            { id: 'lost', name: 'Lost and stolen' },
          ],
          [{ id: 'fraud', name: 'Fraud' }],
        ],
        updatedBy: 'Bo Li',
        favourite: true,
        vote: 'helpful',
        related: [summary('r1', { title: 'Order a replacement card' })],
        changes: {
          readRevision: 3,
          readAt: '2025-03-01T10:00:00.000Z',
          text: [
            { text: 'Block the card ', match: false },
            { text: 'at once', match: true },
          ],
          removedWords: 2,
        },
      }),
    },
  });
}

const articleView = (
  <ArticleView
    onClose={noop}
    onLanguage={noop}
    openArticle={noop}
    hrefForArticle={(ref) => `#/search?article=${ref.id}`}
    categoryLinks={{ hrefFor: (id) => `#/browse?category=${id}`, open: noop }}
  />
);

describe('article view markup (R4, R11, R12, R17, R18)', () => {
  it('has every hook the end-to-end tests use', () => {
    const s = markupStores();
    s.session.setState({ session: signedIn() });
    articleState(s);
    const ids = testIds(renderMarkup(s, articleView));
    for (const id of [
      'article-breadcrumb',
      'article-tags',
      'article-updated',
      'changed-banner',
      'mark-read',
      'feedback-helpful',
      'feedback-not-helpful',
      'feedback-flag',
      'favourite-toggle',
      'related-article',
      'print-article',
      'copy-link',
    ])
      expect(ids).toContain(id);
  });

  it('shows both category paths, who updated it, the changes and the pressed toggles', () => {
    const s = markupStores();
    s.session.setState({ session: signedIn() });
    articleState(s);
    const html = renderMarkup(s, articleView);
    expect(html.match(/data-testid="article-breadcrumb-path"/g)).toHaveLength(2);
    expect(html).toContain('href="#/browse?category=lost"');
    expect(html).toMatch(/Updated [^<]+ by Bo Li/);
    expect(html).toContain('Revision 4');
    expect(html).toContain('<mark>at once</mark>');
    expect(html).toContain('2 words were removed.');
    expect(html).toMatch(/aria-pressed="true"[^>]*data-testid="favourite-toggle"/);
    expect(html).toMatch(/aria-pressed="true"[^>]*data-testid="feedback-helpful"/);
    expect(html).toContain('Order a replacement card');
  });

  it('shows tone labels apart from the tags, translated where known', () => {
    const s = markupStores();
    articleState(s);
    const html = renderMarkup(s, articleView, 'hu');
    expect(html).toMatch(/data-testid="article-tone".*hivatalos.*warm/);
    expect(html).not.toContain('tone:formal');
    expect(html).toMatch(/data-testid="article-tags".*refund/);
  });

  it('asks to sign in before feedback can be sent', () => {
    const s = markupStores();
    articleState(s);
    const html = renderMarkup(s, articleView);
    expect(html).toContain('data-testid="feedback-sign-in"');
    expect(html).toMatch(/disabled=""[^>]*data-testid="feedback-helpful"/);
  });

  it('offers a canned response as a form with a live preview (R8)', () => {
    const s = markupStores();
    s.session.setState({ session: signedIn('Ana Kovács') });
    articleState(s, 'canned');
    const html = renderMarkup(s, articleView);
    for (const id of ['canned-form', 'canned-field', 'canned-preview', 'canned-copy'])
      expect(html).toContain(`data-testid="${id}"`);
    expect(html).toContain('data-placeholder="customer.name"');
    expect(html).toMatch(/data-placeholder="agent.name" value="Ana Kovács"/);
    expect(html).toContain(
      '<mark class="canned-missing" data-placeholder="customer.name">[customer.name]</mark>',
    );
    expect(html).toContain('Customer’s name');
  });
});

describe('quick search markup (R1)', () => {
  const popup = (
    <QuickSearch
      variant="overlay"
      labelId="qs"
      onClose={noop}
      onOpenInMain={noop}
      onCopied={noop}
    />
  );

  it('lists results with their type, and the filters', () => {
    const s = markupStores();
    const result = hits('Block a card', 'Reply: card blocked');
    const second = result.hits[1];
    if (second) second.type = 'canned';
    s.quickResults.setState({ query: 'card', result, resultQuery: 'card', activeIndex: 0 });
    const html = renderMarkup(s, popup);
    for (const id of [
      'quick-search-input',
      'quick-search-result',
      'quick-search-filter-type',
      'quick-search-filter-category',
    ])
      expect(html).toContain(`data-testid="${id}"`);
    expect(html).toContain('data-type="canned"');
    expect(html).toContain('aria-activedescendant="quick-search-option-0"');
    expect(html).toMatch(/role="option" aria-selected="true"/);
  });

  it('offers "Report this question" when nothing is found', () => {
    const s = markupStores();
    s.session.setState({ session: signedIn() });
    s.quickResults.setState({ query: 'xyz', result: hits(), resultQuery: 'xyz' });
    const html = renderMarkup(s, popup, 'zh-CN');
    expect(html).toContain('data-testid="report-question"');
    expect(html).toContain('报告这个问题');
  });

  it('offers recent and most used articles for an empty field', () => {
    const s = markupStores();
    s.desk.setState({
      status: 'ready',
      lists: { recent: [summary('r1')], mostUsed: [summary('m1')], favourites: [] },
    });
    const html = renderMarkup(s, popup);
    expect(html.match(/data-testid="quick-search-recent"/g)).toHaveLength(2);
    expect(html).toContain('Recently viewed');
  });
});

describe('browse markup (R4, R11, R12)', () => {
  it('is an ARIA tree with counts', () => {
    const nodes = [
      categoryNode('cards', 12, [categoryNode('lost', 3, [], 'Lost and stolen')], 'Cards'),
      categoryNode('loans', 2, [], 'Loans'),
    ];
    const html = renderMarkup(
      markupStores(),
      <CategoryTree
        nodes={nodes}
        expanded={new Set(['cards'])}
        selectedId="lost"
        focusedId="lost"
        label="Categories"
        onFocus={noop}
        onToggle={noop}
        onSelect={noop}
      />,
    );
    expect(html).toContain('role="tree"');
    expect(html).toContain('data-testid="category-tree"');
    expect(html).toMatch(
      /role="treeitem"[^>]*aria-level="1"[^>]*aria-expanded="true"[^>]*tabindex="-1"[^>]*data-category-id="cards"/,
    );
    expect(html).toMatch(
      /aria-level="2"[^>]*aria-selected="true"[^>]*tabindex="0"[^>]*data-category-id="lost"/,
    );
    expect(html).toContain('role="group"');
    expect(html).toContain('12 articles');
  });

  it('lists a category with its FAQ and its articles', () => {
    const s = markupStores();
    s.browse.setState({
      listing: {
        status: 'ready',
        query: { categoryId: 'lost' },
        listing: {
          category: { id: 'lost', name: 'Lost and stolen' },
          path: [
            { id: 'cards', name: 'Cards' },
            { id: 'lost', name: 'Lost and stolen' },
          ],
          articles: [summary('a1'), summary('a2', { type: 'canned' })],
          faq: [summary('a1')],
        },
      },
    });
    const html = renderMarkup(
      s,
      <CategoryListingView
        node={categoryNode('lost', 2)}
        type={undefined}
        links={{
          categoryHref: (id) => `#/browse?category=${id}`,
          openCategory: noop,
          articleHref: (ref) => `#/browse?article=${ref.id}`,
          openArticle: noop,
          setType: noop,
        }}
      />,
    );
    for (const id of ['category-articles', 'category-faq', 'browse-article', 'category-path'])
      expect(html).toContain(`data-testid="${id}"`);
    expect(html.match(/data-testid="browse-article"/g)).toHaveLength(3);
    expect(html).toContain('Articles in this category (2)');
  });
});

describe('home and settings markup', () => {
  it('shows the three desk lists, with empty states that say what to do (R18)', () => {
    const s = markupStores();
    s.desk.setState({
      status: 'ready',
      lists: { recent: [summary('r1', { title: 'Lost card' })], mostUsed: [], favourites: [] },
    });
    const html = renderMarkup(s, <DeskListCards navigate={noop} />, 'id');
    for (const id of ['recent-list', 'favourites-list', 'most-used-list'])
      expect(html).toContain(`data-testid="${id}"`);
    expect(html).toContain('Lost card');
    expect(html).toContain('Belum ada favorit');
  });

  it('captures the hotkey and says when another application holds it (R1)', () => {
    const s = markupStores();
    s.hotkey.setState({
      status: { state: 'failed', accelerator: 'CommandOrControl+Shift+Space', reason: 'in-use' },
    });
    const html = renderMarkup(
      s,
      <HotkeyField
        value="CommandOrControl+Alt+K"
        saved="CommandOrControl+Shift+Space"
        onChange={noop}
      />,
    );
    expect(html).toMatch(/data-testid="hotkey-input"[^>]*value="Ctrl\+Alt\+K"/);
    expect(html).toMatch(/data-testid="hotkey-status" data-state="failed-in-use"/);
    expect(html).toContain('Ctrl+Shift+Space is already used by another application');
    expect(html).toContain('Save to use the new combination.');
  });

  it('puts the quick search in the header with its shortcut', async () => {
    const s = markupStores();
    await s.app.getState().load();
    const html = renderMarkup(s, <Header current="home" navigate={noop} onQuickSearch={noop} />);
    const button = /<button[^>]*data-testid="open-quick-search"[^>]*>/.exec(html)?.[0] ?? '';
    expect(button).toContain('aria-keyshortcuts="Control+Shift+Space"');
    expect(html).toContain('Ctrl+Shift+Space');
  });
});

import { describe, expect, it } from 'vitest';
import type { Article } from '../../../../../shared/article';
import { NavBar } from '../../../app/NavBar';
import { signedIn } from '../../../stores/fake-api';
import { markupStores, renderMarkup } from '../../../stores/render-markup';
import { SuggestEdit } from '../../article/SuggestEdit';
import { myWorkStoreFor } from '../audit/my-work-store';
import { feedbackItem } from './feedback-fixtures';
import { InboxItem } from './InboxItem';

// R16 (owners' badge), R17 (inbox actions per kind, agents' "Suggest an edit"), in the UI language.
const navigate = () => undefined;
const resolve = () => Promise.resolve({ ok: true as const, item: feedbackItem(1) });

describe('feedback loop markup (R16, R17)', () => {
  it('offers to review a suggestion on the history screen, and to write an article for a question', () => {
    const s = markupStores();
    const suggestion = renderMarkup(
      s,
      <InboxItem
        item={feedbackItem(1, { kind: 'suggestion', reason: null })}
        navigate={navigate}
        onResolve={resolve}
      />,
      'hu',
    );
    expect(suggestion).toContain('Javasolt módosítás');
    expect(suggestion).toContain('Javaslat áttekintése');
    expect(suggestion).toContain('href="#/search?article=art-1&amp;lang=en"');
    const question = renderMarkup(
      s,
      <InboxItem
        item={feedbackItem(2, {
          kind: 'question',
          reason: null,
          articleId: null,
          articleTitle: null,
          query: 'watch pay',
        })}
        navigate={navigate}
        onResolve={resolve}
      />,
      'zh-CN',
    );
    expect(question).toContain('搜索了“watch pay”');
    expect(question).toContain('撰写文章');
    expect(question).not.toContain('data-testid="inbox-review-suggestion"');
  });

  it('shows an answered item with who answered and no answer buttons', () => {
    const html = renderMarkup(
      markupStores(),
      <InboxItem
        item={feedbackItem(3, {
          status: 'rejected',
          reply: 'The fee is right.',
          resolvedBy: { username: 'author.kb', displayName: 'Sam Taylor' },
          resolvedAt: '2026-11-20T10:00:00.000Z',
        })}
        navigate={navigate}
        onResolve={resolve}
      />,
    );
    expect(html).toContain('Reported: wrong');
    expect(html).toContain('Answered by Sam Taylor');
    expect(html).toContain('The fee is right.');
    expect(html).not.toContain('data-testid="inbox-fixed"');
  });

  it('puts the owner’s to-do count on the Knowledge navigation item', () => {
    const s = markupStores();
    s.session.setState({ session: signedIn('Sam Taylor', 'author.kb', ['author']) });
    expect(renderMarkup(s, <NavBar current="home" navigate={navigate} />)).not.toContain(
      'nav-knowledge-badge',
    );
    const myWork = myWorkStoreFor(s.api);
    myWork.setState({
      work: { overdue: 2, dueSoon: 1, openFeedback: 3, awaitingReview: 0, sentBack: 0 },
    });
    // Static rendering reads a store's initial state (useSyncExternalStore's server snapshot).
    myWork.getInitialState = myWork.getState;
    const html = renderMarkup(s, <NavBar current="home" navigate={navigate} />, 'hu');
    expect(html).toContain('data-testid="nav-knowledge-badge"');
    expect(html).toContain('6 teendő');
  });

  it('disables "Suggest an edit" with the reason when signed out', () => {
    const s = markupStores();
    s.session.setState({ session: { status: 'signed-out', serverUrl: 'http://kb.test' } });
    const article = {
      id: 'a',
      lang: 'en',
      title: 'T',
      bodyHtml: '<p>x</p>',
      revision: 1,
    } as Article;
    const html = renderMarkup(s, <SuggestEdit article={article} />, 'id');
    expect(html).toMatch(/<button[^>]*disabled=""[^>]*data-testid="suggest-edit"/);
    expect(html).toContain('Masuk untuk mengusulkan perubahan.');
  });
});

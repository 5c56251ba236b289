import { describe, expect, it } from 'vitest';
import { answer, done, input, startSession } from '../../../../shared/trees/runner';
import { sampleTree, signedIn, treeForRun, treeSummary } from '../../stores/fake-api';
import { markupStores, renderMarkup } from '../../stores/render-markup';
import { ArticleTrees } from '../article/ArticleTrees';
import { TreeListScreen } from './TreeListScreen';
import { TreeRunnerView } from './TreeRunnerView';
import { TreeRunScreen } from './TreeRunScreen';

/*
 * Server-rendered markup of the agents' side of troubleshooting trees (issue 7): the hooks the
 * end-to-end tests use, the ARIA a screen reader needs, and the words in more than one language.
 */

const noop = () => undefined;
const tree = sampleTree();
const start = startSession(tree, 0);
const atCode = answer(tree, start, 0, 1_000);
const atStep = input(tree, atCode, '61', 2_000);
const atEnd = done(tree, atStep, 3_000);

function runner(session = start, lang: 'en' | 'hu' = 'en') {
  return (
    <TreeRunnerView
      tree={tree}
      lang={lang}
      session={session}
      onChange={noop}
      onRestart={noop}
      onOpenArticle={noop}
      onOpenTree={noop}
    />
  );
}

describe('tree runner markup (issue 7 item 2)', () => {
  it('shows a question with numbered choices, progress and the keys', () => {
    const html = renderMarkup(markupStores(), runner());
    expect(html).toContain('data-testid="tree-runner"');
    expect(html).toContain('data-node="attempt"');
    expect(html).toMatch(/data-testid="tree-question"[^>]*>Is there an authorisation attempt\?</);
    expect(html.match(/data-testid="tree-choice"/g)).toHaveLength(3);
    expect(html).toContain('<kbd aria-hidden="true">3</kbd><span lang="en">Another card</span>');
    expect(html).toMatch(/data-testid="tree-progress"/);
    expect(html).toContain('Step 1 of at least 1');
    expect(html).toMatch(/data-testid="tree-back" disabled=""/);
    expect(html).toContain('role="status"');
    expect(html).not.toContain('data-testid="tree-path"');
  });

  it('asks for a value with a labelled field, and shows the path taken', () => {
    const html = renderMarkup(markupStores(), runner(atCode));
    expect(html).toMatch(
      /<input[^>]*aria-labelledby="tree-q-card-declined"[^>]*data-testid="tree-input"|data-testid="tree-input"[^>]*aria-labelledby="tree-q-card-declined"/,
    );
    expect(html).toContain('data-testid="tree-path-step"');
    expect(html).toContain('Go back to question 1: Is there an authorisation attempt?');
    expect(html).not.toMatch(/data-testid="tree-back" disabled=""/);
  });

  it('interpolates variables into texts and lists them (Hungarian)', () => {
    const html = renderMarkup(markupStores(), runner(atStep, 'hu'), 'hu');
    expect(html).toContain('61-es kód: emelje a limitet.');
    expect(html).toContain('data-testid="tree-done"');
    expect(html).toMatch(/data-testid="tree-variables".*<dt>code<\/dt><dd>61<\/dd>/);
    expect(html).toContain('Feljegyzett értékek');
    expect(html).toContain('A megtett út');
  });

  it('ends with the outcome, its article and a transcript to copy', () => {
    const html = renderMarkup(markupStores(), runner(atEnd, 'hu'), 'hu');
    expect(html).toContain('data-outcome="resolved"');
    expect(html).toContain('data-article-id="card-limits"');
    expect(html).toContain('data-testid="tree-copy-transcript"');
    expect(html).toContain('Befejezve 3 válasz után');
    const transcript = /data-testid="tree-transcript">([^<]*)</.exec(html)?.[1] ?? '';
    expect(transcript).toContain('1. Van engedélyezési kísérlet?\n   → Igen');
    expect(transcript).toContain('2. Írja be a kódot.\n   → 61');
    expect(transcript).toContain('Értékek: code = 61');
    expect(transcript).toContain('Eredmény: Megoldva (cikk card-limits)');
    expect(html).not.toContain('data-testid="tree-keys"');
  });

  it('shows links as plain text in the editor preview (no handlers)', () => {
    const other = answer(tree, start, 2, 1_000);
    const html = renderMarkup(
      markupStores(),
      <TreeRunnerView tree={tree} lang="en" session={other} onChange={noop} onRestart={noop} />,
    );
    expect(html).toContain('data-outcome="linked"');
    expect(html).not.toContain('data-testid="tree-open-linked"');
    expect(html).toContain('<code>card-other</code>');
  });
});

describe('troubleshoot screens markup', () => {
  it('lists trees with their first step and a resume badge; authors get the editor', () => {
    const s = markupStores();
    s.session.setState({ session: signedIn('Bo Li', 'bo', ['agent', 'author']) });
    s.trees.setState({
      status: 'ready',
      trees: [
        treeSummary('card', { title: '刷卡被拒絕', lang: 'zh-Hant' }),
        treeSummary('sim', { savedSession: { updatedAt: '2025-03-04T09:15:00.000Z', steps: 2 } }),
      ],
    });
    const html = renderMarkup(s, <TreeListScreen navigate={noop} />, 'zh-TW');
    expect(html.match(/data-testid="tree-list-item"/g)).toHaveLength(2);
    expect(html).toContain('href="#/troubleshoot?tree=card"');
    expect(html).toContain('lang="zh-Hant"');
    expect(html).toContain('data-testid="tree-resume-badge"');
    expect(html).toContain('回答 2 題後中斷');
    expect(html).toContain('data-testid="author-trees"');
    expect(html).toContain('data-testid="tree-filter"');
  });

  it('has no editor button for agents, and an empty state without trees', () => {
    const s = markupStores();
    s.session.setState({ session: signedIn() });
    s.trees.setState({ status: 'ready', trees: [] });
    const html = renderMarkup(s, <TreeListScreen navigate={noop} />);
    expect(html).not.toContain('data-testid="author-trees"');
    expect(html).toContain('No troubleshooting trees yet');
  });

  it('offers to resume a saved run', () => {
    const s = markupStores();
    s.treeRun.setState({
      state: {
        status: 'ready',
        id: tree.id,
        run: treeForRun(tree, { session: atCode }),
        lang: 'hu',
        session: atCode,
        resumable: true,
        reported: false,
      },
    });
    const html = renderMarkup(s, <TreeRunScreen treeId={tree.id} navigate={noop} />, 'hu');
    expect(html).toContain('data-testid="tree-resume-continue"');
    expect(html).toContain('data-testid="tree-start-over"');
    expect(html).toContain('1 válasz megadva');
    expect(html).toContain('Elutasított kártya');
    expect(html).toContain('data-testid="tree-language"');
    expect(html).not.toContain('data-testid="tree-runner"');
  });

  it('says clearly when the tree is not here, with a way back', () => {
    const s = markupStores();
    s.treeRun.setState({ state: { status: 'not-found', id: 'gone' } });
    const html = renderMarkup(s, <TreeRunScreen treeId="gone" navigate={noop} />);
    expect(html).toContain('data-testid="tree-not-found"');
    expect(html).toContain('data-testid="tree-back-to-list"');
  });

  it('lists the trees that lead to an article', () => {
    const html = renderMarkup(
      markupStores(),
      <ArticleTrees
        articleId="card-limits"
        lang="en"
        openTree={noop}
        initial={[{ id: 'card-declined', title: 'Card declined', lang: 'en' }]}
      />,
    );
    expect(html).toContain('Guided troubleshooting');
    expect(html).toContain('href="#/troubleshoot?tree=card-declined"');
  });
});

describe('tree runner with a broken tree (editor preview)', () => {
  it('says the step leads nowhere instead of failing', () => {
    const broken = { ...tree, nodes: { ...tree.nodes } };
    delete (broken.nodes as Record<string, unknown>).code;
    const html = renderMarkup(
      markupStores(),
      <TreeRunnerView tree={broken} lang="en" session={atCode} onChange={noop} onRestart={noop} />,
    );
    expect(html).toContain('data-testid="tree-run-error"');
    expect(html).toContain('data-testid="tree-back"');
  });
});

import { describe, expect, it } from 'vitest';
import { signedIn } from '../../../stores/fake-api';
import { markupStores, renderMarkup } from '../../../stores/render-markup';
import { WorkflowPanel } from '../review/WorkflowPanel';
import { article, entry, revision } from '../review/test-articles';
import { DiffView } from './DiffView';

// R14: the diff shows text only (a revision's markup never becomes markup), marked for every reader.

const before = revision({ revision: 1, bodyHtml: '<p>Call <b>now</b>.</p>' });
const after = revision({
  revision: 2,
  bodyHtml: '<p>Call &lt;img src=x onerror=alert(1)&gt; later.</p><script>alert(2)</script>',
});

describe('DiffView (R14)', () => {
  it('renders revision content as text, never as HTML', () => {
    const html = renderMarkup(
      markupStores(),
      <DiffView before={before} after={after} mode="side" />,
    );
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html).not.toContain('alert(2)');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('marks removals and additions with strike/underline elements and hidden words, in both modes', () => {
    for (const mode of ['side', 'inline'] as const) {
      const html = renderMarkup(
        markupStores(),
        <DiffView before={before} after={after} mode={mode} />,
        'hu',
      );
      expect(html).toMatch(
        /<del class="diff-removed"><span class="visually-hidden">törölve: <\/span>/,
      );
      expect(html).toMatch(
        /<ins class="diff-added"><span class="visually-hidden">hozzáadva: <\/span>/,
      );
    }
  });
});

describe('WorkflowPanel (R15)', () => {
  it('disables the actions with an explanation while the editor has unsaved changes', () => {
    const s = markupStores();
    s.session.setState({ session: signedIn('Anna Author', 'author.kb', ['author']) });
    const html = renderMarkup(
      s,
      <WorkflowPanel article={article()} dirty onChanged={() => undefined} />,
    );
    expect(html).toContain('data-testid="workflow-save-first"');
    expect(html).toMatch(
      /data-testid="workflow-action-submit"[^>]*disabled|disabled[^>]*data-testid="workflow-action-submit"/,
    );
  });

  it('shows the reviewer comment of a send-back to the author', () => {
    const s = markupStores();
    s.session.setState({ session: signedIn('Anna Author', 'author.kb', ['author']) });
    const sent = article({
      workflow: [entry(), entry({ event: 'sent-back', comment: 'Add the fee table' })],
    });
    const html = renderMarkup(
      s,
      <WorkflowPanel article={sent} dirty={false} onChanged={() => undefined} />,
    );
    expect(html).toContain('data-testid="workflow-sent-back"');
    expect(html).toContain('Add the fee table');
    expect(html).not.toContain('workflow-save-first');
  });
});

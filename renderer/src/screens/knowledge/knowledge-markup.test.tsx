import { describe, expect, it } from 'vitest';
import { NavBar } from '../../app/NavBar';
import { signedIn } from '../../stores/fake-api';
import { markupStores, renderMarkup } from '../../stores/render-markup';
import { KnowledgeScreen } from './KnowledgeScreen';

/* The Knowledge section is for authors, reviewers and administrators only (issue 9, R15, R20). */

const navigate = () => undefined;

describe('Knowledge section gate', () => {
  it('hides the Knowledge navigation item from agents and shows it to authors', () => {
    const s = markupStores();
    s.session.setState({ session: signedIn('Ana Kovács', 'ana', ['agent']) });
    expect(renderMarkup(s, <NavBar current="home" navigate={navigate} />)).not.toContain(
      'data-testid="nav-knowledge"',
    );
    s.session.setState({ session: signedIn('Ana Kovács', 'ana', ['agent', 'author']) });
    expect(renderMarkup(s, <NavBar current="home" navigate={navigate} />)).toContain(
      'data-testid="nav-knowledge"',
    );
  });

  it('tells an agent who opens the address that the section needs a role, in their language', () => {
    const s = markupStores();
    s.session.setState({ session: signedIn('Ana Kovács', 'ana', ['agent']) });
    const html = renderMarkup(
      s,
      <KnowledgeScreen route={{ section: 'knowledge' }} navigate={navigate} />,
      'hu',
    );
    expect(html).toContain('data-gate="forbidden"');
    expect(html).toContain('szerző vagy jóváhagyó');
  });

  it('asks a signed-out user to sign in', () => {
    const s = markupStores();
    s.session.setState({ session: { status: 'signed-out', serverUrl: 'http://kb.test' } });
    const html = renderMarkup(
      s,
      <KnowledgeScreen route={{ section: 'knowledge' }} navigate={navigate} />,
    );
    expect(html).toContain('data-gate="signed-out"');
    expect(html).toContain('Go to Settings');
  });
});

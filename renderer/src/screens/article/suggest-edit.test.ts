import { describe, expect, it } from 'vitest';
import { createFakeApi } from '../../stores/fake-api';
import { bodyToText, sendSuggestion, textToBody } from './suggest-edit';

// R17: agents suggest edits; the owner gets them as a draft revision and an inbox item.
const article = {
  id: 'card-fees',
  lang: 'hu' as const,
  revision: 3,
  title: 'Kártyadíjak',
  bodyHtml:
    '<h2>Díjak</h2><p>Éves díj: 1&nbsp;000 Ft &amp; ÁFA.</p><ul><li>Egy</li><li>Kettő<br>sor</li></ul>',
};

describe('suggest an edit (R17)', () => {
  it('turns the body into paragraphs of plain text and back into simple HTML', () => {
    const text = bodyToText(article.bodyHtml);
    expect(text).toBe('Díjak\n\nÉves díj: 1 000 Ft & ÁFA.\n\nEgy\n\nKettő\nsor');
    expect(textToBody('A <b> & c\n\nsecond\nline')).toBe(
      '<p>A &lt;b&gt; &amp; c</p>\n<p>second<br>line</p>',
    );
  });

  it('sends the edited text with the revision the agent read', async () => {
    const fake = createFakeApi();
    fake.state.suggestEdit = { ok: true, revision: 4 };
    const outcome = await sendSuggestion(fake.api, article, {
      title: ' Kártyadíjak 2026 ',
      text: 'Éves díj: 1 200 Ft.',
      comment: ' Changed in January. ',
    });
    expect(outcome).toEqual({ ok: true, revision: 4 });
    expect(fake.sent.suggestions).toEqual([
      {
        articleId: 'card-fees',
        lang: 'hu',
        revision: 3,
        title: 'Kártyadíjak 2026',
        bodyHtml: '<p>Éves díj: 1 200 Ft.</p>',
        comment: 'Changed in January.',
      },
    ]);
  });

  it('refuses an empty title or an unchanged text without sending', async () => {
    const fake = createFakeApi();
    fake.state.suggestEdit = { ok: true, revision: 4 };
    const text = bodyToText(article.bodyHtml);
    expect(
      await sendSuggestion(fake.api, article, { title: ' ', text, comment: '' }),
    ).toMatchObject({ ok: false, problem: 'title-required' });
    expect(
      await sendSuggestion(fake.api, article, { title: article.title, text, comment: 'x' }),
    ).toMatchObject({ ok: false, problem: 'unchanged' });
    expect(fake.sent.suggestions).toEqual([]);
  });

  it('says offline when the server cannot be reached', async () => {
    const fake = createFakeApi();
    expect(
      await sendSuggestion(fake.api, article, { title: 'New', text: 'x', comment: '' }),
    ).toMatchObject({ ok: false, problem: 'offline' });
  });
});

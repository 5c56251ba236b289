// Comparing revisions of an article (issue 9 item 3, R14): blocks, then words inside blocks.
import { describe, expect, it } from 'vitest';
import { htmlToBlocks } from './html-blocks';
import { diffHtml, diffTags, diffText, unchanged, type DiffRow } from './html-diff';

const changedWords = (rows: DiffRow[]) =>
  rows.flatMap((r) =>
    r.op === 'changed'
      ? r.diff.inline.filter((p) => p.op !== 'equal').map((p) => `${p.op}:${p.text.trim()}`)
      : [],
  );

describe('htmlToBlocks (R14: what a diff compares)', () => {
  it('reads paragraphs, headings, list items, table rows and code lines as text', () => {
    const { blocks } = htmlToBlocks(
      '<h2>Fees &amp; limits</h2><p>Block the <strong>card</strong>.</p>' +
        '<ul><li><p>First</p></li><li>Second</li></ul>' +
        '<table><tr><th>Plan</th><th>Fee</th></tr><tr><td>Basic</td><td>10&nbsp;EUR</td></tr></table>' +
        '<pre><code>line one\nline two</code></pre><img src="data:image/png;base64,AAA" alt="Card">',
    );
    expect(blocks).toEqual([
      { kind: 'heading', text: 'Fees & limits' },
      { kind: 'paragraph', text: 'Block the card.' },
      { kind: 'list-item', text: 'First' },
      { kind: 'list-item', text: 'Second' },
      { kind: 'table-row', text: 'Plan | Fee' },
      { kind: 'table-row', text: 'Basic | 10 EUR' },
      { kind: 'code', text: 'line one' },
      { kind: 'code', text: 'line two' },
      { kind: 'image', text: 'Card' },
    ]);
  });

  it('keeps markup out: tags inside text never become text, scripts are dropped', () => {
    const { blocks } = htmlToBlocks('<p>a &lt;b&gt; <script>alert(1)</script>c</p>');
    expect(blocks).toEqual([{ kind: 'paragraph', text: 'a <b> c' }]);
  });
});

describe('diffHtml (R14)', () => {
  it('finds no change between identical bodies', () => {
    const html = '<h2>Title</h2><p>One two three.</p><ul><li>x</li></ul>';
    const rows = diffHtml(html, html);
    expect(unchanged(rows)).toBe(true);
    expect(rows).toHaveLength(3);
  });

  it('marks the one word changed inside a paragraph', () => {
    const rows = diffHtml(
      '<p>Intro.</p><p>The card is blocked within one hour.</p>',
      '<p>Intro.</p><p>The card is blocked within two hours.</p>',
    );
    expect(rows.map((r) => r.op)).toEqual(['equal', 'changed']);
    expect(changedWords(rows)).toEqual(['removed:one hour', 'added:two hours']);
    const changed = rows[1];
    if (changed?.op !== 'changed') throw new Error('expected a changed row');
    expect(changed.diff.old.map((p) => p.text).join('')).toBe(
      'The card is blocked within one hour.',
    );
    expect(changed.diff.new.filter((p) => p.changed).map((p) => p.text)).toEqual(['two hours']);
  });

  it('shows an inserted and a deleted paragraph as whole rows', () => {
    const rows = diffHtml('<p>A a.</p><p>B b.</p><p>C c.</p>', '<p>A a.</p><p>C c.</p><p>D d.</p>');
    expect(rows).toEqual([
      { op: 'equal', kind: 'paragraph', text: 'A a.' },
      { op: 'removed', kind: 'paragraph', text: 'B b.' },
      { op: 'equal', kind: 'paragraph', text: 'C c.' },
      { op: 'added', kind: 'paragraph', text: 'D d.' },
    ]);
  });

  it('marks a changed table cell inside its row', () => {
    const table = (fee: string) =>
      `<table><tr><th>Plan</th><th>Fee</th></tr><tr><td>Basic</td><td>${fee}</td></tr></table>`;
    const rows = diffHtml(table('10 EUR'), table('12 EUR'));
    expect(rows.map((r) => `${r.op}:${r.kind}`)).toEqual(['equal:table-row', 'changed:table-row']);
    expect(changedWords(rows)).toEqual(['removed:10', 'added:12']);
  });

  it('compares Chinese character by character', () => {
    const rows = diffHtml('<p>请先冻结银行卡。</p>', '<p>请立即冻结信用卡。</p>');
    expect(changedWords(rows)).toEqual(['removed:先', 'added:立即', 'removed:银行', 'added:信用']);
  });

  it('a moved paragraph is removed in one place and added in the other', () => {
    const rows = diffHtml(
      '<p>Alpha</p><p>Beta</p><p>Gamma</p>',
      '<p>Gamma</p><p>Alpha</p><p>Beta</p>',
    );
    expect(
      rows.filter((r) => r.op === 'equal').map((r) => (r.op === 'equal' ? r.text : '')),
    ).toEqual(['Alpha', 'Beta']);
    expect(rows.filter((r) => r.op === 'added' || r.op === 'removed')).toEqual([
      { op: 'added', kind: 'paragraph', text: 'Gamma' },
      { op: 'removed', kind: 'paragraph', text: 'Gamma' },
    ]);
  });

  it('a replaced image with the same alt text is a change', () => {
    const rows = diffHtml('<img src="a.png" alt="Card">', '<img src="b.png" alt="Card">');
    expect(rows.map((r) => r.op)).toEqual(['removed', 'added']);
  });

  it('a rewrite of a long body stays bounded: nothing kept, at most one row per paragraph', () => {
    const body = (word: string) =>
      Array.from({ length: 1500 }, (_, i) => `<p>${word} ${i} ${word}</p>`).join('');
    const rows = diffHtml(body('old'), body('new'));
    // 3,000 block edits: beyond word-diff's bound of 2,000, the two bodies share nothing worth lining up (no Myers blow-up).
    expect(rows.filter((r) => r.op === 'equal')).toHaveLength(0);
    expect(rows.length).toBeGreaterThanOrEqual(1500);
    expect(rows.length).toBeLessThanOrEqual(3000);
  });

  it('unrelated paragraphs in the same place are removed + added, not a word soup', () => {
    const rows = diffHtml('<p>Call the bank first.</p>', '<p>Mobile top-up works offline.</p>');
    expect(rows.map((r) => r.op)).toEqual(['removed', 'added']);
  });
});

describe('diffText and diffTags (R14: title, summary, tags)', () => {
  it('interleaves removed and added words inline, keeping the new text readable', () => {
    const diff = diffText('Block the card now', 'Block the new card now');
    expect(diff.inline).toEqual([
      { text: 'Block the', op: 'equal' },
      { text: ' new', op: 'added' },
      { text: ' card now', op: 'equal' },
    ]);
    expect(diffText('Same', 'Same').changed).toBe(false);
  });

  it('tags are compared as a set', () => {
    expect(diffTags(['card', 'fees', 'old'], ['fees', 'card', 'new'])).toEqual({
      kept: ['fees', 'card'],
      removed: ['old'],
      added: ['new'],
    });
  });
});

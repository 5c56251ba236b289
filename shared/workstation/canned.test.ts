import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  extractPlaceholders,
  fillPlaceholders,
  fillSegments,
  formatToday,
  htmlToPlainText,
  initialValues,
  knownValues,
} from './canned';

// R8: canned responses ready to paste, placeholders filled in the agent's language (R10).

describe('extractPlaceholders', () => {
  it('lists each placeholder once, in order of first use', () => {
    expect(
      extractPlaceholders(
        'Dear {{customer.name}}, on {{today}} … {{ case.id }} and again {{customer.name}}; {{customer.phone_last4}}',
      ),
    ).toEqual(['customer.name', 'today', 'case.id', 'customer.phone_last4']);
  });

  it('ignores braces that are not placeholders', () => {
    expect(extractPlaceholders('{{}} {{ a b }} {{.x}} {x.y} {{x..y}}')).toEqual([]);
  });

  it('accepts names in any script', () => {
    expect(extractPlaceholders('您好 {{客户.姓名}}')).toEqual(['客户.姓名']);
  });
});

describe('fillPlaceholders', () => {
  it('fills known values and leaves unknown or empty ones visible as [name]', () => {
    const text = 'Dear {{customer.name}}, this is {{agent.name}}. Ref {{case.id}}, {{x.y}}.';
    expect(
      fillPlaceholders(text, { 'customer.name': 'Ana Kovács', 'agent.name': 'Bo', 'case.id': ' ' }),
    ).toBe('Dear Ana Kovács, this is Bo. Ref [case.id], [x.y].');
  });

  it('does not read values from the prototype chain', () => {
    expect(fillPlaceholders('{{constructor}} {{toString}}', {})).toBe('[constructor] [toString]');
  });

  it('marks segments for the preview', () => {
    expect(fillSegments('Hi {{a}}, {{b}}!', { a: 'Ana' })).toEqual([
      { kind: 'text', text: 'Hi ' },
      { kind: 'value', name: 'a', text: 'Ana' },
      { kind: 'text', text: ', ' },
      { kind: 'missing', name: 'b', text: '[b]' },
      { kind: 'text', text: '!' },
    ]);
  });

  it('never leaves a placeholder behind, whatever the values (property)', () => {
    const name = fc.stringMatching(/^[a-z]{1,6}(\.[a-z]{1,6})?$/);
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string(),
            name.map((n) => `{{${n}}}`),
          ),
        ),
        fc.dictionary(name, fc.string()),
        (parts, values) => {
          const text = parts.join(' ');
          const filled = fillPlaceholders(text, values);
          for (const p of extractPlaceholders(text)) {
            const v = values[p]?.trim();
            expect(filled).toContain(v ? v : `[${p}]`);
          }
          // Only placeholders that came in through the values may remain.
          const leftover = extractPlaceholders(filled);
          const fromValues = Object.values(values).flatMap((v) => extractPlaceholders(v));
          for (const p of leftover) expect(fromValues).toContain(p);
        },
      ),
    );
  });
});

describe('known values', () => {
  const now = new Date(2025, 2, 4, 10, 0);

  it('writes today in the given language', () => {
    expect(formatToday(now, 'en')).toBe('March 4, 2025');
    expect(formatToday(now, 'hu')).toBe('2025. március 4.');
    expect(formatToday(now, 'zh-CN')).toBe('2025年3月4日');
    expect(formatToday(now, 'id')).toBe('4 Maret 2025');
  });

  it('knows the agent and today, and pre-fills the form with them', () => {
    const known = knownValues({ agentName: ' Ana Kovács ', now, locale: 'en' });
    expect(known).toEqual({ today: 'March 4, 2025', 'agent.name': 'Ana Kovács' });
    expect(initialValues(['customer.name', 'agent.name', 'today'], known)).toEqual({
      'customer.name': '',
      'agent.name': 'Ana Kovács',
      today: 'March 4, 2025',
    });
    expect(knownValues({ now, locale: 'en' })).toEqual({ today: 'March 4, 2025' });
  });
});

describe('htmlToPlainText', () => {
  it('separates paragraphs with blank lines and keeps line breaks', () => {
    expect(htmlToPlainText('<p>Dear {{customer.name}},</p>\n<p>Thank you.<br>Bye</p>')).toBe(
      'Dear {{customer.name}},\n\nThank you.\nBye',
    );
  });

  it('writes list items with "- " and numbered items with "1. ", nested ones indented', () => {
    const html =
      '<p>Next:</p><ul><li>One</li><li><p>Two</p><ul><li>Two a</li></ul></li></ul><ol><li>First</li><li>Second</li></ol><p>End</p>';
    expect(htmlToPlainText(html)).toBe(
      'Next:\n\n- One\n- Two\n  - Two a\n\n1. First\n2. Second\n\nEnd',
    );
  });

  it('decodes entities, drops tags and collapses source whitespace', () => {
    expect(
      htmlToPlainText('<p>Fee:   <strong>&euro;15</strong> &amp; 5&ndash;7 days&#33; &#x4E2D;</p>'),
    ).toBe('Fee: €15 & 5–7 days! 中');
  });

  it('writes a link target after its text, once', () => {
    expect(
      htmlToPlainText(
        '<p>See <a href="https://bank.example/help">our help</a> or <a href="https://x.example">https://x.example</a> or <a href="mailto:help@bank.example">mail us</a>.</p>',
      ),
    ).toBe(
      'See our help (https://bank.example/help) or https://x.example or mail us (help@bank.example).',
    );
  });

  it('joins table cells and keeps preformatted text', () => {
    expect(
      htmlToPlainText(
        '<table><tr><th>Plan</th><th>Price</th></tr><tr><td>S</td><td>€5</td></tr></table><pre>a\n  b</pre>',
      ),
    ).toBe('Plan | Price\nS | €5\n\na\n  b');
  });

  it('leaves nothing of scripts or comments', () => {
    expect(htmlToPlainText('<p>a<!-- x --></p><script>alert(1)</script><p>b</p>')).toBe('a\n\nb');
  });

  it('is plain text for plain text', () => {
    expect(htmlToPlainText('Hello {{agent.name}}')).toBe('Hello {{agent.name}}');
  });
});

import { describe, expect, it } from 'vitest';
import { extractPlaceholders, sanitizeBody } from './sanitize';

describe('sanitizeBody', () => {
  it('keeps formatting, tables, links and images', () => {
    const html =
      '<h3>T</h3><p><strong>a</strong> <em>b</em></p><ol><li>x</li></ol><table><tr><th>h</th><td colspan="2">d</td></tr></table>';
    expect(sanitizeBody(html)).toBe(html);
    expect(sanitizeBody('<a href="https://x.test/a">x</a>')).toBe(
      '<a href="https://x.test/a" rel="noopener noreferrer">x</a>',
    );
    expect(sanitizeBody('<img src="data:image/png;base64,AAAA" alt="i" />')).toBe(
      '<img src="data:image/png;base64,AAAA" alt="i" />',
    );
  });

  it('drops scripts, handlers, styles, frames and dangerous URLs', () => {
    expect(
      sanitizeBody('<p onmouseover="x()" style="color:red">hi<script>bad()</script></p>'),
    ).toBe('<p>hi</p>');
    expect(sanitizeBody('<a href="javascript:alert(1)">x</a>')).toBe(
      '<a rel="noopener noreferrer">x</a>',
    );
    expect(sanitizeBody('<img src="data:image/svg+xml;base64,AAAA">')).toBe('');
    expect(
      sanitizeBody('<iframe src="https://x"></iframe><object></object><form><input></form>'),
    ).toBe('');
    expect(sanitizeBody('<a href="//evil.test">x</a>')).toBe('<a rel="noopener noreferrer">x</a>');
  });
});

describe('callouts (issue 9, R9)', () => {
  it('keeps the callout classes the editor writes and drops every other class', () => {
    expect(sanitizeBody('<div class="callout callout-warning"><p>Block first.</p></div>')).toBe(
      '<div class="callout callout-warning"><p>Block first.</p></div>',
    );
    expect(sanitizeBody('<div class="callout evil"><p>x</p></div>')).toBe(
      '<div class="callout"><p>x</p></div>',
    );
    expect(sanitizeBody('<p class="callout">x</p><div class="MsoNormal">y</div>')).toBe(
      '<p>x</p><div>y</div>',
    );
  });
});

describe('extractPlaceholders', () => {
  it('finds {{slots}} in order of first use, once each', () => {
    expect(
      extractPlaceholders(
        '{{greeting}} {{customer.name}}, {{ case.id }} {{customer.name}} {single} {{1bad}}',
      ),
    ).toEqual(['greeting', 'customer.name', 'case.id']);
  });
});

import { describe, expect, it } from 'vitest';
import { isHttpUrlOrEmpty, isSafeUrl } from './url-policy';

describe('isSafeUrl', () => {
  it.each([
    'https://example.com/a?b=c',
    'http://kb.local/x',
    'mailto:help@example.com',
    'tel:+3612345678',
    '#section-2',
    '/relative/path',
    'other-article',
    '',
  ])('keeps %s', (url) => expect(isSafeUrl(url)).toBe(true));

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
  ])('drops %j', (url) => expect(isSafeUrl(url)).toBe(false));

  it('allows raster data: images only where an image is expected', () => {
    expect(isSafeUrl('data:image/png;base64,iVBORw0KGgo=', 'image')).toBe(true);
    expect(isSafeUrl('data:image/png;base64,iVBORw0KGgo=', 'link')).toBe(false);
    expect(isSafeUrl('data:image/svg+xml;base64,PHN2Zz4=', 'image')).toBe(false);
  });
});

describe('isHttpUrlOrEmpty', () => {
  it.each(['', '  ', 'http://127.0.0.1:4010', 'https://updates.example.com/cuecard/'])(
    'accepts %j',
    (v) => expect(isHttpUrlOrEmpty(v)).toBe(true),
  );
  it.each([
    'ftp://example.com',
    'example.com',
    'https://',
    'http://exa mple.com',
    'javascript:alert(1)',
  ])('rejects %j', (v) => expect(isHttpUrlOrEmpty(v)).toBe(false));
});

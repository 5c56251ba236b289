import { describe, expect, it } from 'vitest';
import { formatRoute, parseRoute, type Route } from './route';

describe('route', () => {
  it.each<Route>([
    { section: 'home' },
    { section: 'search' },
    { section: 'browse' },
    { section: 'troubleshoot' },
    { section: 'notices' },
    { section: 'settings' },
    { section: 'search', article: { id: 'art-1' } },
    { section: 'search', article: { id: 'a/b c?&=#', lang: 'zh-Hant' } },
  ])('round-trips %j', (route) => {
    expect(parseRoute(formatRoute(route))).toEqual(route);
  });

  it('falls back to Home for an empty or unknown hash', () => {
    expect(parseRoute('')).toEqual({ section: 'home' });
    expect(parseRoute('#')).toEqual({ section: 'home' });
    expect(parseRoute('#/nowhere')).toEqual({ section: 'home' });
    expect(parseRoute('#/__proto__')).toEqual({ section: 'home' });
  });

  it('accepts a hash without the slash and ignores an unknown language', () => {
    expect(parseRoute('#notices')).toEqual({ section: 'notices' });
    expect(parseRoute('#/search?article=x&lang=klingon')).toEqual({
      section: 'search',
      article: { id: 'x' },
    });
  });

  it('keeps articles to the Search section', () => {
    expect(parseRoute('#/home?article=x')).toEqual({ section: 'home' });
  });
});

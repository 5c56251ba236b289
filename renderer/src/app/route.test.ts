import { describe, expect, it } from 'vitest';
import {
  formatRoute,
  isPopupHash,
  parseRoute,
  routeForOpenRequest,
  WHATS_NEW_ROUTE,
  type Route,
} from './route';

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
    { section: 'home', show: 'whats-new' },
    { section: 'browse', category: 'cards' },
    { section: 'browse', category: 'cards/lost', type: 'canned' },
    { section: 'browse', category: 'cards', article: { id: 'art-1', lang: 'hu' } },
    { section: 'troubleshoot', tree: 'tree-card-declined' },
    { section: 'troubleshoot', edit: 'new' },
    { section: 'notices', notice: 'outage-1' },
    { section: 'notices', compose: 'new' },
    { section: 'notices', followUp: '*' },
    { section: 'knowledge' },
    { section: 'knowledge', tab: 'inbox' },
    { section: 'knowledge', doc: 'new' },
    { section: 'knowledge', tab: 'articles', doc: 'card-lost/a b', history: 'zh-Hant' },
    { section: 'home', show: 'my-feedback' },
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

  it("keeps articles to Search and Browse, categories to Browse and What's new to Home", () => {
    expect(parseRoute('#/home?article=x')).toEqual({ section: 'home' });
    expect(parseRoute('#/search?category=x')).toEqual({ section: 'search' });
    expect(parseRoute('#/browse?category=c&type=bogus')).toEqual({
      section: 'browse',
      category: 'c',
    });
    expect(parseRoute('#/search?show=whats-new')).toEqual({ section: 'search' });
    expect(parseRoute('#/home?show=elsewhere')).toEqual({ section: 'home' });
  });

  it('keeps Knowledge tabs, documents and histories to the Knowledge section (issue 9)', () => {
    expect(parseRoute('#/knowledge?tab=bogus')).toEqual({ section: 'knowledge' });
    expect(parseRoute('#/knowledge?history=hu')).toEqual({ section: 'knowledge' });
    expect(parseRoute('#/knowledge?doc=x&history=klingon')).toEqual({
      section: 'knowledge',
      doc: 'x',
    });
    expect(parseRoute('#/search?doc=x&tab=inbox')).toEqual({ section: 'search' });
  });

  it('knows the popup window by its hash', () => {
    expect(isPopupHash('#popup')).toBe(true);
    expect(isPopupHash('#/popup')).toBe(true);
    expect(isPopupHash('#/popups')).toBe(false);
    expect(isPopupHash('')).toBe(false);
  });

  it('turns open requests into routes', () => {
    expect(routeForOpenRequest({ target: 'article', id: 'art-9' })).toEqual({
      section: 'search',
      article: { id: 'art-9' },
    });
    expect(routeForOpenRequest({ target: 'whats-new' })).toEqual(WHATS_NEW_ROUTE);
    expect(routeForOpenRequest({ target: 'notice', id: 'n-1' })).toEqual({
      section: 'notices',
      notice: 'n-1',
    });
    expect(routeForOpenRequest({ target: 'notices' })).toEqual({ section: 'notices' });
    expect(formatRoute(WHATS_NEW_ROUTE)).toBe('#/home?show=whats-new');
  });
});

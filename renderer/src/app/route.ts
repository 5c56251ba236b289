import type { ArticleRef } from '../../../shared/api';
import { parseContentLanguage } from '../../../shared/languages';

/** Sections in navigation order; Settings is reached from the header. */
export const NAV_SECTIONS = ['home', 'search', 'browse', 'troubleshoot', 'notices'] as const;
export type Section = (typeof NAV_SECTIONS)[number] | 'settings';

export interface Route {
  section: Section;
  /** The article open in the Search section. */
  article?: ArticleRef;
}

const SECTIONS: readonly string[] = [...NAV_SECTIONS, 'settings'];

export const HOME_ROUTE: Route = { section: 'home' };

/**
 * Reads "#/search?article=<id>&lang=<lang>" (what `formatRoute` writes). Anything unknown means
 * Home: an old bookmark must never leave the agent on a blank screen.
 */
export function parseRoute(hash: string): Route {
  const body = hash.replace(/^#\/?/, '');
  const [path = '', queryString = ''] = body.split('?', 2);
  const section = decodeURIComponent(path).trim();
  if (!SECTIONS.includes(section)) return HOME_ROUTE;
  const route: Route = { section: section as Section };
  if (section === 'search') {
    const params = new URLSearchParams(queryString);
    const id = params.get('article');
    if (id && id.length <= 200) {
      const lang = parseContentLanguage(params.get('lang') ?? '');
      route.article = lang ? { id, lang } : { id };
    }
  }
  return route;
}

export function formatRoute(route: Route): string {
  if (route.section !== 'search' || !route.article) return `#/${route.section}`;
  const params = new URLSearchParams({ article: route.article.id });
  if (route.article.lang) params.set('lang', route.article.lang);
  return `#/search?${params.toString()}`;
}

import type { ArticleRef, UserCapability } from '../../../shared/api';
import { ARTICLE_TYPES, type ArticleType } from '../../../shared/article';
import { parseContentLanguage, type ContentLanguage } from '../../../shared/languages';
import type { OpenRequest } from '../../../shared/workstation/sync-state';

/** Sections in navigation order; Settings is reached from the header. */
export const NAV_SECTIONS = [
  'home',
  'search',
  'browse',
  'troubleshoot',
  'notices',
  'knowledge',
] as const;
/** Sections only some users see in the navigation (the route itself still checks capabilities). */
export const GATED_SECTIONS: Partial<Record<Section, readonly UserCapability[]>> = {
  knowledge: ['author', 'reviewer', 'admin'],
};

/** Whether a user with these capabilities sees the section (ungated sections: everyone). */
export function mayOpen(section: Section, capabilities: readonly UserCapability[]): boolean {
  const needs = GATED_SECTIONS[section];
  return !needs || capabilities.some((c) => needs.includes(c));
}

/** The tabs of the Knowledge section (issue 9: authors, reviewers, owners). */
export const KNOWLEDGE_TABS = [
  'articles',
  'review',
  'inbox',
  'audit',
  'categories',
  'synonyms',
] as const;
export type KnowledgeTab = (typeof KNOWLEDGE_TABS)[number];
export type Section = (typeof NAV_SECTIONS)[number] | 'settings';

export interface Route {
  section: Section;
  /** The article open in the Search or Browse section. */
  article?: ArticleRef;
  /** A part of Home to bring into view: the What's new list, or the agent's own feedback with answers. */
  show?: 'whats-new' | 'my-feedback';
  /** Browse: the chosen category, and the type its list is narrowed to. */
  category?: string;
  type?: ArticleType;
  /** Troubleshoot: the tree being run ("#/troubleshoot?tree=<id>"). */
  tree?: string;
  /** Troubleshoot, authors: the tree being edited ("#/troubleshoot?edit=<id>"; "new" for a new one). */
  edit?: string;
  /** Notices: one notice of the history ("#/notices?notice=<id>"). */
  notice?: string;
  /** Notices, leads: compose ("#/notices?compose=new", or an id to change one). */
  compose?: string;
  /** Notices, leads: follow up ("#/notices?followUp=<id>"; "*" for the list of sent notices). */
  followUp?: string;
  /** Knowledge: the tab ("#/knowledge?tab=inbox"; default articles). */
  tab?: KnowledgeTab;
  /** Knowledge: the article open in the editor ("#/knowledge?doc=<id>"; "new" for a new one). */
  doc?: string;
  /** Knowledge, with `doc`: the versions and diff of one language variant ("&history=hu"). */
  history?: ContentLanguage;
}

/** The hash the desktop app's quick-search popup window loads (electron/main/windows.ts). */
export function isPopupHash(hash: string): boolean {
  return hash.replace(/^#\/?/, '').split('?', 1)[0] === 'popup';
}

const SECTIONS: readonly string[] = [...NAV_SECTIONS, 'settings'];

export const HOME_ROUTE: Route = { section: 'home' };
export const WHATS_NEW_ROUTE: Route = { section: 'home', show: 'whats-new' };

/** Where an article opens: the article view of the Search section. */
export function articleRoute(article: ArticleRef): Route {
  return { section: 'search', article };
}

/** Where a tree runs: the runner in the Troubleshoot section. */
export function treeRoute(id: string): Route {
  return { section: 'troubleshoot', tree: id };
}

/** Where to go when something outside the renderer (an OS notification) asks to show a thing. */
export function routeForOpenRequest(request: OpenRequest): Route {
  switch (request.target) {
    case 'article':
      return articleRoute({ id: request.id });
    case 'notice':
      return { section: 'notices', notice: request.id };
    case 'notices':
      return { section: 'notices' };
    case 'whats-new':
      return WHATS_NEW_ROUTE;
  }
}

function readArticle(params: URLSearchParams): ArticleRef | undefined {
  const id = params.get('article');
  if (!id || id.length > 200) return undefined;
  const lang = parseContentLanguage(params.get('lang') ?? '');
  return lang ? { id, lang } : { id };
}

/**
 * Reads "#/search?article=<id>&lang=<lang>", "#/browse?category=<id>&type=<type>&article=…" and
 * "#/home?show=whats-new" (what `formatRoute` writes). Anything unknown means Home: an old
 * bookmark must never leave the agent on a blank screen.
 */
export function parseRoute(hash: string): Route {
  const body = hash.replace(/^#\/?/, '');
  const [path = '', queryString = ''] = body.split('?', 2);
  const section = decodeURIComponent(path).trim();
  if (!SECTIONS.includes(section)) return HOME_ROUTE;
  const route: Route = { section: section as Section };
  const params = new URLSearchParams(queryString);
  const show = params.get('show');
  if (section === 'home' && (show === 'whats-new' || show === 'my-feedback')) route.show = show;
  if (section === 'knowledge') {
    const tab = params.get('tab');
    if (tab && (KNOWLEDGE_TABS as readonly string[]).includes(tab)) route.tab = tab as KnowledgeTab;
    const doc = params.get('doc');
    if (doc && doc.length <= 200) {
      route.doc = doc;
      const history = parseContentLanguage(params.get('history') ?? '');
      if (history) route.history = history;
    }
  }
  if (section === 'search' || section === 'browse') {
    const article = readArticle(params);
    if (article) route.article = article;
  }
  if (section === 'troubleshoot') {
    const tree = params.get('tree');
    const edit = params.get('edit');
    if (edit && edit.length <= 200) route.edit = edit;
    else if (tree && tree.length <= 200) route.tree = tree;
  }
  if (section === 'notices') {
    for (const key of ['compose', 'followUp', 'notice'] as const) {
      const value = params.get(key);
      if (value && value.length <= 200) {
        route[key] = value;
        break;
      }
    }
  }
  if (section === 'browse') {
    const category = params.get('category');
    if (category && category.length <= 200) route.category = category;
    const type = params.get('type');
    if (type && (ARTICLE_TYPES as readonly string[]).includes(type))
      route.type = type as ArticleType;
  }
  return route;
}

export function formatRoute(route: Route): string {
  if (route.section === 'home' && route.show) return `#/home?show=${route.show}`;
  const params = new URLSearchParams();
  if (route.section === 'browse') {
    if (route.category) params.set('category', route.category);
    if (route.type) params.set('type', route.type);
  }
  if ((route.section === 'search' || route.section === 'browse') && route.article) {
    params.set('article', route.article.id);
    if (route.article.lang) params.set('lang', route.article.lang);
  }
  if (route.section === 'troubleshoot') {
    if (route.edit) params.set('edit', route.edit);
    else if (route.tree) params.set('tree', route.tree);
  }
  if (route.section === 'knowledge') {
    if (route.tab) params.set('tab', route.tab);
    if (route.doc) {
      params.set('doc', route.doc);
      if (route.history) params.set('history', route.history);
    }
  }
  if (route.section === 'notices') {
    if (route.compose) params.set('compose', route.compose);
    else if (route.followUp) params.set('followUp', route.followUp);
    else if (route.notice) params.set('notice', route.notice);
  }
  const query = params.toString();
  return query === '' ? `#/${route.section}` : `#/${route.section}?${query}`;
}

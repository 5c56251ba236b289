import type { ContentLanguage } from '../../shared/languages';
import type { ArticleSummary } from '../../shared/workstation/desk';
import type { Replica } from '../connection';
import { searchArticles } from '../search';
import { articleSummaries } from './summaries';

export const RELATED_SIZE = 5;

/**
 * Articles that share words with the article's title, found by the search engine (so synonyms,
 * folding and Chinese bigrams work as in search), best first, without the article itself.
 * `langs`: the article's language first, then the agent's.
 */
export function relatedArticles(
  replica: Replica,
  article: { id: string; title: string },
  langs: readonly ContentLanguage[],
): ArticleSummary[] {
  const result = searchArticles(
    replica,
    { text: article.title, prefix: false, limit: RELATED_SIZE + 1 },
    langs,
    { anyWords: true },
  );
  const ids = result.hits.map((h) => h.id).filter((id) => id !== article.id);
  return articleSummaries(replica, ids.slice(0, RELATED_SIZE), langs);
}

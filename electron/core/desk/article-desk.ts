import type { ArticleRef } from '../../../shared/api';
import type { ContentLanguage } from '../../../shared/languages';
import type { EventPayload, OutboxEventType } from '../../../shared/sync/outbox';
import type {
  ArticleDetails,
  CategoryListing,
  CategoryListQuery,
  CategoryNode,
  DeskLists,
  FavouriteInput,
  FeedbackInput,
  MarkReadInput,
  QuestionReport,
} from '../../../shared/workstation/desk';
import { getArticle } from '../../../db/articles';
import type { Replica } from '../../../db/connection';
import { articleFacts } from '../../../db/desk/article-facts';
import { articleBreadcrumbs } from '../../../db/desk/breadcrumbs';
import { listCategory } from '../../../db/desk/category-listing';
import { categoryTree } from '../../../db/desk/category-tree';
import { changesSinceRead, markRead, readMark } from '../../../db/desk/reading';
import { relatedArticles } from '../../../db/desk/related';
import { articleSummaries, byTitle } from '../../../db/desk/summaries';
import {
  favouriteIds,
  isFavourite,
  mostOpened,
  recentlyOpened,
  recordOpen,
  setFavourite,
} from '../../../db/desk/use';
import { storeVote, voteOn } from '../../../db/desk/votes';

/** Home screen lists (issue 6 item 6). */
const RECENT = 10;
const MOST_USED = 10;
/** More favourites than anyone keeps; the cap only bounds the answer. */
const FAVOURITES = 500;

export interface ArticleDeskOptions {
  replica: Replica;
  /** The agent's reading languages, `preferred` first (electron/core/search-languages.ts). */
  readingLanguages: (preferred?: ContentLanguage) => ContentLanguage[];
  /** The languages a search for `text` covers, for question reports. */
  searchLanguages: (text: string) => ContentLanguage[];
  /** True while someone is signed in: reports belong to a user. */
  signedIn: () => boolean;
  /** Queues a report in the outbox (WorkstationSync.record). */
  report: <T extends OutboxEventType>(type: T, payload: EventPayload<T>) => void;
  now?: () => Date;
}

/** Said when feedback or a question is sent while nobody is signed in. */
export const SIGN_IN_TO_REPORT =
  'Sign in to send this: feedback and questions reach the authors under your name.';

/**
 * The article side of the agent's desk (issue 6): reading marks and changes, favourites, use,
 * browsing, and feedback through the outbox. R4, R11, R12, R17, R18.
 */
export class ArticleDesk {
  constructor(private readonly o: ArticleDeskOptions) {}

  /** An article was opened (AgentCore.getArticle): counts toward recent and most used. */
  opened(articleId: string): void {
    recordOpen(this.o.replica, articleId, this.now());
  }

  /**
   * The article view's facts. The first view of a variant marks it read at once; a variant read
   * at an older revision shows the changes and stays unread until markRead, so the banner does
   * not vanish before the agent has seen it.
   */
  details(ref: ArticleRef): ArticleDetails | null {
    const replica = this.o.replica;
    const langs = this.o.readingLanguages(ref.lang);
    const article = getArticle(replica, ref.id, langs);
    if (!article) return null;
    const facts = articleFacts(replica, article.id, article.lang);
    if (!facts) return null;
    const viewLangs = [article.lang, ...langs.filter((l) => l !== article.lang)];
    let changes = null;
    if (readMark(replica, article.id, article.lang) === null) {
      markRead(replica, article.id, article.lang, facts.revision, this.now());
    } else {
      changes = changesSinceRead(replica, article.id, article.lang);
    }
    return {
      breadcrumbs: articleBreadcrumbs(replica, article.id, viewLangs),
      placeholders: facts.placeholders,
      updatedBy: facts.updatedBy,
      favourite: isFavourite(replica, article.id),
      changes,
      related: relatedArticles(replica, article, viewLangs),
      vote: voteOn(replica, article.id, article.lang, facts.revision),
    };
  }

  markRead(input: MarkReadInput): void {
    markRead(this.o.replica, input.id, input.lang, input.revision, this.now());
  }

  categoryTree(): CategoryNode[] {
    return categoryTree(this.o.replica, this.o.readingLanguages());
  }

  listCategory(query: CategoryListQuery): CategoryListing | null {
    return listCategory(this.o.replica, query, this.o.readingLanguages());
  }

  lists(): DeskLists {
    const replica = this.o.replica;
    const langs = this.o.readingLanguages();
    return replica.read(() => ({
      recent: articleSummaries(replica, recentlyOpened(replica, RECENT), langs),
      mostUsed: articleSummaries(replica, mostOpened(replica, MOST_USED), langs),
      favourites: byTitle(
        articleSummaries(replica, favouriteIds(replica, FAVOURITES), langs),
        langs,
      ),
    }));
  }

  setFavourite(input: FavouriteInput): void {
    setFavourite(this.o.replica, input.id, input.favourite, this.now());
  }

  /**
   * To the article's owner through the outbox (R17): sent when the server is reachable, kept
   * until then. A vote is also kept here, so the view shows it. Signed out, nothing is stored
   * and the call fails with a message: the renderer keeps what the agent typed.
   */
  sendFeedback(input: FeedbackInput): void {
    if (!this.o.signedIn()) throw new Error(SIGN_IN_TO_REPORT);
    if (input.kind !== 'flag') {
      storeVote(this.o.replica, {
        articleId: input.articleId,
        lang: input.lang,
        revision: input.revision,
        vote: input.kind,
        at: this.now(),
      });
    }
    this.o.report('feedback', {
      articleId: input.articleId,
      lang: input.lang,
      revision: input.revision,
      kind: input.kind,
      reason: input.kind === 'flag' ? input.reason : null,
      comment: input.kind === 'flag' ? input.comment : '',
    });
  }

  /** "Nothing found: report this question" (R17, R25), with the languages the search covered. */
  reportQuestion(input: QuestionReport): void {
    if (!this.o.signedIn()) throw new Error(SIGN_IN_TO_REPORT);
    this.o.report('question', {
      query: input.query,
      langs: this.o.searchLanguages(input.query),
      comment: input.comment ?? '',
    });
  }

  private now(): string {
    return (this.o.now?.() ?? new Date()).toISOString();
  }
}

import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AgentApi } from '../../../../../shared/api';
import type {
  AuthoringArticle,
  AuthoringArticleSummary,
  RevisionContent,
  WorkflowEntry,
} from '../../../../../shared/workstation/authoring';
import type { AuthoringProblem } from '../../../../../shared/workstation/trees';
import { errorMessage } from '../../../bridge/call-failure';

export interface QueueItem {
  summary: AuthoringArticleSummary;
  /** The workflow entry that put it here: the submission, the scheduling or the send-back. */
  entry: WorkflowEntry | null;
  /** Scheduled articles: when they go out. */
  publishAt: string | null;
}

export type QueueLoad =
  | { status: 'loading' }
  | { status: 'ready' }
  | { status: 'failed'; problem: AuthoringProblem | 'call-failed'; message: string };

export interface ReviewQueueState {
  /** Waiting for a reviewer, oldest submission first (R15: nobody waits behind newer work). */
  inReview: QueueItem[];
  /** Approved for later, soonest first. */
  scheduled: QueueItem[];
  /** The signed-in author's articles a reviewer sent back, newest first. */
  sentBack: QueueItem[];
  load: QueueLoad;
  reload(): Promise<void>;
}

export type ReviewQueueStore = StoreApi<ReviewQueueState>;

/** Drafts looked at for send-backs: an author's most recently changed ones (one call each). */
const MAX_DRAFTS_CHECKED = 30;

function lastOf(article: AuthoringArticle, event: WorkflowEntry['event']): WorkflowEntry | null {
  for (let i = article.workflow.length - 1; i >= 0; i--) {
    if (article.workflow[i]?.event === event) return article.workflow[i] ?? null;
  }
  return null;
}

/** Sent back and not changed state since: the last workflow entry is the send-back. */
export function sentBackEntry(article: AuthoringArticle): WorkflowEntry | null {
  const last = article.workflow[article.workflow.length - 1];
  return article.status === 'draft' && last?.event === 'sent-back' ? last : null;
}

/** The review queue (R15): what waits for reviewers, what is scheduled, what came back to me. */
export function createReviewQueueStore(api: AgentApi, username: string): ReviewQueueStore {
  let generation = 0;
  return createStore<ReviewQueueState>()((set) => ({
    inReview: [],
    scheduled: [],
    sentBack: [],
    load: { status: 'loading' },

    async reload() {
      const mine = ++generation;
      set({ load: { status: 'loading' } });
      try {
        const list = await api.authoring({ op: 'listArticles' });
        if (mine !== generation) return;
        if (!list.ok) {
          set({ load: { status: 'failed', problem: list.problem, message: list.message } });
          return;
        }
        const drafts = list.articles
          .filter((a) => a.status === 'draft' && a.owner === username)
          .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
          .slice(0, MAX_DRAFTS_CHECKED);
        const wanted = [
          ...list.articles.filter((a) => a.status === 'in-review' || a.status === 'scheduled'),
          ...drafts,
        ];
        // Who submitted and what they said live in the article's workflow history.
        const details = await Promise.all(
          wanted.map(async (summary) => {
            const got = await api.authoring({ op: 'getArticle', id: summary.id });
            return { summary, article: got.ok ? got.article : null };
          }),
        );
        if (mine !== generation) return;
        const inReview: QueueItem[] = [];
        const scheduled: QueueItem[] = [];
        const sentBack: QueueItem[] = [];
        for (const { summary, article } of details) {
          if (summary.status === 'in-review') {
            inReview.push({
              summary,
              entry: article && lastOf(article, 'submitted'),
              publishAt: null,
            });
          } else if (summary.status === 'scheduled') {
            scheduled.push({
              summary,
              entry: article && lastOf(article, 'scheduled'),
              publishAt: article?.publishAt ?? null,
            });
          } else if (article) {
            const entry = sentBackEntry(article);
            if (entry) sentBack.push({ summary, entry, publishAt: null });
          }
        }
        const at = (item: QueueItem) => item.entry?.at ?? item.summary.updatedAt;
        inReview.sort((a, b) => at(a).localeCompare(at(b)));
        scheduled.sort((a, b) => (a.publishAt ?? '').localeCompare(b.publishAt ?? ''));
        sentBack.sort((a, b) => at(b).localeCompare(at(a)));
        set({ inReview, scheduled, sentBack, load: { status: 'ready' } });
      } catch (err) {
        if (mine !== generation) return;
        set({ load: { status: 'failed', problem: 'call-failed', message: errorMessage(err) } });
      }
    },
  }));
}

export interface VariantReview {
  after: RevisionContent;
  /** What agents have now; null: never published (the whole text is new). */
  before: RevisionContent | null;
}

export type ReviewLoad =
  | { ok: true; article: AuthoringArticle; variants: VariantReview[] }
  | { ok: false; problem: AuthoringProblem | 'call-failed'; message: string };

/** One article under review: per language, the published revision against the latest. */
export async function loadReview(api: AgentApi, id: string): Promise<ReviewLoad> {
  try {
    const got = await api.authoring({ op: 'getArticle', id });
    if (!got.ok) return got;
    const variants: VariantReview[] = [];
    for (const variant of got.article.variants) {
      const published = variant.publishedRevision;
      if (published === null || published === variant.revision) {
        variants.push({ after: variant, before: published === null ? null : variant });
        continue;
      }
      const old = await api.authoring({
        op: 'getRevision',
        id,
        lang: variant.lang,
        revision: published,
      });
      if (!old.ok) return old;
      variants.push({ after: variant, before: old.revision });
    }
    return { ok: true, article: got.article, variants };
  } catch (err) {
    return { ok: false, problem: 'call-failed', message: errorMessage(err) };
  }
}

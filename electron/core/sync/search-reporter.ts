import type { ContentLanguage } from '../../../shared/languages';
import type { EventPayload } from '../../../shared/sync/outbox';

/** How long a query must stand before it counts as a search (results come on every keystroke). */
const SETTLE_MS = 2_000;

/**
 * Turns search-as-you-type into analytics events (what agents search, what is missing): a query
 * counts once the agent stops typing, or at once when an article is opened from its results.
 * "card", "card bl", "card blocked" is one search for "card blocked".
 */
export class SearchReporter {
  private pending: EventPayload<'search'> | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly report: (payload: EventPayload<'search'>) => void,
    private readonly settleMs = SETTLE_MS,
  ) {}

  searched(query: string, langs: readonly ContentLanguage[], results: number): void {
    const text = query.trim();
    if (text === '') return;
    const previous = this.pending?.query;
    // A query that grows or shrinks from the last one is the same search, still being typed.
    if (previous && !text.startsWith(previous) && !previous.startsWith(text)) this.flush();
    this.pending = { query: text.slice(0, 500), langs: [...langs], results, openedArticleId: null };
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.settleMs);
    this.timer.unref?.();
  }

  opened(articleId: string): void {
    if (!this.pending) return;
    this.pending.openedArticleId = articleId;
    this.flush();
  }

  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const payload = this.pending;
    this.pending = null;
    if (payload) this.report(payload);
  }
}

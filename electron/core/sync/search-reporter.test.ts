import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EventPayload } from '../../../shared/sync/outbox';
import { SearchReporter } from './search-reporter';

describe('SearchReporter: search-as-you-type becomes one analytics event per search (R25)', () => {
  let reports: EventPayload<'search'>[];
  let reporter: SearchReporter;
  beforeEach(() => {
    vi.useFakeTimers();
    reports = [];
    reporter = new SearchReporter((p) => reports.push(p), 2_000);
  });
  afterEach(() => vi.useRealTimers());

  it('keystrokes of one query count once, when the agent stops typing', () => {
    for (const q of ['c', 'ca', 'card', 'card bl', 'card blocked']) reporter.searched(q, ['en'], 3);
    expect(reports).toEqual([]);
    vi.advanceTimersByTime(2_000);
    expect(reports).toEqual([
      { query: 'card blocked', langs: ['en'], results: 3, openedArticleId: null },
    ]);
  });

  it('a different query ends the previous search; opening a result ends it at once', () => {
    reporter.searched('card blocked', ['en'], 3);
    reporter.searched('loan', ['en'], 0);
    expect(reports.map((r) => r.query)).toEqual(['card blocked']);
    reporter.opened('loan-rates');
    expect(reports[1]).toEqual({
      query: 'loan',
      langs: ['en'],
      results: 0,
      openedArticleId: 'loan-rates',
    });
    reporter.opened('other'); // no search pending: nothing
    vi.advanceTimersByTime(5_000);
    expect(reports).toHaveLength(2);
  });
});

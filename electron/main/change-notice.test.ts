import { describe, expect, it } from 'vitest';
import type { ArticleChange, ArticlesChanged } from '../../shared/workstation/sync-state';
import { describeArticleChanges } from './change-notice';
import { NOTIFICATION_LABELS } from './notification-labels';

const change = (id: string, kind: ArticleChange['change']): ArticleChange => ({
  id,
  lang: 'en',
  title: `Title ${id}`,
  type: 'reference',
  change: kind,
  at: '2026-11-24T08:00:00.000Z',
});
const batch = (fields: Partial<ArticlesChanged>): ArticlesChanged => ({
  added: [],
  changed: [],
  removed: [],
  initial: false,
  ...fields,
});

describe('OS notification per batch of changes (issue 5 item 3, R5)', () => {
  const en = NOTIFICATION_LABELS.en;

  it('one article: its title, and a click opens it', () => {
    expect(describeArticleChanges(batch({ added: [change('a', 'added')] }), en)).toEqual({
      title: 'New in the knowledge base',
      body: 'Title a',
      open: { target: 'article', id: 'a' },
    });
    expect(describeArticleChanges(batch({ changed: [change('b', 'changed')] }), en)?.title).toBe(
      'Updated in the knowledge base',
    );
  });

  it('several articles: one notification that opens the what’s-new list', () => {
    const notice = describeArticleChanges(
      batch({
        added: [change('a', 'added'), change('b', 'added')],
        changed: [change('c', 'changed'), change('d', 'changed')],
      }),
      NOTIFICATION_LABELS.hu,
    );
    expect(notice?.title).toBe('4 cikk új vagy frissült');
    expect(notice?.body).toBe('Title a · Title b · Title c …');
    expect(notice?.open).toEqual({ target: 'whats-new' });
  });

  it('nothing for a first download or for removals only', () => {
    expect(
      describeArticleChanges(batch({ added: [change('a', 'added')], initial: true }), en),
    ).toBeNull();
    expect(describeArticleChanges(batch({ removed: ['a'] }), en)).toBeNull();
  });
});

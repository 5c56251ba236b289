import { describe, expect, it } from 'vitest';
import type {
  ArticleChange,
  ArticlesChanged,
  NoticeSummary,
} from '../../shared/workstation/sync-state';
import { describeArticleChanges, describeNotices } from './change-notice';
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

describe('OS notifications for notices (issue 8 item 2)', () => {
  const en = NOTIFICATION_LABELS.en;
  const notice = (id: string, priority: NoticeSummary['priority']): NoticeSummary => ({
    id,
    title: `Notice ${id}`,
    priority,
    requiresAck: priority === 'urgent',
  });

  it('one per urgent notice, even with notice notifications turned off', () => {
    const received = {
      notices: [notice('u1', 'urgent'), notice('i', 'info'), notice('u2', 'urgent')],
    };
    expect(describeNotices(received, en, false)).toEqual([
      { title: 'Urgent notice', body: 'Notice u1', open: { target: 'notice', id: 'u1' } },
      { title: 'Urgent notice', body: 'Notice u2', open: { target: 'notice', id: 'u2' } },
    ]);
    expect(describeNotices(received, en, true)).toHaveLength(3);
  });

  it('an important notice is named so; several others share one notification', () => {
    expect(describeNotices({ notices: [notice('p', 'important')] }, en, true)).toEqual([
      { title: 'Important notice', body: 'Notice p', open: { target: 'notice', id: 'p' } },
    ]);
    expect(describeNotices({ notices: [notice('i', 'info')] }, en, true)[0]?.title).toBe(
      'New notice',
    );
    const many = ['a', 'b', 'c', 'd'].map((id) => notice(id, 'info'));
    expect(describeNotices({ notices: many }, en, true)).toEqual([
      {
        title: '4 new notices',
        body: 'Notice a · Notice b · Notice c …',
        open: { target: 'notices' },
      },
    ]);
    expect(describeNotices({ notices: many }, en, false)).toEqual([]);
    expect(describeNotices({ notices: [] }, NOTIFICATION_LABELS.hu, true)).toEqual([]);
  });
});

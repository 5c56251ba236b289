import type { FeedbackItem } from '../../../../../shared/workstation/authoring';

/** A feedback item as the server answers it, for store and markup tests. */
export function feedbackItem(id: number, over: Partial<FeedbackItem> = {}): FeedbackItem {
  return {
    id,
    kind: 'flag',
    reason: 'wrong',
    comment: `Comment ${id}`,
    articleId: `art-${id}`,
    articleTitle: `Article ${id}`,
    lang: 'en',
    revision: 2,
    query: null,
    owner: 'author.kb',
    from: { username: 'agent.cards', displayName: 'Agent Cards' },
    createdAt: `2026-11-${String(10 + id).padStart(2, '0')}T09:00:00.000Z`,
    status: 'open',
    reply: '',
    resolvedBy: null,
    resolvedAt: null,
    ...over,
  };
}

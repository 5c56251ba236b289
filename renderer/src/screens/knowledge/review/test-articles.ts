import type {
  AuthoringArticle,
  AuthoringArticleSummary,
  RevisionContent,
  WorkflowEntry,
} from '../../../../../shared/workstation/authoring';

/** Test data for the review and history tests (issue 9): complete answers, overridable. */
export function revision(over: Partial<RevisionContent> = {}): RevisionContent {
  return {
    revision: 1,
    title: 'Block a lost card',
    note: '',
    author: { username: 'author.kb', displayName: 'Anna Author' },
    createdAt: '2026-11-20T10:00:00.000Z',
    published: false,
    lang: 'en',
    summary: 'How to block a card',
    bodyHtml: '<p>Block the card in the app.</p>',
    tags: ['card'],
    synonyms: [],
    ...over,
  };
}

export function entry(over: Partial<WorkflowEntry> = {}): WorkflowEntry {
  return {
    event: 'submitted',
    comment: '',
    by: { username: 'author.kb', displayName: 'Anna Author' },
    at: '2026-11-20T11:00:00.000Z',
    ...over,
  };
}

export function article(over: Partial<AuthoringArticle> = {}): AuthoringArticle {
  return {
    id: 'card-lost',
    type: 'procedure',
    owner: 'author.kb',
    audience: { businessLines: [], positions: [] },
    categoryIds: [],
    status: 'draft',
    reviewRequired: true,
    reviewIntervalDays: 90,
    reviewDueAt: null,
    lastReviewedAt: null,
    publishAt: null,
    expiresAt: null,
    updatedAt: '2026-11-20T10:00:00.000Z',
    variants: [{ ...revision(), publishedRevision: null }],
    workflow: [],
    ...over,
  };
}

export function summaryOf(a: AuthoringArticle): AuthoringArticleSummary {
  return {
    id: a.id,
    type: a.type,
    owner: a.owner,
    status: a.status,
    title: Object.fromEntries(a.variants.map((v) => [v.lang, v.title])),
    variants: a.variants.map((v) => ({
      lang: v.lang,
      latestRevision: v.revision,
      publishedRevision: v.publishedRevision,
    })),
    categoryIds: a.categoryIds,
    reviewDueAt: a.reviewDueAt,
    updatedAt: a.updatedAt,
    openFeedback: 0,
  };
}

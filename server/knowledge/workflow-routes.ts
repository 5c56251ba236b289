import { z } from 'zod';
import { writeTransaction } from '../feed/writer';
import type { Api } from '../http/api';
import { notFound } from '../http/errors';
import { getArticleForAuthors, getRevision } from './article-queries';
import { auditReport, myWork } from './audit';
import { restoreRevision } from './revisions';
import { idParams, revisionParams, workflowBody } from './schemas';
import { runWorkflowAction } from './workflow';

/** The client sends `{}` (AUTHORING_ROUTES); nothing else is accepted. */
const restoreBody = z.strictObject({}).default({});

/**
 * Workflow, versions, audits and owners' work (issue 9 items 3–5; R14–R16). Answers are the
 * shapes of `authoringAnswers` in shared/workstation/authoring.ts.
 */
export function registerWorkflowRoutes(api: Api): void {
  const { store } = api.ctx;
  const tag = 'authoring';

  api.authed(
    {
      method: 'POST',
      url: '/api/authoring/articles/:id/workflow',
      tag,
      capability: 'author',
      summary:
        'Move an article through the review workflow: submit, approve (now or at `publishAt`), ' +
        'send-back (comment required), archive, unarchive, mark-reviewed. Answers the article.',
      params: idParams,
      body: workflowBody,
    },
    async ({ params, body, principal }) => {
      await writeTransaction(store, (tx, feed) =>
        runWorkflowAction(tx, feed, params.id, body, principal),
      );
      const article = await getArticleForAuthors(store, params.id);
      if (!article) throw notFound('The article');
      return { article };
    },
  );

  api.authed(
    {
      method: 'GET',
      url: '/api/authoring/articles/:id/variants/:lang/revisions/:rev',
      tag,
      capability: 'author',
      summary: 'One revision of a language variant in full (for the diff and restore).',
      params: revisionParams,
    },
    async ({ params }) => {
      const revision = await getRevision(store, params.id, params.lang, params.rev);
      if (!revision) throw notFound(`Revision ${params.rev}`);
      return { revision };
    },
  );

  api.authed(
    {
      method: 'POST',
      url: '/api/authoring/articles/:id/variants/:lang/revisions/:rev/restore',
      tag,
      capability: 'author',
      summary:
        'Save an old revision again as the newest one ("Restored revision N"); the status rules of a save apply.',
      params: revisionParams,
      body: restoreBody,
    },
    async ({ params, principal }) => {
      const revision = await writeTransaction(store, (tx, feed) =>
        restoreRevision(tx, feed, params.id, params.lang, params.rev, principal.userId),
      );
      return { revision };
    },
  );

  api.authed(
    {
      method: 'GET',
      url: '/api/authoring/audit',
      tag,
      capability: 'author',
      summary:
        'Audit report: overdue and soon-due reviews, stale published content, and each owner’s figures.',
    },
    async () => ({ report: await auditReport(store) }),
  );

  api.authed(
    {
      method: 'GET',
      url: '/api/authoring/my-work',
      tag,
      capability: 'author',
      summary:
        'The caller’s to-do counts: overdue and soon-due reviews, open feedback, reviews waiting, sent back.',
    },
    async ({ principal }) => ({ work: await myWork(store, principal) }),
  );
}

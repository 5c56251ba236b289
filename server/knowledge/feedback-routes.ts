import { z } from 'zod';
import type { ArticleRecord } from '../../shared/sync/records';
import {
  authoringAnswers,
  MY_FEEDBACK_PATH,
  myFeedbackAnswerSchema,
  SUGGEST_EDIT_PATH,
  suggestEditSchema,
} from '../../shared/workstation/authoring';
import { FEEDBACK_RESOLUTIONS } from '../../shared/workstation/authoring-constants';
import { membershipPairs } from '../accounts/memberships';
import { hasCapability, type Principal } from '../access/principal';
import { visibleRecords } from '../feed/changes';
import { writeTransaction } from '../feed/writer';
import type { Api } from '../http/api';
import { badRequest, conflict, forbidden, notFound } from '../http/errors';
import { getItem, listInbox, listMyFeedback, lockItem, markResolved } from './feedback-queries';
import { fileSuggestion } from './feedback-suggest';

/*
 * The feedback loop (issue 9 item 6, R17): owners work through their inbox and answer; agents
 * suggest edits and read the answers to their own feedback. Agents learn about answers when their
 * workstation checks /api/feedback/mine after each sync (there is no per-user push stream).
 */

const inboxQuery = z.strictObject({
  scope: z.enum(['mine', 'all']),
  status: z.enum(['open', 'closed']),
});
const itemParams = z.strictObject({ id: z.coerce.number().int().positive() });
const resolveBody = z.strictObject({
  resolution: z.enum(FEEDBACK_RESOLUTIONS),
  reply: z.string().max(2000).default(''),
});

const canManage = (p: Principal) => hasCapability(p, 'reviewer') || hasCapability(p, 'admin');
const canAuthor = (p: Principal) => canManage(p) || hasCapability(p, 'author');

export function registerFeedbackRoutes(api: Api): void {
  const { store } = api.ctx;
  const tag = 'feedback';

  api.authed(
    {
      method: 'GET',
      url: '/api/authoring/inbox',
      tag,
      summary:
        "Agents' flags, votes, questions and suggested edits. mine: on the caller's articles plus " +
        'unowned ones and questions; all: everything (reviewers and administrators).',
      query: inboxQuery,
      response: authoringAnswers.listInbox,
    },
    async ({ principal, query }) => {
      if (!canAuthor(principal)) throw forbidden('The inbox needs the "author" capability.');
      if (query.scope === 'all' && !canManage(principal)) {
        throw forbidden('Every inbox at once needs the "reviewer" capability.');
      }
      const owner = query.scope === 'mine' ? principal.username : null;
      return { items: await listInbox(store, { owner, status: query.status }) };
    },
  );

  api.authed(
    {
      method: 'POST',
      url: '/api/authoring/inbox/:id/resolve',
      tag,
      summary:
        'Close an inbox item as fixed, replied or rejected; the reply (required unless fixed) is ' +
        'what the agent reads. The article owner, reviewers, or any author for unowned items.',
      params: itemParams,
      body: resolveBody,
      response: authoringAnswers.resolveFeedback,
    },
    async ({ principal, params, body }) => {
      if (!canAuthor(principal)) throw forbidden('Answering needs the "author" capability.');
      const reply = body.reply.trim();
      if (body.resolution !== 'fixed' && !reply) {
        throw badRequest('Write the reply the agent will read: it is required unless fixed.');
      }
      await store.transaction(async (tx) => {
        const item = await lockItem(tx, params.id);
        if (!item) throw notFound('The feedback item');
        const owns = item.owner.toLowerCase() === principal.username.toLowerCase();
        if (!owns && !canManage(principal) && item.owner !== '') {
          throw forbidden(`Only ${item.owner}, the article's owner, or a reviewer answers this.`);
        }
        if (item.status !== 'open') throw conflict('This item was answered already.');
        await markResolved(tx, item.id, body.resolution, reply, principal.userId);
      });
      const item = await getItem(store, params.id);
      if (!item) throw notFound('The feedback item');
      return { item };
    },
  );

  api.authed(
    {
      method: 'POST',
      url: SUGGEST_EDIT_PATH,
      tag,
      capability: 'agent',
      summary:
        'An agent suggests a change to an article they can read: it becomes a draft revision by ' +
        'them (agents keep the published one) and an item in the owner\u2019s inbox.',
      body: suggestEditSchema,
      response: z.object({ revision: z.number().int() }),
    },
    async ({ principal, body }) => {
      const [record] = (await visibleRecords(
        store,
        'article',
        [body.articleId],
        membershipPairs(principal.memberships),
      )) as ArticleRecord[];
      if (!record) throw notFound('The article');
      if (!record.variants.some((v) => v.lang === body.lang)) {
        throw notFound(`The ${body.lang} variant`);
      }
      const revision = await writeTransaction(store, (tx, feed) =>
        fileSuggestion(tx, feed, body, principal),
      );
      return { revision };
    },
  );

  api.authed(
    {
      method: 'GET',
      url: MY_FEEDBACK_PATH,
      tag,
      summary:
        "The caller's own feedback, questions and suggestions with the answers, newest first.",
      response: myFeedbackAnswerSchema,
    },
    async ({ principal }) => ({ items: await listMyFeedback(store, principal.userId) }),
  );
}

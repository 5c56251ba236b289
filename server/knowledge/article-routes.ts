import { hasCapability } from '../access/principal';
import { mayOwnArticles } from './library-owners';
import { writeTransaction } from '../feed/writer';
import type { Api } from '../http/api';
import { badRequest, forbidden, notFound } from '../http/errors';
import type { Queryable } from '../store/store';
import { getArticleForAuthors, listArticlesForAuthors, listRevisions } from './article-queries';
import {
  deleteArticle,
  publishRevision,
  putArticle,
  saveRevision,
  unpublishVariant,
} from './articles';
import { articleMetaBody, idParams, publishBody, revisionBody, variantParams } from './schemas';

/** Authoring: authors write drafts; reviewers publish, unpublish and delete (R15). */
export function registerArticleRoutes(api: Api): void {
  const { store } = api.ctx;
  const tag = 'authoring';

  api.authed(
    {
      method: 'GET',
      url: '/api/authoring/articles',
      tag,
      capability: 'author',
      summary:
        'All articles with their workflow status and the state of each language variant, drafts included.',
    },
    async () => ({ articles: await listArticlesForAuthors(store) }),
  );

  api.authed(
    {
      method: 'GET',
      url: '/api/authoring/articles/:id',
      tag,
      capability: 'author',
      summary:
        'One article: governance fields, the latest revision of each language variant, workflow history.',
      params: idParams,
    },
    async ({ params }) => {
      const article = await getArticleForAuthors(store, params.id);
      if (!article) throw notFound('The article');
      return { article };
    },
  );

  api.authed(
    {
      method: 'GET',
      url: '/api/authoring/articles/:id/variants/:lang/revisions',
      tag,
      capability: 'author',
      summary: 'Revision history of one language variant, newest first.',
      params: variantParams,
    },
    async ({ params }) => ({ revisions: await listRevisions(store, params.id, params.lang) }),
  );

  api.authed(
    {
      method: 'PUT',
      url: '/api/authoring/articles/:id',
      tag,
      capability: 'author',
      summary:
        'Create an article (a draft owned by its creator), or change its type, owner, audience, ' +
        'categories, review interval, expiry or (reviewers) whether it needs review.',
      params: idParams,
      body: articleMetaBody,
    },
    async ({ params, body, principal, reply }) => {
      if (body.reviewRequired !== undefined && !hasCapability(principal, 'reviewer')) {
        throw forbidden('Only reviewers decide whether an article needs review.');
      }
      if (body.owner) await checkOwner(store, body.owner);
      const { created } = await writeTransaction(store, (tx, feed) =>
        putArticle(tx, feed, params.id, body, principal.userId),
      );
      if (created) reply.code(201);
      return { article: await getArticleForAuthors(store, params.id) };
    },
  );

  api.authed(
    {
      method: 'PUT',
      url: '/api/authoring/articles/:id/variants/:lang',
      tag,
      capability: 'author',
      summary:
        'Save a new revision of one language variant (HTML is sanitised). `baseRevision`: the ' +
        'revision the author started from (another save since: 409). A published article becomes ' +
        'a draft again (agents keep the published revisions); `publish` (reviewers) publishes it.',
      params: variantParams,
      body: revisionBody,
    },
    async ({ params, body, principal }) => {
      if (body.publish && !hasCapability(principal, 'reviewer')) {
        throw forbidden('Publishing needs the "reviewer" capability.');
      }
      const revision = await writeTransaction(store, (tx, feed) =>
        saveRevision(tx, feed, params.id, params.lang, body, principal.userId),
      );
      return { revision, published: body.publish };
    },
  );

  api.authed(
    {
      method: 'POST',
      url: '/api/authoring/articles/:id/variants/:lang/publish',
      tag,
      capability: 'reviewer',
      summary: 'Publish a revision (default: the latest) of one language variant.',
      params: variantParams,
      body: publishBody,
    },
    async ({ params, body, principal }) => {
      const revision = await writeTransaction(store, (tx, feed) =>
        publishRevision(tx, feed, params.id, params.lang, body.revision, principal.userId),
      );
      return { revision };
    },
  );

  api.authed(
    {
      method: 'POST',
      url: '/api/authoring/articles/:id/variants/:lang/unpublish',
      tag,
      capability: 'reviewer',
      summary: 'Withdraw one language variant from agents (its revisions are kept).',
      params: variantParams,
    },
    async ({ params, principal }) => {
      await writeTransaction(store, (tx, feed) =>
        unpublishVariant(tx, feed, params.id, params.lang, principal.userId),
      );
    },
  );

  api.authed(
    {
      method: 'DELETE',
      url: '/api/authoring/articles/:id',
      tag,
      capability: 'reviewer',
      summary: 'Delete an article and its history; replicas receive a tombstone.',
      params: idParams,
    },
    async ({ params }) => {
      await writeTransaction(store, (tx, feed) => deleteArticle(tx, feed, params.id));
    },
  );
}

/** Owners are people who can act on what the audits and the inbox tell them (R16). */
async function checkOwner(q: Queryable, owner: string): Promise<void> {
  if (!(await mayOwnArticles(q, owner))) {
    throw badRequest(
      `The owner must be a user who can author or review articles: "${owner}" is not.`,
    );
  }
}

import type { Audience } from '../access/audience';
import { hasCapability, linesWithCapability, type Principal } from '../access/principal';
import { writeTransaction } from '../feed/writer';
import type { Api } from '../http/api';
import { forbidden } from '../http/errors';
import { deleteCategory, putCategory } from './categories';
import { deleteNotice, noticeAudience, putNotice } from './notices';
import {
  categoryBody,
  idParams,
  noticeBody,
  synonymSetBody,
  treeBody,
  treePublishBody,
} from './schemas';
import { deleteSynonymSet, putSynonymSet } from './synonyms';
import {
  deleteTree,
  getAuthoringTree,
  listAuthoringTrees,
  parseTreeDocument,
  publishTree,
  saveTree,
} from './trees';

/** Categories, trees, notices and synonym sets: authoring routes, one PUT (create or replace) each. */
export function registerContentRoutes(api: Api): void {
  const { store } = api.ctx;
  const tag = 'authoring';

  api.authed(
    {
      method: 'PUT',
      url: '/api/authoring/categories/:id',
      tag,
      capability: 'author',
      summary: 'Create, rename, move or reorder a category.',
      params: idParams,
      body: categoryBody,
    },
    async ({ params, body, reply }) => {
      const { created } = await writeTransaction(store, (tx, feed) =>
        putCategory(tx, feed, params.id, body),
      );
      if (created) reply.code(201);
      return { id: params.id };
    },
  );

  api.authed(
    {
      method: 'DELETE',
      url: '/api/authoring/categories/:id',
      tag,
      capability: 'author',
      summary: 'Delete an empty category (articles in it lose the link).',
      params: idParams,
    },
    async ({ params }) => {
      await writeTransaction(store, (tx, feed) => deleteCategory(tx, feed, params.id));
    },
  );

  api.authed(
    {
      method: 'GET',
      url: '/api/authoring/trees',
      tag,
      summary:
        'Troubleshooting trees with their latest and published versions (authors, reviewers).',
    },
    async ({ principal }) => {
      assertTreeEditor(principal);
      return { trees: await listAuthoringTrees(store) };
    },
  );

  api.authed(
    {
      method: 'GET',
      url: '/api/authoring/trees/:id',
      tag,
      summary: 'The latest saved version of a tree, for the editor (authors, reviewers).',
      params: idParams,
    },
    async ({ params, principal }) => {
      assertTreeEditor(principal);
      return { tree: await getAuthoringTree(store, params.id) };
    },
  );

  api.authed(
    {
      method: 'PUT',
      url: '/api/authoring/trees/:id',
      tag,
      capability: 'author',
      summary:
        'Save a new version of a troubleshooting tree (a draft need not validate); `publish` needs ' +
        'reviewer and a tree that validates (422 with `details.problems` otherwise).',
      params: idParams,
      body: treeBody,
    },
    async ({ params, body, principal }) => {
      if (body.publish && !hasCapability(principal, 'reviewer')) {
        throw forbidden('Publishing needs the "reviewer" capability.');
      }
      const document = parseTreeDocument(params.id, body.document);
      const version = await writeTransaction(store, (tx, feed) =>
        saveTree(tx, feed, params.id, { ...body, document }, principal.userId),
      );
      return { version, published: body.publish };
    },
  );

  api.authed(
    {
      method: 'POST',
      url: '/api/authoring/trees/:id/publish',
      tag,
      capability: 'reviewer',
      summary:
        'Publish a version (default: the latest) of a tree; 422 with `details.problems` (each ' +
        'naming its node) when it does not validate in every language of its title.',
      params: idParams,
      body: treePublishBody,
    },
    async ({ params, body }) => ({
      version: await writeTransaction(store, (tx, feed) =>
        publishTree(tx, feed, params.id, body.version),
      ),
    }),
  );

  api.authed(
    {
      method: 'DELETE',
      url: '/api/authoring/trees/:id',
      tag,
      capability: 'reviewer',
      summary: 'Delete a tree and its versions.',
      params: idParams,
    },
    async ({ params }) => {
      await writeTransaction(store, (tx, feed) => deleteTree(tx, feed, params.id));
    },
  );

  api.authed(
    {
      method: 'PUT',
      url: '/api/authoring/notices/:id',
      tag,
      summary:
        'Broadcast or change a notice. Authors may address anyone; team leads only their own business lines.',
      params: idParams,
      body: noticeBody,
    },
    async ({ params, body, principal, reply }) => {
      const { created } = await writeTransaction(store, async (tx, feed) => {
        const existing = await noticeAudience(tx, params.id);
        if (existing) assertMayAddress(principal, existing);
        assertMayAddress(principal, body.audience);
        return putNotice(tx, feed, params.id, body, principal.userId);
      });
      if (created) reply.code(201);
      return { id: params.id, created };
    },
  );

  api.authed(
    {
      method: 'DELETE',
      url: '/api/authoring/notices/:id',
      tag,
      summary: 'Withdraw a notice.',
      params: idParams,
    },
    async ({ params, principal }) => {
      await writeTransaction(store, async (tx, feed) => {
        const existing = await noticeAudience(tx, params.id);
        if (existing) assertMayAddress(principal, existing);
        await deleteNotice(tx, feed, params.id);
      });
    },
  );

  api.authed(
    {
      method: 'PUT',
      url: '/api/authoring/synonyms/:id',
      tag,
      capability: 'author',
      summary: 'Create or replace a synonym set (customer words ↔ official terms).',
      params: idParams,
      body: synonymSetBody,
    },
    async ({ params, body, reply }) => {
      const { created } = await writeTransaction(store, (tx, feed) =>
        putSynonymSet(tx, feed, params.id, body),
      );
      if (created) reply.code(201);
      return { id: params.id };
    },
  );

  api.authed(
    {
      method: 'DELETE',
      url: '/api/authoring/synonyms/:id',
      tag,
      capability: 'author',
      summary: 'Delete a synonym set.',
      params: idParams,
    },
    async ({ params }) => {
      await writeTransaction(store, (tx, feed) => deleteSynonymSet(tx, feed, params.id));
    },
  );
}

/** Reading drafts is for those who write or review them. */
function assertTreeEditor(principal: Principal): void {
  if (!hasCapability(principal, 'author') && !hasCapability(principal, 'reviewer')) {
    throw forbidden('Troubleshooting trees are edited by authors and reviewers.');
  }
}

/** Leads broadcast to their own teams (R19); addressing anyone else is an author's job. */
function assertMayAddress(principal: Principal, audience: Audience): void {
  if (hasCapability(principal, 'author')) return;
  const lines = linesWithCapability(principal, 'lead');
  if (lines.size === 0) throw forbidden('Notices are written by authors and team leads.');
  if (audience.businessLines.length === 0 || audience.businessLines.some((l) => !lines.has(l))) {
    throw forbidden('A team lead addresses notices to the business lines they lead.');
  }
}

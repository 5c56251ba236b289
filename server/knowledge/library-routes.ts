import type { AuthoringAnswer } from '../../shared/workstation/authoring';
import { hasCapability, type Principal } from '../access/principal';
import { writeTransaction } from '../feed/writer';
import type { Api } from '../http/api';
import { forbidden } from '../http/errors';
import { listAuthoringCategories, moveCategory, saveCategoryNames } from './categories';
import { registerLibraryFileRoutes } from './library-file-routes';
import { listOwners } from './library-owners';
import { moveCategoryBody, saveCategoryBody } from './library-schemas';
import { idParams } from './schemas';
import { listSynonymSets } from './synonyms';

/*
 * Categories, synonyms, owners, document conversion and attachments (issue 9 items 1, 2, 7;
 * R3, R9, R12), at the paths AUTHORING_ROUTES names. Deleting a category and saving or deleting
 * a synonym set are the routes in content-routes.ts (same paths and bodies).
 */
export function registerLibraryRoutes(api: Api): void {
  const { store } = api.ctx;
  const tag = 'authoring';

  api.authed(
    {
      method: 'GET',
      url: '/api/authoring/categories',
      tag,
      summary:
        'Every category with its parent, place and number of articles linked to it (authors, reviewers).',
    },
    async ({ principal }): Promise<AuthoringAnswer<'listCategories'>> => {
      assertLibrarian(principal);
      return { categories: await listAuthoringCategories(store) };
    },
  );

  api.authed(
    {
      method: 'POST',
      url: '/api/authoring/categories/:id/save',
      tag,
      capability: 'author',
      summary:
        'Create a category (last among `parentId`’s children) or rename one (names per language; its place stays).',
      params: idParams,
      body: saveCategoryBody,
    },
    async ({ params, body, reply }): Promise<AuthoringAnswer<'saveCategory'>> => {
      const { created } = await writeTransaction(store, (tx, feed) =>
        saveCategoryNames(tx, feed, params.id, body.parentId, body.names),
      );
      if (created) reply.code(201);
      return {};
    },
  );

  api.authed(
    {
      method: 'POST',
      url: '/api/authoring/categories/:id/move',
      tag,
      capability: 'author',
      summary:
        'Move a category under `parentId` (null: top level) at `index` among its children; both ' +
        'parents’ children are renumbered. 400 for a move under itself, 404 for unknown ids.',
      params: idParams,
      body: moveCategoryBody,
    },
    async ({ params, body }): Promise<AuthoringAnswer<'moveCategory'>> => {
      await writeTransaction(store, (tx, feed) =>
        moveCategory(tx, feed, params.id, body.parentId, body.index),
      );
      return {};
    },
  );

  api.authed(
    {
      method: 'GET',
      url: '/api/authoring/synonyms',
      tag,
      summary: 'Every synonym set (R3), by language (authors, reviewers).',
    },
    async ({ principal }): Promise<AuthoringAnswer<'listSynonyms'>> => {
      assertLibrarian(principal);
      return { sets: await listSynonymSets(store) };
    },
  );

  api.authed(
    {
      method: 'GET',
      url: '/api/authoring/owners',
      tag,
      summary:
        'Users who may own articles: enabled authors, reviewers and administrators, by display name.',
    },
    async ({ principal }): Promise<AuthoringAnswer<'listOwners'>> => {
      assertLibrarian(principal);
      return { owners: await listOwners(store) };
    },
  );

  registerLibraryFileRoutes(api);
}

/** The library's lists are for those who write or review articles. */
export function assertLibrarian(principal: Principal): void {
  if (!hasCapability(principal, 'author') && !hasCapability(principal, 'reviewer')) {
    throw forbidden('This is for authors and reviewers.');
  }
}

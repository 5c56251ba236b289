import type { ImportAnswer } from '../../shared/import';
import { hasCapability } from '../access/principal';
import { writeTransaction } from '../feed/writer';
import type { Api } from '../http/api';
import { badRequest, forbidden } from '../http/errors';
import {
  checkImportItems,
  formatProblem,
  IMPORT_BODY_LIMIT,
  importBody,
  writeImport,
} from './import';

/** `kb import --server` sends everything it converted in one request (docs/cli.md). */
export function registerImportRoutes(api: Api): void {
  const { store } = api.ctx;
  api.authed(
    {
      method: 'POST',
      url: '/api/import',
      tag: 'authoring',
      capability: 'author',
      summary:
        'Bulk import of article variants in one transaction: all or nothing, or with `keepGoing` ' +
        'the good items and a list of the skipped ones. `publish` needs reviewer.',
      body: importBody,
      bodyLimit: IMPORT_BODY_LIMIT,
    },
    async ({ body, principal }): Promise<ImportAnswer> => {
      if (body.publish && !hasCapability(principal, 'reviewer')) {
        throw forbidden('Publishing needs the "reviewer" capability.');
      }
      const { items, problems } = checkImportItems(body.items);
      if (problems.length > 0 && !body.keepGoing) {
        const n = problems.length;
        throw badRequest(
          `${n} bad item${n === 1 ? '' : 's'}; nothing was imported. ` +
            problems.slice(0, 10).map(formatProblem).join(' | '),
          { items: problems },
        );
      }
      const written =
        items.length === 0
          ? { articles: 0, variants: [] }
          : await writeTransaction(store, (tx, feed) =>
              writeImport(tx, feed, items, {
                publish: body.publish,
                userId: principal.userId,
              }),
            );
      return { ...written, skipped: problems, published: body.publish };
    },
  );
}

import type { Api } from '../http/api';
import { forbidden, notFound } from '../http/errors';
import {
  businessLineBody,
  positionBody,
  renameBody,
  slugParams,
  updatePositionBody,
} from './schemas';
import { adminScope } from './scope';

/** Business lines and positions: read by any administrator, changed by global administrators. */
export function registerOrgRoutes(api: Api): void {
  const { store } = api.ctx;
  const tag = 'admin';

  api.authed(
    {
      method: 'GET',
      url: '/api/admin/business-lines',
      tag,
      capability: 'admin',
      summary: 'Business lines.',
    },
    async ({ principal }) => {
      adminScope(principal);
      const rows = await store.query<{ id: string; name: string }>(
        'SELECT id, name FROM business_lines ORDER BY name, id',
      );
      return { businessLines: rows };
    },
  );

  api.authed(
    {
      method: 'POST',
      url: '/api/admin/business-lines',
      tag,
      capability: 'admin',
      summary: 'Create a business line (global administrators).',
      body: businessLineBody,
    },
    async ({ body, principal, reply }) => {
      requireGlobal(principal.isAdmin);
      await store.query('INSERT INTO business_lines (id, name) VALUES ($1, $2)', [
        body.id,
        body.name,
      ]);
      reply.code(201);
      return { businessLine: body };
    },
  );

  api.authed(
    {
      method: 'PATCH',
      url: '/api/admin/business-lines/:id',
      tag,
      capability: 'admin',
      summary: 'Rename a business line (global administrators).',
      params: slugParams,
      body: renameBody,
    },
    async ({ params, body, principal }) => {
      requireGlobal(principal.isAdmin);
      const rows = await store.query(
        'UPDATE business_lines SET name = $2 WHERE id = $1 RETURNING id',
        [params.id, body.name],
      );
      if (rows.length === 0) throw notFound('The business line');
      return { businessLine: { id: params.id, name: body.name } };
    },
  );

  api.authed(
    {
      method: 'GET',
      url: '/api/admin/positions',
      tag,
      capability: 'admin',
      summary: 'Positions and their capabilities.',
    },
    async ({ principal }) => {
      adminScope(principal);
      const rows = await store.query<{ id: string; name: string; capabilities: string[] }>(
        'SELECT id, name, capabilities FROM positions ORDER BY name, id',
      );
      return { positions: rows };
    },
  );

  api.authed(
    {
      method: 'POST',
      url: '/api/admin/positions',
      tag,
      capability: 'admin',
      summary: 'Create a position (global administrators).',
      body: positionBody,
    },
    async ({ body, principal, reply }) => {
      requireGlobal(principal.isAdmin);
      await store.query('INSERT INTO positions (id, name, capabilities) VALUES ($1, $2, $3)', [
        body.id,
        body.name,
        [...new Set(body.capabilities)],
      ]);
      reply.code(201);
      return { position: body };
    },
  );

  api.authed(
    {
      method: 'PATCH',
      url: '/api/admin/positions/:id',
      tag,
      capability: 'admin',
      summary: 'Rename a position or change its capabilities (global administrators).',
      params: slugParams,
      body: updatePositionBody,
    },
    async ({ params, body, principal }) => {
      requireGlobal(principal.isAdmin);
      const [row] = await store.query<{ id: string; name: string; capabilities: string[] }>(
        `UPDATE positions SET name = coalesce($2, name), capabilities = coalesce($3, capabilities)
          WHERE id = $1 RETURNING id, name, capabilities`,
        [params.id, body.name ?? null, body.capabilities ? [...new Set(body.capabilities)] : null],
      );
      if (!row) throw notFound('The position');
      return { position: row };
    },
  );
}

function requireGlobal(isAdmin: boolean): void {
  if (!isAdmin) throw forbidden('Only global administrators change business lines and positions.');
}

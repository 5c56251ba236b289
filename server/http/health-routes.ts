import type { Api } from './api';
import { HttpError } from './errors';
import { buildOpenApi } from './openapi';

export function registerHealthRoutes(api: Api, version: string): void {
  const { store, isReady } = api.ctx;

  api.public(
    { method: 'GET', url: '/healthz', tag: 'operations', summary: 'The process is alive.' },
    async () => ({ ok: true }),
  );

  api.public(
    {
      method: 'GET',
      url: '/readyz',
      tag: 'operations',
      summary: 'Ready for traffic: the store answers and shutdown has not begun (else 503).',
    },
    async () => {
      if (!isReady()) throw new HttpError(503, 'shutting-down', 'The server is shutting down.');
      try {
        await store.query('SELECT 1');
      } catch {
        throw new HttpError(503, 'store-unavailable', 'The store does not answer.');
      }
      return { ok: true, store: store.kind };
    },
  );

  api.public(
    { method: 'GET', url: '/api/docs', tag: 'operations', summary: 'This OpenAPI document.' },
    async () => buildOpenApi(api, version),
  );
}

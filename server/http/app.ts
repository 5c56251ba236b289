import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { fromDatabaseError, HttpError, type ErrorBody } from './errors';

/** Large enough for a long article with inline images; anything bigger is an import job. */
export const DEFAULT_BODY_LIMIT = 2 * 1024 * 1024;

/**
 * The API serves JSON to workstations and tools, never pages, so the headers forbid everything a
 * browser could do with a response. No CORS headers are ever sent: cross-origin browser calls fail.
 */
export const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'same-origin',
  'cross-origin-opener-policy': 'same-origin',
  'cache-control': 'no-store',
};

export function createFastify(
  logger: FastifyServerOptions['logger'],
  bodyLimit = DEFAULT_BODY_LIMIT,
): FastifyInstance {
  const app = Fastify({
    logger,
    bodyLimit,
    // Long-lived SSE responses are ended by the push hub at shutdown; idle keep-alive sockets close.
    forceCloseConnections: 'idle',
    return503OnClosing: true,
    routerOptions: { ignoreTrailingSlash: false },
  });
  // JSON only: a text/plain body is answered 415 instead of reaching a handler as a string.
  app.removeContentTypeParser(['text/plain']);
  app.addHook('onRequest', async (_request, reply) => {
    reply.headers(SECURITY_HEADERS);
  });
  app.setNotFoundHandler(async (request, reply) => {
    const body: ErrorBody = {
      error: {
        code: 'not-found',
        message: `No route ${request.method} ${request.url.split('?')[0]}.`,
      },
    };
    return reply.code(404).send(body);
  });
  app.setErrorHandler(async (error, request, reply) => {
    const known =
      error instanceof HttpError ? error : (fromDatabaseError(error) ?? fromFastify(error));
    if (!known) {
      request.log.error({ err: error }, 'request failed');
      const body: ErrorBody = {
        error: { code: 'internal', message: 'Something went wrong on the server.' },
      };
      return reply.code(500).send(body);
    }
    if (known.status === 429 && known.details && typeof known.details === 'object') {
      const retry = (known.details as { retryAfterSeconds?: number }).retryAfterSeconds;
      if (retry) reply.header('retry-after', String(retry));
    }
    if (known.status === 401) reply.header('www-authenticate', 'Bearer');
    const body: ErrorBody = {
      error: {
        code: known.code,
        message: known.message,
        ...(known.details ? { details: known.details } : {}),
      },
    };
    return reply.code(known.status).send(body);
  });
  return app;
}

/** Fastify's own errors (body too large, bad JSON, wrong content type) keep their status. */
function fromFastify(error: unknown): HttpError | undefined {
  const e = error as { statusCode?: unknown; code?: unknown; message?: unknown };
  if (typeof e.statusCode !== 'number' || e.statusCode >= 500) return undefined;
  const codes: Record<number, string> = {
    400: 'invalid-request',
    413: 'body-too-large',
    415: 'unsupported-media-type',
  };
  return new HttpError(
    e.statusCode,
    codes[e.statusCode] ?? 'invalid-request',
    typeof e.message === 'string' ? e.message : 'Bad request.',
  );
}

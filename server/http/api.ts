import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { hasCapability, type Capability, type Principal } from '../access/principal';
import { principalForToken } from '../auth/sessions';
import type { ServerContext } from '../context';
import { badRequest, forbidden, unauthenticated } from './errors';
import { parseInput } from './validate';

type Schema = z.ZodType | undefined;
type Out<S extends Schema> = S extends z.ZodType ? z.output<S> : undefined;

export interface RouteDef<B extends Schema, Q extends Schema, P extends Schema> {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  summary: string;
  tag: string;
  body?: B;
  query?: Q;
  params?: P;
  /** Shape of a 200 answer, for the OpenAPI document only. */
  response?: z.ZodType;
  /** Smaller than the server-wide limit where a route needs only a little (login). */
  bodyLimit?: number;
}

export interface AuthedRouteDef<
  B extends Schema,
  Q extends Schema,
  P extends Schema,
> extends RouteDef<B, Q, P> {
  /** Required capability; global administrators hold all of them. */
  capability?: Capability;
}

export interface RouteInput<B extends Schema, Q extends Schema, P extends Schema> {
  body: Out<B>;
  query: Out<Q>;
  params: Out<P>;
  request: FastifyRequest;
  reply: FastifyReply;
}

export interface AuthedInput<
  B extends Schema,
  Q extends Schema,
  P extends Schema,
> extends RouteInput<B, Q, P> {
  principal: Principal;
  sessionExpiresAt: Date;
}

export interface DocumentedRoute {
  def: AuthedRouteDef<Schema, Schema, Schema>;
  public: boolean;
}

/**
 * Registers routes with their zod schemas: every part of every request is validated (objects are
 * strict, so unknown fields are rejected) before a handler runs, and the same schemas produce the
 * OpenAPI document. A handler's return value is the JSON answer; `undefined` answers 204.
 */
export class Api {
  readonly routes: DocumentedRoute[] = [];

  constructor(
    private readonly app: FastifyInstance,
    readonly ctx: ServerContext,
  ) {}

  public<B extends Schema = undefined, Q extends Schema = undefined, P extends Schema = undefined>(
    def: RouteDef<B, Q, P>,
    handler: (input: RouteInput<B, Q, P>) => Promise<unknown>,
  ): void {
    this.routes.push({ def, public: true });
    this.register(def, async (request, reply) => handler(parseParts(def, request, reply)));
  }

  authed<B extends Schema = undefined, Q extends Schema = undefined, P extends Schema = undefined>(
    def: AuthedRouteDef<B, Q, P>,
    handler: (input: AuthedInput<B, Q, P>) => Promise<unknown>,
  ): void {
    this.routes.push({ def, public: false });
    this.register(def, async (request, reply) => {
      const session = await this.authenticate(request);
      if (def.capability && !hasCapability(session.principal, def.capability)) {
        throw forbidden(`This needs the "${def.capability}" capability.`);
      }
      return handler({
        ...parseParts(def, request, reply),
        principal: session.principal,
        sessionExpiresAt: session.expiresAt,
      });
    });
  }

  private register(
    def: RouteDef<Schema, Schema, Schema>,
    run: (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>,
  ): void {
    this.app.route({
      method: def.method,
      url: def.url,
      ...(def.bodyLimit ? { bodyLimit: def.bodyLimit } : {}),
      handler: async (request, reply) => {
        const result = await run(request, reply);
        if (reply.sent) return reply;
        if (result === undefined) return reply.code(204).send();
        return reply.send(result);
      },
    });
  }

  private async authenticate(request: FastifyRequest) {
    const header = request.headers.authorization ?? '';
    const match = /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(header);
    if (!match?.[1]) throw unauthenticated();
    const session = await principalForToken(this.ctx.store, match[1]);
    if (!session) throw unauthenticated('The session is unknown or has expired: sign in again.');
    return session;
  }
}

function parseParts<B extends Schema, Q extends Schema, P extends Schema>(
  def: RouteDef<B, Q, P>,
  request: FastifyRequest,
  reply: FastifyReply,
): RouteInput<B, Q, P> {
  if (!def.body && request.body !== undefined && request.body !== null) {
    throw badRequest('This route takes no request body.');
  }
  if (!def.query && Object.keys((request.query as object | undefined) ?? {}).length > 0) {
    throw badRequest('This route takes no query parameters.');
  }
  return {
    body: (def.body ? parseInput(def.body, request.body, 'body') : undefined) as Out<B>,
    query: (def.query ? parseInput(def.query, request.query, 'query') : undefined) as Out<Q>,
    params: (def.params ? parseInput(def.params, request.params, 'params') : undefined) as Out<P>,
    request,
    reply,
  };
}

import { z } from 'zod';
import type { Api, DocumentedRoute } from './api';

type JsonSchema = Record<string, unknown>;

function toSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const json = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  delete json.$schema;
  return json;
}

/** Path and query parameters come from the properties of their (object) schemas. */
function parameters(schema: z.ZodType | undefined, where: 'path' | 'query') {
  if (!schema) return [];
  const json = toSchema(schema, 'input');
  const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((json.required as string[] | undefined) ?? []);
  return Object.entries(properties).map(([name, s]) => ({
    name,
    in: where,
    required: where === 'path' || required.has(name),
    schema: s,
  }));
}

function operation(route: DocumentedRoute) {
  const { def } = route;
  const errors = {
    '400': { description: 'Invalid request (unknown fields are rejected).' },
    ...(route.public
      ? {}
      : { '401': { description: 'Not signed in.' }, '403': { description: 'Not allowed.' } }),
  };
  return {
    tags: [def.tag],
    summary: def.summary,
    ...(route.public ? { security: [] } : {}),
    ...(def.capability ? { 'x-capability': def.capability } : {}),
    parameters: [...parameters(def.params, 'path'), ...parameters(def.query, 'query')],
    ...(def.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: toSchema(def.body, 'input') } },
          },
        }
      : {}),
    responses: {
      '200': {
        description: 'OK',
        ...(def.response
          ? { content: { 'application/json': { schema: toSchema(def.response, 'output') } } }
          : {}),
      },
      ...errors,
    },
  };
}

/** OpenAPI 3.1, generated from the same zod schemas that validate requests, so it cannot drift. */
export function buildOpenApi(api: Api, version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of api.routes) {
    const path = route.def.url.replace(/:([A-Za-z]+)/g, '{$1}');
    paths[path] ??= {};
    paths[path][route.def.method.toLowerCase()] = operation(route);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Cuecard central server',
      version,
      description:
        'Knowledge, accounts and the sync feed. The sync protocol is described in docs/sync-protocol.md.',
    },
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'Token from POST /api/auth/login.' },
      },
    },
    security: [{ bearer: [] }],
    paths,
  };
}

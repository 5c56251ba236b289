import { z } from 'zod';
import { CONTENT_LANGUAGES } from '../../../shared/languages';
import { localizedTextSchema } from '../../../shared/sync/records';
import { treeSchema } from '../../../shared/trees/model';
import type { TreeProblem, TreeProblemCode } from '../../../shared/trees/validate';
import type {
  AuthoringResult,
  AuthoringTree,
  AuthoringTreePublish,
  AuthoringTreeSave,
  AuthoringTreeSummary,
} from '../../../shared/workstation/trees';
import { callOnline, type OnlineWording } from '../sync/online-call';
import type { ServerConnection } from '../sync/server-connection';

/*
 * Authoring troubleshooting trees (issue 7 item 4) is online: these calls go to the server's
 * /api/authoring/trees routes with the session's token, and every failure comes back as an
 * AuthoringResult the editor can act on (it keeps the draft; the message is a detail under the
 * localized text it shows by `problem`).
 */

const TREES = '/api/authoring/trees';
const treePath = (id: string) => `${TREES}/${encodeURIComponent(id)}`;

const audienceSchema = z.object({
  businessLines: z.array(z.string()),
  positions: z.array(z.string()),
});
const summarySchema = z.object({
  id: z.string(),
  title: localizedTextSchema,
  latestVersion: z.number().int(),
  publishedVersion: z.number().int().nullable(),
  updatedAt: z.string(),
});
const listSchema = z.object({ trees: z.array(summarySchema) });
const treeAnswerSchema = z.object({
  tree: z.object({
    id: z.string(),
    version: z.number().int(),
    publishedVersion: z.number().int().nullable(),
    title: localizedTextSchema,
    document: treeSchema,
    audience: audienceSchema,
    updatedAt: z.string(),
  }),
});
const versionSchema = z.object({ version: z.number().int() });
const problemsSchema = z.object({
  problems: z.array(
    z.object({
      code: z.string(),
      nodeId: z.string().nullable(),
      message: z.string(),
      lang: z.enum(CONTENT_LANGUAGES).optional(),
      choice: z.number().int().positive().optional(),
    }),
  ),
});

const WORDING: OnlineWording = {
  messages: {
    'signed-out': 'Sign in under Settings to edit troubleshooting trees.',
    offline:
      'The knowledge server did not answer. Your draft is kept here: try again when it is back.',
    forbidden:
      'Your account may not do this: editing trees needs the author capability and publishing ' +
      'needs the reviewer capability. Ask an administrator.',
    'not-found': 'This tree (or version) is not on the server any more: it may have been deleted.',
    conflict: 'Someone saved a newer version of this tree meanwhile: open it again to see theirs.',
  },
  sessionEnded: 'Your session has ended: sign in again under Settings, then save again.',
  refused: (error) => {
    const parsed = problemsSchema.safeParse(error.details);
    const problems: TreeProblem[] | undefined = parsed.success
      ? parsed.data.problems.map((p) => ({ ...p, code: p.code as TreeProblemCode }))
      : undefined;
    return {
      ok: false,
      problem: 'invalid',
      message: `The server refused the tree: ${error.message} Fix what it names and try again.`,
      ...(problems ? { problems } : {}),
    };
  },
};

export class TreeAuthoring {
  /** `connection`: the signed-in user's connection, or null while signed out. */
  constructor(private readonly connection: () => ServerConnection | null) {}

  list(): Promise<AuthoringResult<{ trees: AuthoringTreeSummary[] }>> {
    return this.run((c) => c.call('GET', TREES, listSchema));
  }

  get(id: string): Promise<AuthoringResult<{ tree: AuthoringTree }>> {
    return this.run((c) => c.call('GET', treePath(id), treeAnswerSchema));
  }

  save(input: AuthoringTreeSave): Promise<AuthoringResult<{ version: number }>> {
    const { id, ...body } = input;
    return this.run(async (c) => ({
      version: (await c.call('PUT', treePath(id), versionSchema, body)).version,
    }));
  }

  publish(input: AuthoringTreePublish): Promise<AuthoringResult<{ version: number }>> {
    return this.run(async (c) => ({
      version: (
        await c.call('POST', `${treePath(input.id)}/publish`, versionSchema, {
          version: input.version,
        })
      ).version,
    }));
  }

  private run<T extends object>(
    call: (connection: ServerConnection) => Promise<T>,
  ): Promise<AuthoringResult<T>> {
    return callOnline(this.connection(), WORDING, call);
  }
}

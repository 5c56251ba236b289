import {
  AUTHORING_ROUTES,
  authoringAnswers,
  type AuthoringInput,
  type AuthoringOp,
  type AuthoringOutcome,
  type AuthoringRequest,
  type AuthoringRoute,
  type FeedbackItem,
  MY_FEEDBACK_PATH,
  myFeedbackAnswerSchema,
  SUGGEST_EDIT_PATH,
  type SuggestEdit,
} from '../../../shared/workstation/authoring';
import { z } from 'zod';
import type { AuthoringResult } from '../../../shared/workstation/trees';
import { callOnline, type OnlineFailure, type OnlineWording } from '../sync/online-call';
import type { ServerConnection, ServerError } from '../sync/server-connection';

/*
 * Knowledge authoring (issue 9) is online: each request goes to the server route that
 * AUTHORING_ROUTES names, with the session's token, and the answer is checked against
 * `authoringAnswers[op]`. Every failure comes back as an AuthoringResult the screen can act on
 * (the draft stays; `message` is a detail under the localized text it shows by `problem`).
 */

const WORDING: OnlineWording = {
  messages: {
    'signed-out': 'Sign in under Settings to work on the knowledge base.',
    offline:
      'The knowledge server did not answer. Your changes are kept here: try again when it is back.',
    forbidden:
      'Your account may not do this: writing needs the author capability, publishing, archiving ' +
      'and review decisions need the reviewer capability. Ask an administrator.',
    'not-found':
      'This is not on the server any more: someone may have deleted it. Reload the list.',
    conflict:
      'Someone changed this meanwhile, or it is not in a state that allows this: reload it to see ' +
      'the current version, then try again.',
  },
  sessionEnded: 'Your session has ended: sign in again under Settings, then try again.',
  refused: (error: ServerError): OnlineFailure => ({
    ok: false,
    problem: 'invalid',
    message: `The server refused this: ${error.message} Correct it and try again.`,
  }),
};

export class KnowledgeAuthoring {
  /** `connection`: the signed-in user's connection, or null while signed out. */
  constructor(private readonly connection: () => ServerConnection | null) {}

  run<K extends AuthoringOp>(request: AuthoringInput<K>): Promise<AuthoringOutcome<K>> {
    const op = request.op as K;
    const route = AUTHORING_ROUTES[op] as AuthoringRoute<K>;
    const answer = authoringAnswers[op] as z.ZodType<object>;
    return callOnline(this.connection(), WORDING, async (c) => {
      const body = route.body?.(request);
      const result = (await c.call(route.method, route.path(request), answer, body)) as object;
      return op === 'uploadAttachment' ? withAbsoluteUrl(result, c.baseUrl) : result;
    }) as Promise<AuthoringOutcome<K>>;
  }

  /** R17: an agent's suggested edit becomes a draft revision and an item in the owner's inbox. */
  suggestEdit(input: SuggestEdit): Promise<AuthoringResult<{ revision: number }>> {
    return callOnline(this.connection(), WORDING, (c) =>
      c.call('POST', SUGGEST_EDIT_PATH, z.object({ revision: z.number().int() }), input),
    );
  }

  /** The agent's own feedback with the owners' answers. */
  myFeedback(): Promise<AuthoringResult<{ items: FeedbackItem[] }>> {
    return callOnline(this.connection(), WORDING, (c) =>
      c.call('GET', MY_FEEDBACK_PATH, myFeedbackAnswerSchema),
    );
  }
}

/** The server answers an attachment's path; links in articles need the whole address. */
function withAbsoluteUrl(result: object, baseUrl: string): object {
  const { attachment } = result as { attachment: { url: string } };
  if (!attachment.url.startsWith('/')) return result;
  return { ...result, attachment: { ...attachment, url: baseUrl + attachment.url } };
}

export type { AuthoringRequest };

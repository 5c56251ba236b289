import type { AuthoringProblem, AuthoringResult } from '../../../shared/workstation/trees';
import { ServerError, type ServerConnection } from './server-connection';

/*
 * Online calls (tree authoring, leads' notices) go to the server with the session's token, and
 * every failure comes back as an AuthoringResult the screen can act on: it keeps the draft and
 * shows localized text by `problem`, with `message` as a detail under it.
 */

export type OnlineFailure = Extract<AuthoringResult<object>, { ok: false }>;

/** What differs between the screens that make online calls: the words, and how a refusal reads. */
export interface OnlineWording {
  /** Each problem in the screen's terms; the server's detail is added in brackets. */
  messages: Record<Exclude<AuthoringProblem, 'invalid'>, string>;
  /** The server no longer accepts the session's token. */
  sessionEnded: string;
  /** The server refused what was sent (400 or 422). */
  refused: (error: ServerError) => OnlineFailure;
}

/** Runs `call` on the signed-in user's connection (null while signed out). */
export async function callOnline<T extends object>(
  connection: ServerConnection | null,
  wording: OnlineWording,
  call: (connection: ServerConnection) => Promise<T>,
): Promise<AuthoringResult<T>> {
  if (!connection) return failure(wording, 'signed-out');
  try {
    return { ok: true, ...(await call(connection)) };
  } catch (error) {
    return onlineFailure(error, wording);
  }
}

function failure(
  wording: OnlineWording,
  problem: Exclude<AuthoringProblem, 'invalid'>,
  detail?: string,
): OnlineFailure {
  const text = wording.messages[problem];
  return { ok: false, problem, message: detail ? `${text} (${detail})` : text };
}

/** A failed call as the screen shows it; anything not from the server is a bug and is thrown. */
export function onlineFailure(error: unknown, wording: OnlineWording): OnlineFailure {
  if (!(error instanceof ServerError)) throw error;
  switch (error.kind) {
    case 'unreachable':
      return failure(wording, 'offline', error.message);
    case 'unauthorized':
      return { ok: false, problem: 'signed-out', message: wording.sessionEnded };
    case 'protocol':
      return {
        ok: false,
        problem: 'invalid',
        message: `The server's answer cannot be read by this version of Cuecard: ${error.message}`,
      };
    default:
      break;
  }
  switch (error.status) {
    case 403:
      return failure(wording, 'forbidden', error.message);
    case 404:
      return failure(wording, 'not-found', error.message);
    case 409:
      return failure(wording, 'conflict', error.message);
    case 400:
    case 422:
      return wording.refused(error);
    default:
      // 5xx: the server is there but failing; for the user that is the same as offline.
      return failure(wording, 'offline', error.message);
  }
}

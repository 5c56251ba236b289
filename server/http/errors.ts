/** An error whose status, code and message are meant for the client. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export const badRequest = (message: string, details?: unknown) =>
  new HttpError(400, 'invalid-request', message, details);
export const unauthenticated = (message = 'Sign in first: send "Authorization: Bearer <token>".') =>
  new HttpError(401, 'unauthenticated', message);
export const forbidden = (message: string) => new HttpError(403, 'forbidden', message);
export const notFound = (what: string) => new HttpError(404, 'not-found', `${what} was not found.`);
export const conflict = (message: string) => new HttpError(409, 'conflict', message);

export interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}

/** PostgreSQL error codes that are the client's doing, not the server's. */
export function fromDatabaseError(error: unknown): HttpError | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  const detail = (error as { detail?: unknown } | null)?.detail;
  const message = typeof detail === 'string' ? detail : undefined;
  switch (code) {
    case '23505':
      return conflict(message ?? 'Something with that id already exists.');
    case '23503':
      return conflict(
        message ?? 'That refers to something that does not exist, or is still in use.',
      );
    case '23514':
    case '22P02':
      return badRequest(message ?? 'A value is outside what the store accepts.');
    default:
      return undefined;
  }
}

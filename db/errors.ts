export type ReplicaErrorCode = 'newer-version' | 'corrupt';

/**
 * A replica file this version cannot use. The message says what happened and what to do;
 * `code` lets the caller decide (the sync client moves a corrupt file aside and rebuilds it).
 */
export class ReplicaError extends Error {
  override readonly name = 'ReplicaError';

  constructor(
    readonly code: ReplicaErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** SQLite's own words for "this is not (any longer) a database": SQLITE_NOTADB, SQLITE_CORRUPT*. */
export function isCorruptionError(error: unknown): boolean {
  if (!(error instanceof Error) || !('code' in error) || typeof error.code !== 'string') {
    return false;
  }
  return error.code === 'SQLITE_NOTADB' || error.code.startsWith('SQLITE_CORRUPT');
}

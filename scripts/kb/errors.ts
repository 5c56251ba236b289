/** The command line was wrong: kb prints the message and points at the command's help (exit 2). */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** The command could not do its job for a reason the user can act on (exit 1, no stack trace). */
export class CliError extends Error {
  override readonly name = 'CliError';
}

import type { AgentCallError } from '../../../shared/api';

/** Codes for failures the transport itself detects, beside the ones AgentCore reports. */
export type CallFailureCode = AgentCallError['code'] | 'unreachable' | 'bad-response';

/** A failed AgentApi call, thrown by the web bridge so callers can tell causes apart by `code`. */
export class AgentCallFailure extends Error {
  readonly code: CallFailureCode;
  readonly call: string;

  constructor(call: string, code: CallFailureCode, message: string) {
    super(message);
    this.name = 'AgentCallFailure';
    this.code = code;
    this.call = call;
  }
}

/** The message to show for anything a call may throw. */
export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}

/**
 * A message to quote inside a sentence ("… could not be saved: <message>. Try again."): without
 * its own final full stop, so the sentence does not end in "..".
 */
export function quotedMessage(err: unknown): string {
  return withoutFinalStop(errorMessage(err));
}

export function withoutFinalStop(message: string): string {
  return message.replace(/[.。．]\s*$/u, '');
}

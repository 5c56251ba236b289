import type { TFunction } from 'i18next';
import type { SignInFailure } from '../../stores/session-store';

/** Beyond this a wait reads better in minutes ("Wait 15 minutes", not "Wait 900 seconds"). */
const SECONDS_BEFORE_MINUTES = 90;

/** What went wrong and what to do about it, in the agent's language. */
export function signInProblemText(failure: SignInFailure, t: TFunction): string {
  switch (failure.problem) {
    case 'too-many-attempts': {
      const seconds = failure.retryAfterSeconds;
      if (seconds === undefined || seconds <= 0) return t('signIn.problem.too-many-attempts');
      return seconds >= SECONDS_BEFORE_MINUTES
        ? t('signIn.problem.tooManyAttemptsMinutes', { count: Math.ceil(seconds / 60) })
        : t('signIn.problem.tooManyAttemptsSeconds', { count: Math.ceil(seconds) });
    }
    case 'call-failed':
      return t('signIn.problem.call-failed', { message: failure.detail });
    case 'invalid-credentials':
    case 'unreachable':
    case 'server-error':
    case 'no-server-url':
      return t(`signIn.problem.${failure.problem}`);
  }
}

/** The core's technical detail is worth showing only where support may need it. */
export function showsTechnicalDetail(failure: SignInFailure): boolean {
  return (
    (failure.problem === 'unreachable' || failure.problem === 'server-error') &&
    failure.detail.trim() !== ''
  );
}

/** Which field the agent should fix next. */
export function fieldToFix(failure: SignInFailure): 'serverUrl' | 'password' | null {
  switch (failure.problem) {
    case 'unreachable':
    case 'no-server-url':
      return 'serverUrl';
    case 'invalid-credentials':
      return 'password';
    default:
      return null;
  }
}

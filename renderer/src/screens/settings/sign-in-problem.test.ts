import { describe, expect, it } from 'vitest';
import { SIGN_IN_PROBLEMS } from '../../../../shared/workstation/sync-state';
import { createI18n } from '../../i18n/create-i18n';
import { fieldToFix, showsTechnicalDetail, signInProblemText } from './sign-in-problem';

const { t } = createI18n('en');

describe('sign-in problems', () => {
  it('has an actionable message for every problem the core can report', () => {
    for (const problem of SIGN_IN_PROBLEMS) {
      const text = signInProblemText({ problem, detail: '' }, t);
      expect(text).not.toContain('signIn.');
      expect(text.length).toBeGreaterThan(20);
    }
  });

  it('says how long to wait, in seconds or minutes', () => {
    const wait = (retryAfterSeconds?: number) =>
      signInProblemText({ problem: 'too-many-attempts', detail: '', retryAfterSeconds }, t);
    expect(wait(30)).toBe('Too many sign-in attempts. Wait 30 seconds, then try again.');
    expect(wait(1)).toContain('Wait 1 second,');
    expect(wait(900)).toContain('Wait 15 minutes,');
    expect(wait()).toContain('Wait a few minutes');
  });

  it('points at what to fix', () => {
    expect(signInProblemText({ problem: 'no-server-url', detail: '' }, t)).toBe(
      'Enter the knowledge server address first, then sign in.',
    );
    expect(fieldToFix({ problem: 'unreachable', detail: '' })).toBe('serverUrl');
    expect(fieldToFix({ problem: 'invalid-credentials', detail: '' })).toBe('password');
    expect(fieldToFix({ problem: 'server-error', detail: '' })).toBeNull();
  });

  it('shows technical detail only where support needs it', () => {
    expect(showsTechnicalDetail({ problem: 'unreachable', detail: 'ECONNREFUSED' })).toBe(true);
    expect(showsTechnicalDetail({ problem: 'invalid-credentials', detail: '401' })).toBe(false);
    expect(signInProblemText({ problem: 'call-failed', detail: 'host gone' }, t)).toContain(
      'host gone',
    );
  });

  it('speaks every UI language with plurals', () => {
    const hu = createI18n('hu');
    expect(
      signInProblemText({ problem: 'too-many-attempts', detail: '', retryAfterSeconds: 45 }, hu.t),
    ).toBe('Túl sok bejelentkezési kísérlet. Várjon 45 másodpercet, majd próbálja újra.');
  });
});

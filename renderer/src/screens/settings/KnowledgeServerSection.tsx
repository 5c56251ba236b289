import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeSync } from '../../app/sync-view';
import { errorMessage } from '../../bridge/call-failure';
import type { SignInFailure } from '../../stores/session-store';
import { useSessionStore } from '../../stores/stores-context';
import { TextField } from './Field';
import { fieldToFix, showsTechnicalDetail, signInProblemText } from './sign-in-problem';

function SignInError({ failure }: { failure: SignInFailure }) {
  const { t } = useTranslation();
  return (
    <div className="notice-box error sign-in-error" role="alert" data-testid="sign-in-error">
      <p>
        <strong>{signInProblemText(failure, t)}</strong>
      </p>
      {showsTechnicalDetail(failure) && (
        <p className="technical">{t('signIn.details', { detail: failure.detail })}</p>
      )}
    </div>
  );
}

/**
 * User name and password. The password lives only in this component's state, is handed to the
 * core once, and is cleared at every attempt.
 */
function SignInForm(props: {
  initialUsername: string;
  /** Saves an edited server address first; rejects when that fails. */
  prepare: () => Promise<boolean>;
  focusServerUrl: () => void;
}) {
  const { t } = useTranslation();
  const attempt = useSessionStore((s) => s.signInAttempt);
  const signIn = useSessionStore((s) => s.signIn);
  const clearProblem = useSessionStore((s) => s.clearSignInProblem);
  const [username, setUsername] = useState(props.initialUsername);
  const [password, setPassword] = useState('');
  const [checked, setChecked] = useState(false);
  const [preparing, setPreparing] = useState(false);
  const [prepareError, setPrepareError] = useState<string | null>(null);
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  const mustWait = useSessionStore((s) => s.signInLocked);
  const failure = attempt.status === 'failed' ? attempt.failure : null;

  // After signing out, the sign-out button is gone: start the agent at the user name.
  useEffect(() => {
    if (document.activeElement === document.body)
      usernameRef.current?.focus({ preventScroll: true });
  }, []);
  const busy = preparing || attempt.status === 'submitting';

  const usernameError =
    checked && username.trim() === '' ? t('signIn.usernameRequired') : undefined;
  const passwordError = checked && password === '' ? t('signIn.passwordRequired') : undefined;

  const onSubmit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    if (busy || mustWait) return;
    setChecked(true);
    setPrepareError(null);
    clearProblem();
    const name = username.trim();
    if (name === '') return usernameRef.current?.focus();
    if (password === '') return passwordRef.current?.focus();
    const secret = password;
    setPassword('');
    setChecked(false);
    setPreparing(true);
    let ready: boolean;
    try {
      ready = await props.prepare();
    } catch (err) {
      setPrepareError(t('signIn.saveAddressFailed', { message: errorMessage(err) }));
      ready = false;
    } finally {
      setPreparing(false);
    }
    if (!ready) return;
    const result = await signIn({ username: name, password: secret });
    if (result?.ok) return;
    // The button was disabled while signing in, so focus went nowhere: put it where the fix is.
    const fix = result ? fieldToFix({ problem: result.problem, detail: result.detail }) : null;
    if (fix === 'serverUrl') props.focusServerUrl();
    else passwordRef.current?.focus();
  };

  return (
    <form className="sign-in-form" onSubmit={(e) => void onSubmit(e)} noValidate>
      <p className="field-hint">{t('signIn.hint')}</p>
      <TextField
        label={t('signIn.username')}
        value={username}
        onChange={(v) => {
          setUsername(v);
          clearProblem();
        }}
        error={usernameError}
        autoComplete="username"
        ref={usernameRef}
        testId="sign-in-username"
      />
      <TextField
        type="password"
        label={t('signIn.password')}
        value={password}
        onChange={(v) => {
          setPassword(v);
          clearProblem();
        }}
        error={passwordError}
        autoComplete="current-password"
        ref={passwordRef}
        testId="sign-in-password"
      />
      {failure && <SignInError failure={failure} />}
      {prepareError && (
        <div className="notice-box error" role="alert" data-testid="sign-in-error">
          <p>
            <strong>{prepareError}</strong>
          </p>
        </div>
      )}
      <div className="form-row">
        <button
          type="submit"
          className="button primary"
          disabled={busy || mustWait}
          data-testid="sign-in-submit"
        >
          {busy ? t('signIn.submitting') : t('signIn.submit')}
        </button>
        {busy && <span className="spinner" aria-hidden="true" />}
      </div>
    </form>
  );
}

function SignedIn(props: { name: string; username: string }) {
  const { t } = useTranslation();
  const signOut = useSessionStore((s) => s.signOut);
  const signingOut = useSessionStore((s) => s.signingOut);
  const [error, setError] = useState<string | null>(null);
  const ref = useRef<HTMLParagraphElement>(null);

  // The sign-in button the agent just used is gone; land them on what replaced it.
  useEffect(() => {
    if (document.activeElement === document.body) ref.current?.focus({ preventScroll: true });
  }, []);

  return (
    <div className="signed-in">
      <p ref={ref} tabIndex={-1} className="session session-signed-in" data-testid="signed-in-as">
        <span className="status-dot" aria-hidden="true" />
        <span>{t('signIn.signedInAs', { name: props.name, username: props.username })}</span>
      </p>
      <div className="form-row">
        <button
          type="button"
          className="button"
          disabled={signingOut}
          data-testid="sign-out"
          onClick={() => {
            setError(null);
            signOut().catch((err: unknown) => setError(errorMessage(err)));
          }}
        >
          {signingOut ? t('signIn.signingOut') : t('signIn.signOut')}
        </button>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {t('signIn.signOutFailed', { message: error })}
        </p>
      )}
    </div>
  );
}

/** The sync line under the session: the same words as the header indicator. */
function SyncSummary() {
  const { t, i18n } = useTranslation();
  const sync = useSessionStore((s) => s.sync);
  const loadError = useSessionStore((s) => s.loadError);
  if (!sync || sync.status === 'signed-out') return null;
  const view = describeSync({ sync, loadError }, t, i18n.language);
  return (
    <div className="sync-summary muted" data-testid="settings-sync-status">
      <p>{view.detail}</p>
      {view.outbox && <p>{view.outbox}</p>}
    </div>
  );
}

/**
 * Settings' "Knowledge server" card: the address (part of the settings form, passed in as
 * `serverUrlField`), then signing in or who is signed in.
 */
export function KnowledgeServerSection(props: {
  serverUrlField: ReactNode;
  prepareSignIn: () => Promise<boolean>;
  focusServerUrl: () => void;
}) {
  const { t } = useTranslation();
  const session = useSessionStore((s) => s.session);
  const expired = useSessionStore((s) => s.sync?.status === 'session-expired');

  let body: ReactNode;
  if (!session) {
    body = (
      <p className="muted" role="status">
        {t('home.sessionLoading')}
      </p>
    );
  } else if (session.status === 'signed-in' && !expired) {
    body = <SignedIn name={session.user.name} username={session.user.username} />;
  } else {
    body = (
      <>
        {expired && (
          <p className="notice-box" role="status">
            {t('signIn.sessionExpired')}
          </p>
        )}
        <SignInForm
          // A new form per session, so nothing typed for one session lingers into the next.
          key={session.status}
          initialUsername={session.status === 'signed-in' ? session.user.username : ''}
          prepare={props.prepareSignIn}
          focusServerUrl={props.focusServerUrl}
        />
      </>
    );
  }

  return (
    <section className="card knowledge-server" aria-labelledby="settings-knowledge-server">
      <h2 id="settings-knowledge-server">{t('settings.knowledgeServerSection')}</h2>
      {props.serverUrlField}
      {body}
      <SyncSummary />
    </section>
  );
}

import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/create-i18n';
import { KnowledgeServerSection } from '../screens/settings/KnowledgeServerSection';
import { createStores } from '../stores/create-stores';
import { createFakeApi, signedIn, syncState } from '../stores/fake-api';
import { StoresContext, type Stores } from '../stores/stores-context';
import { RecoveryBanner } from './RecoveryBanner';
import { SyncStatus } from './SyncStatus';

/* Server-rendered markup of the new parts: the attributes end-to-end tests and screen readers rely on. */

function stores(): Stores {
  const { api } = createFakeApi();
  return createStores(api, { writeText: () => Promise.resolve() });
}

function render(s: Stores, node: ReactNode, lang: 'en' | 'hu' = 'en'): string {
  // Server rendering reads zustand's initial state (useSyncExternalStore's server snapshot);
  // show it the state each test has set.
  s.session.getInitialState = s.session.getState;
  return renderToStaticMarkup(
    <StoresContext value={s}>
      <I18nextProvider i18n={createI18n(lang)}>{node}</I18nextProvider>
    </StoresContext>,
  );
}

const navigate = () => undefined;

describe('sync indicator markup', () => {
  it('carries the status, an accessible name and the detail as tooltip', () => {
    const s = stores();
    s.session.setState({ sync: syncState({ status: 'offline', offlineSince: null }) });
    const html = render(s, <SyncStatus navigate={navigate} />);
    expect(html).toContain('data-testid="sync-status"');
    expect(html).toContain('data-status="offline"');
    expect(html).toContain('aria-label="Sync status: Offline"');
    expect(html).toContain('title="Offline — search still works"');
    expect(html).toContain('aria-expanded="false"');
  });

  it('shows a progress bar while a download of known size runs', () => {
    const s = stores();
    s.session.setState({
      sync: syncState({
        status: 'syncing',
        progress: { phase: 'snapshot', done: 1200, total: 20000 },
      }),
    });
    const html = render(s, <SyncStatus navigate={navigate} />);
    expect(html).toContain('data-status="syncing"');
    expect(html).toMatch(/<progress[^>]*max="20000"[^>]*value="1200"/);
    expect(html).toContain('Downloading knowledge 1,200 / 20,000');
  });

  it('is a way to Settings when the session expired', () => {
    const s = stores();
    s.session.setState({ sync: syncState({ status: 'session-expired' }) });
    const html = render(s, <SyncStatus navigate={navigate} />);
    expect(html).toContain('data-status="session-expired"');
    expect(html).not.toContain('aria-expanded');
    expect(html).toContain('Session expired — sign in again');
  });

  it('is "loading" before the first answer', () => {
    expect(render(stores(), <SyncStatus navigate={navigate} />)).toContain('data-status="loading"');
  });
});

describe('recovery banner markup', () => {
  it('says where the damaged copy went', () => {
    const s = stores();
    s.session.setState({
      sync: syncState({
        status: 'syncing',
        recovery: { reason: 'corrupt', movedTo: '/data/replica.corrupt-1.db', at: '2025-03-04' },
      }),
    });
    const html = render(s, <RecoveryBanner />);
    expect(html).toContain('data-testid="replica-recovery"');
    expect(html).toContain('/data/replica.corrupt-1.db');
    expect(render(stores(), <RecoveryBanner />)).toBe('');
  });
});

describe('knowledge server section markup', () => {
  const section = (
    <KnowledgeServerSection
      serverUrlField={null}
      prepareSignIn={() => Promise.resolve(true)}
      focusServerUrl={navigate}
    />
  );

  it('offers the sign-in form when signed out, with the problem worded', () => {
    const s = stores();
    s.session.setState({
      session: { status: 'signed-out', serverUrl: 'http://kb.test' },
      sync: syncState(),
      signInAttempt: {
        status: 'failed',
        failure: { problem: 'unreachable', detail: 'connect ECONNREFUSED' },
      },
    });
    const html = render(s, section);
    for (const id of ['sign-in-username', 'sign-in-password', 'sign-in-submit', 'sign-in-error'])
      expect(html).toContain(`data-testid="${id}"`);
    expect(html).toContain('type="password"');
    expect(html).toContain('autoComplete="current-password"');
    expect(html).toContain('Check the address above');
    expect(html).toContain('connect ECONNREFUSED');
    expect(html).not.toContain('data-testid="sign-out"');
  });

  it('disables the button while signing in', () => {
    const s = stores();
    s.session.setState({
      session: { status: 'signed-out', serverUrl: 'http://kb.test' },
      signInAttempt: { status: 'submitting' },
    });
    expect(render(s, section)).toMatch(
      /<button[^>]*disabled=""[^>]*data-testid="sign-in-submit"[^>]*>Signing in…/,
    );
  });

  it('says who is signed in and offers to sign out', () => {
    const s = stores();
    s.session.setState({
      session: signedIn('Ana Kovács', 'ana'),
      sync: syncState({ status: 'online' }),
    });
    const html = render(s, section, 'hu');
    expect(html).toContain('Bejelentkezve: Ana Kovács (ana)');
    expect(html).toContain('data-testid="sign-out"');
    expect(html).not.toContain('data-testid="sign-in-password"');
  });

  it('asks to sign in again when the session expired', () => {
    const s = stores();
    s.session.setState({
      session: signedIn('Ana Kovács', 'ana'),
      sync: syncState({ status: 'session-expired' }),
    });
    const html = render(s, section);
    expect(html).toContain('Your session has expired');
    expect(html).toMatch(/data-testid="sign-in-username" value="ana"/);
  });
});

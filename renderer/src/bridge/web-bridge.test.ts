import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { AGENT_EVENT_NAMES, type AgentEventName } from '../../../shared/api';
import type { EventFrame } from '../../../shared/web-protocol';
import { DEFAULT_SETTINGS } from '../../../shared/settings';
import type { SyncState } from '../../../shared/workstation/sync-state';
import { AgentCallFailure } from './call-failure';
import { backoffDelay, parseEventFrame } from './event-socket';
import { createWebBridge, readCallResponse, type WebBridge } from './web-bridge';

interface TestHost {
  url: string;
  calls: { name: string; args: unknown }[];
  sockets: WebSocketServer;
  server: Server;
  respond: (name: string, args: unknown) => { status: number; body: string };
}

const hosts: TestHost[] = [];
const bridges: WebBridge[] = [];

/** A tiny stand-in for the web host: records calls, answers with what the test sets. */
async function startHost(): Promise<TestHost> {
  const host = {
    calls: [],
    respond: () => ({ status: 200, body: JSON.stringify({ ok: true, value: null }) }),
  } as unknown as TestHost;
  host.server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const name = (req.url ?? '').replace('/api/call/', '');
      const args: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      host.calls.push({ name, args });
      const { status, body } = host.respond(name, args);
      res.writeHead(status, { 'Content-Type': 'application/json' }).end(body);
    });
  });
  host.sockets = new WebSocketServer({ server: host.server, path: '/api/events' });
  await new Promise<void>((resolve) => host.server.listen(0, '127.0.0.1', resolve));
  host.url = `http://127.0.0.1:${(host.server.address() as AddressInfo).port}`;
  hosts.push(host);
  return host;
}

function bridgeTo(host: TestHost): WebBridge {
  const bridge = createWebBridge({
    baseUrl: host.url,
    WebSocket,
    backoff: { initialMs: 20, maxMs: 100 },
  });
  bridges.push(bridge);
  return bridge;
}

function send(host: TestHost, frame: EventFrame): void {
  for (const client of host.sockets.clients) client.send(JSON.stringify(frame));
}

async function until(check: () => boolean, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
}

afterEach(async () => {
  for (const b of bridges.splice(0)) b.close();
  for (const h of hosts.splice(0)) {
    for (const c of h.sockets.clients) c.terminate();
    h.sockets.close();
    await new Promise((r) => h.server.close(r));
  }
});

describe('readCallResponse', () => {
  it('returns the value of an ok response', () => {
    expect(readCallResponse('getSettings', 200, '{"ok":true,"value":{"a":1}}')).toEqual({ a: 1 });
  });

  it('throws the host error with its code and message', () => {
    const body = JSON.stringify({
      ok: false,
      error: { code: 'invalid-arguments', message: 'text: too long' },
    });
    expect(() => readCallResponse('search', 400, body)).toThrowError(
      expect.objectContaining({
        name: 'AgentCallFailure',
        code: 'invalid-arguments',
        message: 'text: too long',
      }),
    );
  });

  it('treats non-JSON and odd shapes as bad responses', () => {
    expect(() => readCallResponse('search', 502, '<html>Bad gateway</html>')).toThrowError(
      expect.objectContaining({ code: 'bad-response' }),
    );
    expect(() => readCallResponse('search', 200, '[1,2]')).toThrowError(
      expect.objectContaining({ code: 'bad-response' }),
    );
  });
});

describe('web bridge calls', () => {
  it('posts the arguments as a JSON array and returns the value', async () => {
    const host = await startHost();
    host.respond = () => ({
      status: 200,
      body: JSON.stringify({ ok: true, value: { ...DEFAULT_SETTINGS, theme: 'dark' } }),
    });
    const bridge = bridgeTo(host);
    const saved = await bridge.updateSettings({ theme: 'dark' });
    expect(saved.theme).toBe('dark');
    expect(host.calls).toEqual([{ name: 'updateSettings', args: [{ theme: 'dark' }] }]);
  });

  it('turns an error response into an AgentCallFailure', async () => {
    const host = await startHost();
    host.respond = () => ({
      status: 404,
      body: JSON.stringify({
        ok: false,
        error: { code: 'unknown-call', message: 'Unknown call "x".' },
      }),
    });
    const err: unknown = await bridgeTo(host)
      .getAppInfo()
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AgentCallFailure);
    expect(err).toMatchObject({
      code: 'unknown-call',
      message: 'Unknown call "x".',
      call: 'getAppInfo',
    });
  });

  it('reports an unreachable host', async () => {
    const host = await startHost();
    const bridge = bridgeTo(host);
    await new Promise((r) => host.server.close(r));
    host.server.closeAllConnections();
    await expect(bridge.getSession()).rejects.toMatchObject({ code: 'unreachable' });
  });
});

describe('web bridge events', () => {
  it('delivers frames to listeners until they unsubscribe', async () => {
    const host = await startHost();
    const bridge = bridgeTo(host);
    const seen: string[] = [];
    const off = bridge.on('settingsChanged', (s) => seen.push(s.uiLanguage));
    await until(() => host.sockets.clients.size === 1);
    send(host, { event: 'settingsChanged', payload: { ...DEFAULT_SETTINGS, uiLanguage: 'hu' } });
    await until(() => seen.length === 1);
    off();
    send(host, { event: 'settingsChanged', payload: { ...DEFAULT_SETTINGS, uiLanguage: 'id' } });
    await new Promise((r) => setTimeout(r, 50));
    expect(seen).toEqual(['hu']);
  });

  it('reconnects after the socket drops and fetches what it may have missed', async () => {
    const host = await startHost();
    host.respond = (name) => ({
      status: 200,
      body: JSON.stringify({
        ok: true,
        value: name === 'getSettings' ? { ...DEFAULT_SETTINGS, uiLanguage: 'zh-TW' } : null,
      }),
    });
    const bridge = bridgeTo(host);
    const seen: string[] = [];
    bridge.on('settingsChanged', (s) => seen.push(s.uiLanguage));
    await until(() => host.sockets.clients.size === 1);
    for (const c of host.sockets.clients) c.terminate();
    await until(() => seen.includes('zh-TW'));
    await until(() => host.sockets.clients.size === 1);
    send(host, { event: 'settingsChanged', payload: { ...DEFAULT_SETTINGS, uiLanguage: 'hu' } });
    await until(() => seen.includes('hu'));
  });
});

describe('web bridge: sync events (issue 5)', () => {
  const syncState: SyncState = {
    status: 'online',
    progress: null,
    lastSyncAt: '2025-03-04T10:00:00.000Z',
    offlineSince: null,
    nextAttemptAt: null,
    problem: null,
    cursor: 42,
    articles: 3,
    outboxPending: 0,
    recovery: null,
  };

  it('forwards every event of the contract', async () => {
    const host = await startHost();
    const bridge = bridgeTo(host);
    const seen: AgentEventName[] = [];
    for (const name of AGENT_EVENT_NAMES) bridge.on(name, () => seen.push(name));
    await until(() => host.sockets.clients.size === 1);
    const payloads = {
      settingsChanged: DEFAULT_SETTINGS,
      sessionChanged: { status: 'signed-out', serverUrl: '' },
      syncStateChanged: syncState,
      articlesChanged: { added: [], changed: [], removed: ['a1'], initial: false },
      noticesReceived: { notices: [] },
      feedbackAnswered: { items: [] },
      noticesChanged: null,
      openRequested: { target: 'whats-new' },
      hotkeyStatusChanged: { state: 'in-page', accelerator: 'CommandOrControl+Shift+Space' },
      popupRequested: { clipboardText: 'card lost' },
      popupClosed: null,
    } satisfies { [E in AgentEventName]: unknown };
    for (const name of AGENT_EVENT_NAMES)
      send(host, { event: name, payload: payloads[name] } as EventFrame);
    await until(() => seen.length === AGENT_EVENT_NAMES.length);
    expect(seen).toEqual([...AGENT_EVENT_NAMES]);
  });

  it('posts the new calls with their arguments', async () => {
    const host = await startHost();
    const bridge = bridgeTo(host);
    await bridge.signIn({ username: 'ana', password: 'pw' });
    await bridge.signOut();
    await bridge.getSyncState();
    await bridge.syncNow();
    await bridge.getWhatsNew({ limit: 20 });
    expect(host.calls).toEqual([
      { name: 'signIn', args: [{ username: 'ana', password: 'pw' }] },
      { name: 'signOut', args: [] },
      { name: 'getSyncState', args: [] },
      { name: 'syncNow', args: [] },
      { name: 'getWhatsNew', args: [{ limit: 20 }] },
    ]);
  });

  it('fetches session and sync state again after a reconnect', async () => {
    const host = await startHost();
    host.respond = (name) => ({
      status: 200,
      body: JSON.stringify({
        ok: true,
        value:
          name === 'getSyncState'
            ? syncState
            : name === 'getSession'
              ? { status: 'signed-out', serverUrl: 'http://kb.test' }
              : null,
      }),
    });
    const bridge = bridgeTo(host);
    const cursors: (number | null)[] = [];
    const sessions: string[] = [];
    bridge.on('syncStateChanged', (s) => cursors.push(s.cursor));
    bridge.on('sessionChanged', (s) => sessions.push(s.serverUrl));
    await until(() => host.sockets.clients.size === 1);
    for (const c of host.sockets.clients) c.terminate();
    await until(() => cursors.includes(42) && sessions.includes('http://kb.test'));
    // Nothing to fetch for events nobody listens to.
    expect(host.calls.map((c) => c.name).sort()).toEqual(['getSession', 'getSyncState']);
  });
});

describe("web bridge: the agent's desk (issue 6)", () => {
  it('posts the desk calls with their arguments', async () => {
    const host = await startHost();
    const bridge = bridgeTo(host);
    const ref = { id: 'a1', lang: 'hu' as const };
    await bridge.getArticleDetails(ref);
    await bridge.markRead({ id: 'a1', lang: 'hu', revision: 3 });
    await bridge.getCategoryTree();
    await bridge.listCategory({ categoryId: 'cards', type: 'canned' });
    await bridge.getDeskLists();
    await bridge.setFavourite({ id: 'a1', favourite: true });
    await bridge.sendFeedback({ kind: 'helpful', articleId: 'a1', lang: 'hu', revision: 3 });
    await bridge.reportQuestion({ query: 'kártya letiltás' });
    await bridge.getHotkeyStatus();
    await bridge.closePopup();
    await bridge.openInMainWindow(ref);
    expect(host.calls).toEqual([
      { name: 'getArticleDetails', args: [ref] },
      { name: 'markRead', args: [{ id: 'a1', lang: 'hu', revision: 3 }] },
      { name: 'getCategoryTree', args: [] },
      { name: 'listCategory', args: [{ categoryId: 'cards', type: 'canned' }] },
      { name: 'getDeskLists', args: [] },
      { name: 'setFavourite', args: [{ id: 'a1', favourite: true }] },
      {
        name: 'sendFeedback',
        args: [{ kind: 'helpful', articleId: 'a1', lang: 'hu', revision: 3 }],
      },
      { name: 'reportQuestion', args: [{ query: 'kártya letiltás' }] },
      { name: 'getHotkeyStatus', args: [] },
      { name: 'closePopup', args: [] },
      { name: 'openInMainWindow', args: [ref] },
    ]);
  });
});

describe('event frames and backoff', () => {
  it('drops malformed frames', () => {
    expect(parseEventFrame('not json')).toBeNull();
    expect(parseEventFrame('{"event":"nope","payload":{}}')).toBeNull();
    expect(parseEventFrame('{"event":"settingsChanged"}')).toBeNull();
    expect(
      parseEventFrame('{"event":"openRequested","payload":{"target":"whats-new"}}'),
    ).not.toBeNull();
    expect(parseEventFrame(new Uint8Array([1]))).toBeNull();
    // popupClosed carries no data: a null payload is a frame, a missing one is not.
    expect(parseEventFrame('{"event":"popupClosed","payload":null}')).toEqual({
      event: 'popupClosed',
      payload: null,
    });
    expect(parseEventFrame('{"event":"popupClosed"}')).toBeNull();
    expect(
      parseEventFrame(
        '{"event":"sessionChanged","payload":{"status":"signed-out","serverUrl":""}}',
      ),
    ).not.toBeNull();
  });

  it('doubles the delay up to the cap', () => {
    const opts = { initialMs: 250, maxMs: 10_000 };
    const mid = () => 0.5;
    expect([0, 1, 2, 3, 10].map((n) => backoffDelay(n, opts, mid))).toEqual([
      250, 500, 1000, 2000, 10_000,
    ]);
  });
});

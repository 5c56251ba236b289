// Web mode host over real HTTP + WebSocket, with a real AgentCore on a temp data folder (DESIGN.md "web mode").
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { CALL_PATH, EVENTS_PATH, MAX_CALL_BODY_BYTES } from '../../shared/web-protocol';
import { AgentCore } from './agent-core';
import { startWebHost, type WebHost } from './web-host';

let dir: string;
let core: AgentCore;
let web: WebHost;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cuecard-webhost-'));
  const rendererDir = join(dir, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Cuecard test</title>');
  writeFileSync(join(rendererDir, 'assets', 'app-123.js'), 'console.log(1)');
  writeFileSync(join(dir, 'secret.txt'), 'not for the browser');
  core = await AgentCore.open({ dataDir: join(dir, 'data'), host: 'web', version: '9.9.9' });
  web = await startWebHost({ core, rendererDir, port: 0 });
});

afterAll(async () => {
  await web.close();
  core.close();
  rmSync(dir, { recursive: true, force: true });
});

const call = (name: string, body: string, headers: Record<string, string> = {}) =>
  fetch(new URL(`${CALL_PATH}/${name}`, web.url), {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', ...headers },
  });

/** fetch() forbids setting Host, so the DNS-rebinding check is exercised with node:http. */
function rawGet(path: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: web.port, path, headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('web host', () => {
  it('binds to loopback by default and prints a 127.0.0.1 URL', () => {
    expect(web.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('serves the renderer with a strict CSP, and index.html for app routes', async () => {
    const res = await fetch(web.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await res.text()).toContain('Cuecard test');
    const deep = await fetch(new URL('/search', web.url));
    expect(await deep.text()).toContain('Cuecard test');
    const asset = await fetch(new URL('/assets/app-123.js', web.url));
    expect(asset.headers.get('cache-control')).toContain('immutable');
  });

  it('never serves files outside the renderer folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt']) {
      const res = await fetch(new URL(path, web.url));
      expect(await res.text()).not.toContain('not for the browser');
    }
  });

  it('answers contract calls with the core’s values', async () => {
    const res = await call('getAppInfo', '[]');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      ok: true,
      value: { name: 'Cuecard', version: '9.9.9', host: 'web' },
    });
  });

  it('rejects invalid arguments with 400 and a message naming the field', async () => {
    const res = await call('updateSettings', JSON.stringify([{ uiLanguage: 'klingon' }]));
    expect(res.status).toBe(400);
    const body = (await res.json()) as { ok: boolean; error: { code: string; message: string } };
    expect(body.error.code).toBe('invalid-arguments');
    expect(body.error.message).toContain('uiLanguage');
    expect((await core.getSettings()).uiLanguage).toBe('en');
  });

  it('rejects unknown calls, malformed JSON, wrong methods and oversized bodies', async () => {
    expect((await call('dropDatabase', '[]')).status).toBe(404);
    expect((await call('constructor', '[]')).status).toBe(404);
    expect((await call('getAppInfo', '{not json')).status).toBe(400);
    expect((await fetch(new URL(`${CALL_PATH}/getAppInfo`, web.url))).status).toBe(405);
    const big = JSON.stringify([{ text: 'x'.repeat(MAX_CALL_BODY_BYTES) }]);
    expect((await call('search', big)).status).toBe(413);
  });

  it('refuses requests for a foreign Host or Origin (DNS rebinding, cross-site calls)', async () => {
    expect(await rawGet('/', `127.0.0.1:${web.port}`)).toBe(200);
    expect(await rawGet('/', `evil.example:${web.port}`)).toBe(403);
    const res = await call('getAppInfo', '[]', { origin: 'https://evil.example' });
    expect(res.status).toBe(403);
  });

  it('pushes settingsChanged to WebSocket clients after an update', async () => {
    const ws = new WebSocket(new URL(EVENTS_PATH, web.url.replace('http', 'ws')));
    await new Promise((resolve, reject) => {
      ws.once('open', resolve);
      ws.once('error', reject);
    });
    const frame = new Promise<{ event: string; payload: { uiLanguage: string } }>((resolve) =>
      ws.once('message', (data) => resolve(JSON.parse(String(data)))),
    );
    const res = await call('updateSettings', JSON.stringify([{ uiLanguage: 'hu' }]));
    expect(res.status).toBe(200);
    expect(await frame).toMatchObject({ event: 'settingsChanged', payload: { uiLanguage: 'hu' } });
    ws.close();
  });
});

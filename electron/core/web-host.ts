import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import {
  CALL_PATH,
  EVENTS_PATH,
  MAX_CALL_BODY_BYTES,
  type CallResponse,
  type EventFrame,
} from '../../shared/web-protocol';
import type { AgentCore } from './agent-core';
import { dispatchCall } from './dispatch';
import { readStaticFile } from './static-files';
import { rendererCsp } from '../../shared/csp';

export interface WebHostOptions {
  core: AgentCore;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** Loopback unless told otherwise: web mode exposes the agent's replica to whoever can connect. */
  host?: string;
  /** 0 picks a free port. */
  port?: number;
}

export interface WebHost {
  url: string;
  port: number;
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);
const HEARTBEAT_MS = 30_000;

/** Web mode: the same AgentCore, served with the built renderer over HTTP + WebSocket (DESIGN.md). */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const bindHost = options.host ?? '127.0.0.1';
  const server = createServer((req, res) => {
    handleRequest(options, req, res).catch((err: unknown) => {
      console.error('[cuecard] web host request failed:', err);
      if (!res.headersSent)
        sendJson(res, 500, { ok: false, error: { code: 'internal', message: 'Internal error' } });
      else res.destroy();
    });
  });
  const sockets = new WebSocketServer({ noServer: true, maxPayload: 4096 });
  const offEvents = options.core.onAny((event, payload) => {
    const frame = JSON.stringify({ event, payload } as EventFrame);
    for (const socket of sockets.clients) if (socket.readyState === socket.OPEN) socket.send(frame);
  });

  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://host');
    if (url.pathname !== EVENTS_PATH || !isAllowedRequest(req, bindHost)) {
      socket.write('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      socket.destroy();
      return;
    }
    sockets.handleUpgrade(req, socket, head, (ws) => keepAlive(ws));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, bindHost, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const shownHost = bindHost.includes(':') ? `[${bindHost}]` : bindHost;
  return {
    url: `http://${shownHost === '0.0.0.0' ? '127.0.0.1' : shownHost}:${port}/`,
    port,
    close: () => closeHost(server, sockets, offEvents),
  };
}

async function handleRequest(
  options: WebHostOptions,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const bindHost = options.host ?? '127.0.0.1';
  if (!isAllowedRequest(req, bindHost)) {
    sendJson(res, 403, {
      ok: false,
      error: { code: 'internal', message: 'Forbidden host or origin.' },
    });
    return;
  }
  const url = new URL(req.url ?? '/', 'http://host');
  if (url.pathname.startsWith(`${CALL_PATH}/`)) {
    if (req.method !== 'POST') {
      res.writeHead(405, { Allow: 'POST' }).end();
      return;
    }
    await handleCall(options.core, url.pathname.slice(CALL_PATH.length + 1), req, res);
    return;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const file = await readStaticFile(options.rendererDir, url.pathname);
  if (!file) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  res.writeHead(200, {
    'Content-Type': file.contentType,
    'Content-Length': file.body.length,
    'Cache-Control': file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    // The page's own WebSocket origin, for events (CSP 'self' does not cover ws: everywhere).
    'Content-Security-Policy': rendererCsp([
      `ws://${(req.headers.host ?? '').replace(/[^\w.:[\]-]/g, '')}`,
    ]),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  });
  res.end(req.method === 'HEAD' ? undefined : file.body);
}

async function handleCall(
  core: AgentCore,
  name: string,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const body = await readBody(req, MAX_CALL_BODY_BYTES);
  if (body === 'too-large') {
    sendJson(res, 413, {
      ok: false,
      error: {
        code: 'invalid-arguments',
        message: `Request body over ${MAX_CALL_BODY_BYTES} bytes.`,
      },
    });
    return;
  }
  let args: unknown;
  try {
    args = body.length === 0 ? [] : JSON.parse(body.toString('utf8'));
  } catch {
    sendJson(res, 400, {
      ok: false,
      error: { code: 'invalid-arguments', message: 'Body is not valid JSON.' },
    });
    return;
  }
  const result = await dispatchCall(core, name, args);
  const status = result.ok
    ? 200
    : result.error.code === 'unknown-call'
      ? 404
      : result.error.code === 'internal'
        ? 500
        : 400;
  sendJson(res, status, result);
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) {
    req.resume();
    return Promise.resolve('too-large');
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.resume();
        resolve('too-large');
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * Refuses requests whose Host or Origin is not this host, so a web page on another site cannot
 * reach the agent's replica through the browser (DNS rebinding, cross-site POSTs).
 */
function isAllowedRequest(req: IncomingMessage, bindHost: string): boolean {
  const host = req.headers.host ?? '';
  if (!LOOPBACK.has(bindHost)) return true;
  const hostName = host.replace(/:\d+$/, '');
  if (!LOOPBACK.has(hostName)) return false;
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  try {
    const o = new URL(origin);
    return LOOPBACK.has(o.hostname) && o.host === host;
  } catch {
    return false;
  }
}

function keepAlive(ws: WebSocket): void {
  let alive = true;
  ws.on('pong', () => (alive = true));
  const timer = setInterval(() => {
    if (!alive) {
      ws.terminate();
      return;
    }
    alive = false;
    ws.ping();
  }, HEARTBEAT_MS);
  ws.on('close', () => clearInterval(timer));
}

function sendJson(res: ServerResponse, status: number, body: CallResponse): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

async function closeHost(
  server: Server,
  sockets: WebSocketServer,
  offEvents: () => void,
): Promise<void> {
  offEvents();
  for (const socket of sockets.clients) socket.terminate();
  await new Promise<void>((resolve) => sockets.close(() => resolve()));
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

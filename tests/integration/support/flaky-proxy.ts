import { createServer, connect, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy in front of the real server, to take one workstation offline or cut an answer
 * half-way (what a dying server or a dropped network does), without touching the server.
 */
export class FlakyProxy {
  private down = false;
  private cutNext: RegExp | null = null;
  private readonly sockets = new Set<Socket>();
  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(targetUrl: string): Promise<FlakyProxy> {
    const target = new URL(targetUrl);
    let proxy: FlakyProxy | undefined = undefined;
    const server = createServer((client) => proxy?.accept(client, target));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    if (!address || typeof address === 'string') throw new Error('no proxy address');
    proxy = new FlakyProxy(server, `http://127.0.0.1:${address.port}`);
    return proxy;
  }

  /** Offline: refuse new connections and drop the open ones (the poke stream too). */
  setDown(down: boolean): void {
    this.down = down;
    if (down) for (const s of this.sockets) s.destroy();
  }

  get isDown(): boolean {
    return this.down;
  }

  /** The next answer to a request whose first line matches is cut after its headers and part of its body. */
  cutNextAnswer(requestLine: RegExp): void {
    this.cutNext = requestLine;
  }

  get cutPending(): boolean {
    return this.cutNext !== null;
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(client: Socket, target: URL): void {
    if (this.down) {
      client.destroy();
      return;
    }
    const upstream = connect(Number(target.port), target.hostname);
    this.track(client);
    this.track(upstream);
    let cutting = false;
    client.on('data', (chunk: Buffer) => {
      const line = chunk.toString('latin1', 0, Math.min(chunk.length, 300)).split('\r\n')[0] ?? '';
      if (this.cutNext?.test(line)) {
        this.cutNext = null;
        cutting = true;
      }
      upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => {
      if (!cutting) {
        client.write(chunk);
        return;
      }
      const headerEnd = chunk.indexOf('\r\n\r\n');
      const bodyStart = headerEnd < 0 ? 0 : headerEnd + 4;
      const keep = bodyStart + Math.floor((chunk.length - bodyStart) / 2);
      client.write(chunk.subarray(0, Math.max(keep, bodyStart + 1)), () => {
        client.destroy();
        upstream.destroy();
      });
    });
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  }

  private track(socket: Socket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
  }
}

import { ServerConnection } from './server-connection';

/** For tests: a connection whose server answers every request with `status` and `body`. */
export function stubServer(status: number, body: unknown) {
  const calls: { method: string; url: string; body: unknown }[] = [];
  const fetchStub = (async (url: string, init: RequestInit) => {
    calls.push({
      method: init.method ?? 'GET',
      url,
      body: init.body ? (JSON.parse(init.body as string) as unknown) : undefined,
    });
    return new Response(JSON.stringify(body), { status });
  }) as unknown as typeof fetch;
  const connection = new ServerConnection({ baseUrl: 'http://kb', token: 't', fetch: fetchStub });
  return { connection, calls };
}

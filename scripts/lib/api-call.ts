/** One JSON call to the knowledge server's HTTP API, for scripts and tests; throws on a non-2xx answer. */
export async function apiCall(
  baseUrl: string,
  method: string,
  path: string,
  body: unknown,
  token?: string,
): Promise<unknown> {
  const response = await fetch(new URL(path, baseUrl), {
    method,
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) {
    throw new Error(`${method} ${path} answered ${response.status}: ${text.slice(0, 2000)}`);
  }
  return text ? JSON.parse(text) : undefined;
}

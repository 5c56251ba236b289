import { expect, it } from 'vitest';
import { SYNC_PATHS } from '../../shared/sync/protocol';
import { putArticle } from '../test-support/content';
import { describeStores, member, unique } from '../test-support/harness';
import { openSse } from '../test-support/sse';

const pokeSeq = (event: { data?: string } | null) =>
  event?.data ? (JSON.parse(event.data) as { seq: number }).seq : undefined;

describeStores(
  'push over SSE',
  (h) => {
    it('pokes {seq} after a commit, with the seq as the event id', async () => {
      const { server, admin } = h();
      const agent = await h().user([member('cards', 'agent')]);
      const stream = await openSse(server.url + SYNC_PATHS.stream, agent.client.token);
      expect(stream.status).toBe(200);
      expect(stream.headers.get('content-type')).toMatch(/^text\/event-stream/);
      const first = await stream.next();
      expect(first?.event).toBe('poke');
      const head = pokeSeq(first) ?? 0;
      expect(first?.id).toBe(String(head));

      await putArticle(admin, unique('poked'));
      const poke = await stream.next();
      expect(poke?.event).toBe('poke');
      expect(pokeSeq(poke)).toBeGreaterThan(head);
      expect(poke?.id).toBe(String(pokeSeq(poke)));
      expect(JSON.parse(poke?.data ?? '{}')).toEqual({ seq: pokeSeq(poke) }); // data-free: no content
      stream.close();
    });

    it('resumes with Last-Event-ID: silent when current, an immediate poke when behind', async () => {
      const { server, admin } = h();
      const agent = await h().user([member('cards', 'agent')]);
      const url = server.url + SYNC_PATHS.stream;
      const first = await openSse(url, agent.client.token);
      const head = pokeSeq(await first.next()) ?? 0;
      first.close();

      const current = await openSse(url, agent.client.token, String(head));
      await expect(current.next(300)).rejects.toThrow(/no SSE event/);
      await putArticle(admin, unique('resume'));
      const poke = await current.next();
      const newHead = pokeSeq(poke) ?? 0;
      expect(newHead).toBeGreaterThan(head);
      current.close();

      const behind = await openSse(url, agent.client.token, String(head));
      expect(pokeSeq(await behind.next())).toBe(newHead);
      behind.close();
      expect((await openSse(url, agent.client.token, 'abc')).status).toBe(400);
    });

    it('sends heartbeats, refuses unauthenticated clients and ends the stream on logout', async () => {
      const { server } = h();
      expect((await openSse(server.url + SYNC_PATHS.stream, undefined)).status).toBe(401);
      const agent = await h().user([member('cards', 'agent')]);
      const stream = await openSse(server.url + SYNC_PATHS.stream, agent.client.token);
      let heartbeat = false;
      for (let i = 0; i < 5 && !heartbeat; i++)
        heartbeat = (await stream.next(2000, true))?.comment === 'heartbeat';
      expect(heartbeat).toBe(true);
      await agent.client.ok('POST', '/api/auth/logout');
      await stream.ended;
    });

    it('pokes clients of every instance sharing the store (LISTEN/NOTIFY)', async () => {
      const { admin } = h();
      const other = await h().extraServer();
      const agent = await h().user([member('cards', 'agent')]);
      const stream = await openSse(other.url + SYNC_PATHS.stream, agent.client.token);
      const head = pokeSeq(await stream.next()) ?? 0;
      const started = Date.now();
      await putArticle(admin, unique('other-instance')); // written through the first instance
      const poke = await stream.next(3000);
      expect(pokeSeq(poke)).toBeGreaterThan(head);
      expect(Date.now() - started).toBeLessThan(3000); // well before the 5 s fallback poll
      stream.close();
    });

    it('drains SSE streams on graceful shutdown', async () => {
      const extra = await h().extraServer();
      const agent = await h().user([member('cards', 'agent')]);
      const streams = await Promise.all(
        [1, 2, 3].map(() => openSse(extra.url + SYNC_PATHS.stream, agent.client.token)),
      );
      expect(extra.push.clientCount).toBe(3);
      const started = Date.now();
      await extra.close();
      await Promise.all(streams.map((s) => s.ended));
      expect(Date.now() - started).toBeLessThan(5000);
      expect((await fetch(`${extra.url}/healthz`).catch(() => null))?.status ?? 'closed').toBe(
        'closed',
      );
    });
  },
  { settings: { heartbeatMs: 300 }, push: { pollMs: 5000 } },
);

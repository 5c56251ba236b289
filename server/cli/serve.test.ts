import type { OrgUnits } from '../../shared/workstation/notices';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Snapshot } from '../../shared/sync/protocol';
import { audienceAllows, type Audience } from '../access/audience';
import { bootstrapIfEmpty } from '../bootstrap';
import { DEFAULT_DEMO_DIR } from '../knowledge/demo-loader';
import { migrate } from '../store/migrate';
import { startServer } from '../server';
import { TestClient } from '../test-support/client';
import { createPostgresStore, postgresAvailable } from '../test-support/stores';
import { DEFAULT_DATA_DIR, parseServeArgs, runServe } from './serve';

const temp = mkdtempSync(join(tmpdir(), 'cuecard-serve-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
const PG_UP = await postgresAvailable();

function demoArticles(): { all: Set<string>; forEveryone: Set<string> } {
  const text = readFileSync(join(DEFAULT_DEMO_DIR, 'articles.jsonl'), 'utf8');
  const lines = text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; audience?: unknown });
  return {
    all: new Set(lines.map((l) => l.id)),
    forEveryone: new Set(lines.filter((l) => !l.audience).map((l) => l.id)),
  };
}

/** Each demo user in org.json signs in and receives exactly the articles its audience rule allows. */
async function checkDemoUsers(url: string): Promise<void> {
  const orgPath = join(DEFAULT_DEMO_DIR, 'org.json');
  if (!existsSync(orgPath)) return;
  const org = JSON.parse(readFileSync(orgPath, 'utf8')) as {
    users?: {
      username: string;
      password: string;
      businessLines?: string[];
      positions?: string[];
    }[];
  };
  const lines = readFileSync(join(DEFAULT_DEMO_DIR, 'articles.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; audience?: Partial<Audience> });
  for (const user of org.users ?? []) {
    const memberships = (user.businessLines ?? []).flatMap((businessLineId) =>
      (user.positions ?? []).map((positionId) => ({ businessLineId, positionId })),
    );
    const expected = new Set(
      lines
        .filter((l) =>
          audienceAllows({ businessLines: [], positions: [], ...l.audience }, memberships),
        )
        .map((l) => l.id),
    );
    const client = await new TestClient(url).login(user.username, user.password);
    const snapshot = await client.ok<Snapshot>('GET', '/api/sync/snapshot');
    const got = new Set(snapshot.records.filter((r) => r.kind === 'article').map((r) => r.id));
    expect(got, user.username).toEqual(expected);
  }
}

describe('kb serve arguments', () => {
  it('parses the options and defaults to loopback:4010 in .cuecard/server', () => {
    expect(parseServeArgs([])).toEqual({
      dataDir: DEFAULT_DATA_DIR,
      port: 4010,
      host: '127.0.0.1',
      demo: true,
    });
    expect(
      parseServeArgs(['serve', '--data', '/tmp/x', '--port', '0', '--host', '::1', '--no-demo']),
    ).toEqual({
      dataDir: '/tmp/x',
      port: 0,
      host: '::1',
      demo: false,
    });
    expect(() => parseServeArgs(['--port', 'many'])).toThrow(/--port/);
    expect(() => parseServeArgs(['--data'])).toThrow(/needs a value/);
    expect(() => parseServeArgs(['--verbose'])).toThrow(/Unknown argument/);
  });

  it('answers 2 for a wrong command line and 0 for --help', async () => {
    expect(await runServe(['--bogus'])).toBe(2);
    expect(await runServe(['--help'])).toBe(0);
  });
});

describe('first start on PGlite in a fresh data directory', () => {
  it('creates an administrator, loads the demo once, and keeps both across restarts', async () => {
    const dataDir = join(temp, 'data');
    const first = await startServer({ dataDir, port: 0 });
    const password = first.bootstrap?.generatedPassword ?? '';
    expect(password.length).toBeGreaterThanOrEqual(16);
    const expected = demoArticles();
    expect(first.bootstrap?.demo?.articles).toBe(expected.all.size);
    const admin = await new TestClient(first.url).login('admin', password);
    const authoring = await admin.ok<{ articles: { id: string }[] }>(
      'GET',
      '/api/authoring/articles',
    );
    expect(new Set(authoring.articles.map((a) => a.id))).toEqual(expected.all);
    // The administrator belongs to no business line: the feed gives it what is for everyone.
    const snapshot = await admin.ok<Snapshot>('GET', '/api/sync/snapshot');
    const articles = snapshot.records.filter((r) => r.kind === 'article');
    expect(new Set(articles.map((a) => a.id))).toEqual(expected.forEveryone);
    expect(snapshot.records.some((r) => r.kind === 'category')).toBe(true);
    await checkDemoUsers(first.url);
    // Business lines and positions keep their names in every language (issue 8: audiences).
    const { org } = await admin.ok<{ org: OrgUnits }>('GET', '/api/org');
    expect(org.businessLines.find((l) => l.id === 'cards')?.names).toMatchObject({
      en: 'Cards',
      hu: 'Kártyák',
      'zh-Hant': '信用卡與金融卡',
    });
    expect(org.positions.find((p) => p.id === 'lead')?.names.hu).toBeTruthy();
    await expect(startServer({ dataDir, port: 0 })).rejects.toThrow(/in use by process/);
    await first.close();

    const second = await startServer({ dataDir, port: 0 });
    expect(second.bootstrap).toBeNull();
    const again = await new TestClient(second.url).login('admin', password);
    const later = await again.ok<Snapshot>('GET', '/api/sync/snapshot');
    expect(later.records.length).toBe(snapshot.records.length);
    expect(later.cursor).toBe(snapshot.cursor);
    await second.close();
  }, 180_000);
});

describe.skipIf(!PG_UP)('first start on PostgreSQL', () => {
  it('uses CUECARD_ADMIN_PASSWORD semantics and skips the demo with --no-demo', async () => {
    const db = await createPostgresStore();
    try {
      const server = await startServer({
        databaseUrl: db.url,
        port: 0,
        demo: false,
        adminPassword: 'chosen-password-1',
      });
      expect(server.bootstrap).toEqual({ adminUsername: 'admin' });
      const admin = await new TestClient(server.url).login('admin', 'chosen-password-1');
      const snapshot = await admin.ok<Snapshot>('GET', '/api/sync/snapshot');
      expect(snapshot.records.filter((r) => r.kind === 'article')).toEqual([]);
      await server.close();
    } finally {
      await db.dispose();
    }
  });

  it('refuses a weak admin password and a broken demo file, leaving the store empty', async () => {
    const db = await createPostgresStore();
    try {
      await migrate(db.store);
      await expect(
        bootstrapIfEmpty(db.store, { adminPassword: 'short', demoDir: null, log: () => undefined }),
      ).rejects.toThrow(/CUECARD_ADMIN_PASSWORD/);
      const demo = join(temp, 'broken-demo');
      rmSync(demo, { recursive: true, force: true });
      mkdirSync(demo);
      writeFileSync(
        join(demo, 'articles.jsonl'),
        '{"id":"ok","lang":"en","title":"Fine","body":"<p>x</p>","category":"A/B"}\n{"id":"bad","lang":"fr","title":"x","body":""}\n',
      );
      const logs: string[] = [];
      await expect(
        bootstrapIfEmpty(db.store, { demoDir: demo, log: (m) => logs.push(m) }),
      ).rejects.toThrow(/articles\.jsonl line 2/);
      expect(await db.store.query('SELECT id FROM users')).toEqual([]);
      expect(await db.store.query('SELECT id FROM articles')).toEqual([]);
      writeFileSync(
        join(demo, 'articles.jsonl'),
        '{"id":"ok","lang":"en","title":"Fine","body":"<p>x</p>","category":"A/B"}\n',
      );
      const result = await bootstrapIfEmpty(db.store, { demoDir: demo, log: (m) => logs.push(m) });
      expect(result?.demo?.articles).toBe(1);
      expect(logs.some((l) => l.includes('trees.json not found'))).toBe(true);
      expect(await db.store.query('SELECT id, parent_id FROM categories ORDER BY id')).toEqual([
        { id: 'a', parent_id: null },
        { id: 'a/b', parent_id: 'a' },
      ]);
    } finally {
      await db.dispose();
    }
  });
});

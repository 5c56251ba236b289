import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFreshDatabase, type FreshDatabase } from './server/pg-database';
import { summarize, type Summary } from './server/stats';
import { publishChanges, type ChangesRun } from './sync-changes';
import { CoreWorker } from './sync-cores';
import { LightClients } from './sync-light-clients';
import { BenchServer } from './sync-server';
import { AdminApi, createAgent, importCorpus, login, type LoadedCorpus } from './sync-setup';
import { cloneDataDir, measureSnapshot, openCore, type SnapshotResult } from './sync-snapshot';
import { SyntheticCorpus } from './synthetic-corpus';

/** Full workstations (AgentCore with a replica) among the clients; the rest are light. */
const FULL_CLIENTS = 3;
/** Articles whose titles the snapshot check searches for. */
const SAMPLES = 8;
const WARM_UP_CHANGES = 1;

export interface SyncBenchOptions {
  articles: number;
  clients: number;
  changes: number;
  seed: number;
  /** A PostgreSQL server to create a fresh database on; PGlite in a temp folder when absent. */
  postgresUrl?: string | undefined;
  progress?: (text: string) => void;
}

export interface SyncBenchResult {
  store: 'pglite' | 'postgresql';
  cpus: number;
  /** 1-minute load average when the bench started (other work on the machine). */
  loadAverage: number;
  load: Omit<LoadedCorpus, 'kept'>;
  snapshot: SnapshotResult;
  fullClients: number;
  lightClients: number;
  changes: ChangesRun;
  /** Publish → searchable over every (change, full workstation). */
  searchableMs: Summary;
  /** Publish → applied (`articlesChanged` named the article), same pairs. */
  appliedMs: Summary;
  /** Measurements that never became searchable within the timeout. */
  searchableMissed: number;
  /** Publish → cursor at the change, over every (change, light client). */
  lightMs: Summary;
  /** Publish request until its answer. */
  answerMs: Summary;
  lightErrors: number;
  lightErrorSamples: string[];
}

/**
 * bench:sync (issue 5 item 6): a real server in a worker thread, N published articles loaded
 * through the bulk import, one new workstation's snapshot timed, then changes published while
 * 3 full workstations and the light clients listen.
 */
export async function runSyncBench(options: SyncBenchOptions): Promise<SyncBenchResult> {
  const progress = options.progress ?? (() => undefined);
  const loadAverage = loadavg()[0] ?? 0;
  const root = mkdtempSync(join(tmpdir(), 'cuecard-bench-sync-'));
  const adminPassword = randomBytes(18).toString('base64url');
  let database: FreshDatabase | undefined;
  let server: BenchServer | undefined;
  let light: LightClients | undefined;
  const cores: CoreWorker[] = [];
  try {
    if (options.postgresUrl) {
      database = await createFreshDatabase(options.postgresUrl);
      progress(`PostgreSQL: created database ${database.name}`);
    }
    server = await BenchServer.start({
      databaseUrl: database?.url,
      dataDir: join(root, 'server'),
      adminPassword,
    });
    progress(
      `server listening on ${server.url} (${database ? 'PostgreSQL' : `PGlite in ${root}/server`})`,
    );
    const admin = await AdminApi.signIn(server.url, 'admin', adminPassword);
    const agent = await createAgent(admin);

    const corpus = new SyntheticCorpus(options.seed);
    const keep = Math.min(options.articles, Math.max(options.changes, SAMPLES));
    const { kept, ...load } = await importCorpus(admin, corpus, options.articles, keep, progress);
    const samples = kept.filter((_, i) => i % Math.ceil(kept.length / SAMPLES) === 0);

    progress(`snapshot: signing in a new workstation and downloading ${load.articles} articles`);
    const first = await openCore(join(root, 'ws-0'));
    let snapshot: SnapshotResult;
    try {
      snapshot = await measureSnapshot(
        first,
        { serverUrl: server.url, ...agent },
        load.articles,
        samples,
      );
    } finally {
      first.close();
    }
    progress(
      `snapshot: ${snapshot.seconds.toFixed(2)} s; samples found by title ${snapshot.samplesFound}/${snapshot.samples}`,
    );
    const cursor = snapshot.state.cursor;
    if (cursor === null) throw new Error('the replica has no cursor after the snapshot');

    const fullClients = Math.min(FULL_CLIENTS, options.clients);
    for (let i = 0; i < fullClients; i++) {
      const dir = join(root, `ws-${i}`);
      if (i > 0) cloneDataDir(join(root, 'ws-0'), dir);
      const { core, ready } = await CoreWorker.open(dir);
      cores.push(core);
      if (ready.status !== 'online' || ready.articles !== load.articles) {
        throw new Error(`workstation ${i} is ${ready.status} with ${ready.articles} articles`);
      }
    }
    const lightCount = options.clients - fullClients;
    progress(`opening ${fullClients} full workstations and ${lightCount} light clients`);
    light = await LightClients.start({
      url: server.url,
      token: await login(server.url, agent.username, agent.password),
      clients: lightCount,
      cursor,
    });

    progress(`publishing ${options.changes} changes (after ${WARM_UP_CHANGES} not measured)`);
    const changes = await publishChanges({
      admin,
      server,
      cores,
      light,
      targets: kept,
      count: options.changes,
      warmUp: WARM_UP_CHANGES,
      seed: options.seed,
      progress,
    });
    const searchable = changes.changes.flatMap((c) => c.searchableMs);
    const applied = changes.changes.flatMap((c) => c.appliedMs);
    return {
      store: database ? 'postgresql' : 'pglite',
      cpus: availableParallelism(),
      loadAverage,
      load,
      snapshot,
      fullClients,
      lightClients: lightCount,
      changes,
      searchableMs: summarize(searchable.filter((ms): ms is number => ms !== null)),
      searchableMissed: searchable.filter((ms) => ms === null).length,
      appliedMs: summarize(applied.filter((ms): ms is number => ms !== null)),
      lightMs: summarize(changes.lightMs),
      answerMs: summarize(changes.changes.map((c) => c.answerMs)),
      lightErrors: light.errorCount,
      lightErrorSamples: light.errors,
    };
  } finally {
    for (const core of cores) await core.stop();
    await light?.stop();
    await server?.stop();
    await database?.drop();
    rmSync(root, { recursive: true, force: true });
  }
}

import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { AgentCore, REPLICA_FILE } from '../../electron/core/agent-core';
import { SETTINGS_FILE } from '../../electron/core/settings-store';
import { OUTBOX_FILE, SESSION_FILE } from '../../electron/core/sync/workstation-sync';
import type { SyncState } from '../../shared/workstation/sync-state';
import type { SyntheticArticle } from './synthetic-corpus';
import { BENCH_LANGUAGES } from './vocabulary';

/** The event-loop monitor's sampling step: blocks shorter than this are not seen. */
const LOOP_RESOLUTION_MS = 10;

export interface SnapshotResult {
  seconds: number;
  /** Sign-in to the snapshot parsed (the first chunk applied): download and validation. */
  downloadSeconds: number;
  /** Applying the chunks, indexing, compacting, and the pull that follows. */
  applySeconds: number;
  state: SyncState;
  /** Longest and 99th-percentile event-loop delay while the snapshot ran. */
  loopMaxMs: number;
  loopP99Ms: number;
  samplesFound: number;
  samples: number;
  replicaMb: number;
}

/** A workstation as the desktop app opens one; it searches every language of the corpus. */
export async function openCore(dataDir: string): Promise<AgentCore> {
  const core = await AgentCore.open({ dataDir, host: 'web', version: 'bench' });
  await core.updateSettings({ contentLanguages: [...BENCH_LANGUAGES] });
  return core;
}

/**
 * Signs a new workstation in and times the first download until syncNow() resolves with every
 * article in the replica, measuring how long the event loop was blocked meanwhile (the UI runs
 * on it). Then checks that the index answers: a search for each sample's title finds it.
 */
export async function measureSnapshot(
  core: AgentCore,
  signIn: { serverUrl: string; username: string; password: string },
  expectedArticles: number,
  samples: readonly SyntheticArticle[],
): Promise<SnapshotResult> {
  let appliedFrom: number | undefined;
  const off = core.on('syncStateChanged', (s) => {
    if (appliedFrom === undefined && s.progress?.phase === 'snapshot' && s.progress.total !== null)
      appliedFrom = performance.now();
  });
  const loop = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS });
  loop.enable();
  const started = performance.now();
  const signedIn = await core.signIn(signIn);
  if (!signedIn.ok) throw new Error(`sign-in failed: ${signedIn.problem} ${signedIn.detail}`);
  const state = await core.syncNow();
  const ended = performance.now();
  loop.disable();
  off();
  if (state.status !== 'online' || state.articles !== expectedArticles) {
    throw new Error(
      `after the snapshot the replica holds ${state.articles} of ${expectedArticles} articles ` +
        `(status ${state.status}${state.problem ? `: ${state.problem.detail}` : ''})`,
    );
  }
  let samplesFound = 0;
  for (const sample of samples) {
    const result = await core.search({ text: sample.input.title, lang: sample.input.lang });
    if (result.hits.some((hit) => hit.id === sample.input.id)) samplesFound++;
  }
  const replica = core.replica.file;
  return {
    seconds: (ended - started) / 1000,
    downloadSeconds: ((appliedFrom ?? ended) - started) / 1000,
    applySeconds: (ended - (appliedFrom ?? ended)) / 1000,
    state,
    loopMaxMs: loop.max / 1e6,
    loopP99Ms: loop.percentile(99) / 1e6,
    samplesFound,
    samples: samples.length,
    replicaMb: (fileSize(replica) + fileSize(`${replica}-wal`)) / 1024 / 1024,
  };
}

/**
 * Another workstation that already holds the snapshot: a copy of a closed workstation's data
 * folder (replica, outbox, session, settings), so that the server is not asked for the same
 * snapshot again. The device id is not copied: each clone makes its own.
 */
export function cloneDataDir(from: string, to: string): void {
  mkdirSync(to, { recursive: true, mode: 0o700 });
  for (const name of [REPLICA_FILE, OUTBOX_FILE, SESSION_FILE, SETTINGS_FILE]) {
    for (const file of [name, `${name}-wal`]) {
      if (existsSync(join(from, file))) copyFileSync(join(from, file), join(to, file));
    }
  }
}

function fileSize(file: string): number {
  return existsSync(file) ? statSync(file).size : 0;
}

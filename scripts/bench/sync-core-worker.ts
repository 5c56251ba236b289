import { parentPort, workerData } from 'node:worker_threads';
import type { AgentCore } from '../../electron/core/agent-core';
import type { CoreWorkerData, FromCoreWorker, ToCoreWorker } from './sync-cores';
import { openCore } from './sync-snapshot';
import { epochMs } from './sync-worker';

/*
 * One full workstation of bench:sync in its own thread, as it would be alone on its own machine:
 * an AgentCore on a data folder that already holds the snapshot, with its own poke stream and
 * sync loop. Told which word a change will bring, it reports when the change was applied
 * (`articlesChanged` names the article) and when its search first found the article by the word.
 */

/**
 * Besides on every `articlesChanged` (which comes right after the page is applied, so that search
 * is what times the change), the search is tried this often in case the event never comes. Not
 * every few ms: a search in four languages costs ~2 ms, and three workstations polling every 5 ms
 * took more than half of a 2-CPU machine from the server and clients being measured.
 */
const POLL_MS = 250;

const data = workerData as CoreWorkerData;
const port = parentPort;
if (!port) throw new Error('sync-core-worker.ts runs only as a worker thread');
const post = (message: FromCoreWorker) => port.postMessage(message);

const core = await openCore(data.dataDir);
const state = await core.syncNow();
let stopWatching: () => void = () => undefined;

port.on('message', (message: ToCoreWorker) => {
  if (message.type === 'watch') {
    stopWatching();
    stopWatching = watch(core, message.change, message.word, message.articleId, message.timeoutMs);
  } else {
    stopWatching();
    core.close();
    post({ type: 'stopped' });
    port.close();
  }
});
post({ type: 'ready', status: state.status, articles: state.articles, cursor: state.cursor });

function watch(
  core: AgentCore,
  change: number,
  word: string,
  articleId: string,
  timeoutMs: number,
): () => void {
  let appliedAt: number | null = null;
  let done = false;
  // Before the clock starts, as if the agent had just searched: the engine's caches are as the
  // last change left them, so what is timed is the new change's own cost.
  void core.search({ text: word });
  const check = async () => {
    if (done) return;
    const result = await core.search({ text: word });
    if (result.hits.some((hit) => hit.id === articleId)) finish(epochMs());
  };
  const off = core.on('articlesChanged', (event) => {
    if (appliedAt === null && [...event.changed, ...event.added].some((a) => a.id === articleId)) {
      appliedAt = epochMs();
    }
    void check();
  });
  const poll = setInterval(() => void check(), POLL_MS);
  const timeout = setTimeout(() => finish(null), timeoutMs);
  function finish(foundAt: number | null) {
    if (done) return;
    done = true;
    off();
    clearInterval(poll);
    clearTimeout(timeout);
    post({ type: 'found', change, appliedAt, foundAt });
  }
  post({ type: 'watching', change });
  return () => {
    done = true;
    off();
    clearInterval(poll);
    clearTimeout(timeout);
  };
}

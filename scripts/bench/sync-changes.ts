import { Random } from './random';
import type { CoreWorker } from './sync-cores';
import type { LightClients } from './sync-light-clients';
import type { BenchServer } from './sync-server';
import { publishTitle, type AdminApi } from './sync-setup';
import { epochMs } from './sync-worker';
import type { SyntheticArticle } from './synthetic-corpus';

/** A change not searchable (or not pulled) after this long counts as missed. */
const CHANGE_TIMEOUT_MS = 30_000;

export interface ChangeMeasurement {
  articleId: string;
  word: string;
  seq: number;
  /** Just before the publish request; epochMs(). */
  sentAt: number;
  /** The publish request's answer arrived, in ms after sentAt. */
  answerMs: number;
  /** Per full workstation, ms after sentAt: `articlesChanged` named the article (null: never). */
  appliedMs: (number | null)[];
  /** Per full workstation, ms after sentAt: its search found the article by the word (null: never). */
  searchableMs: (number | null)[];
}

export interface ChangesRun {
  changes: ChangeMeasurement[];
  /** Per change, per light client: ms from sentAt until its cursor reached the change's seq. */
  lightMs: number[];
  /** (change, light client) pairs where the client never reached the seq. */
  lightMissed: number;
  /** Light clients that pulled every change. */
  lightAllChanges: number;
}

/**
 * `count` changes one after another: each is a new published revision of one article whose
 * title gains a word nobody has used; the clock runs from just before the request until each
 * full workstation's search finds the article by that word, and until every light client's
 * cursor reached the change. The next change starts when all got it (or after the timeout).
 */
export async function publishChanges(options: {
  admin: AdminApi;
  server: BenchServer;
  cores: readonly CoreWorker[];
  light: LightClients;
  targets: readonly SyntheticArticle[];
  count: number;
  /** Changes made first and not measured (connections, caches and code paths warm). */
  warmUp: number;
  seed: number;
  progress: (text: string) => void;
}): Promise<ChangesRun> {
  const { admin, server, cores, light, targets, count, warmUp } = options;
  const random = new Random(options.seed).fork(7_777);
  const changes: ChangeMeasurement[] = [];
  for (let i = -warmUp; i < count; i++) {
    const target = targets[(i + warmUp) % targets.length];
    if (!target) throw new Error('no article to change');
    const word = nonsenseWord(random);
    const watching = await Promise.all(
      cores.map((core) => core.watch(i, word, target.input.id, CHANGE_TIMEOUT_MS)),
    );
    const sentAt = epochMs();
    await publishTitle(admin, target, `${target.input.title} ${word}`);
    const answerMs = epochMs() - sentAt;
    const seq = await server.head();
    const [seen] = await Promise.all([
      Promise.all(watching.map((w) => w.found)),
      light.waitAll(seq, CHANGE_TIMEOUT_MS),
    ]);
    if (i < 0) continue;
    const since = (at: number | null) => (at === null ? null : at - sentAt);
    changes.push({
      articleId: target.input.id,
      word,
      seq,
      sentAt,
      answerMs,
      appliedMs: seen.map((f) => since(f.appliedAt)),
      searchableMs: seen.map((f) => since(f.foundAt)),
    });
    if ((i + 1) % 10 === 0 || i + 1 === count) {
      const last = changes.at(-1)?.searchableMs.map((ms) => (ms === null ? '-' : ms.toFixed(0)));
      options.progress(
        `published ${i + 1} / ${count} changes (searchable after ${last?.join(', ')} ms)`,
      );
    }
  }
  return { changes, ...lightFigures(light, changes) };
}

function lightFigures(
  light: LightClients,
  changes: readonly ChangeMeasurement[],
): Omit<ChangesRun, 'changes'> {
  const lightMs: number[] = [];
  let lightMissed = 0;
  let lightAllChanges = 0;
  for (let client = 0; client < light.count; client++) {
    let all = true;
    for (const change of changes) {
      const at = light.reachedAt(client, change.seq);
      if (at === undefined) {
        lightMissed++;
        all = false;
      } else {
        lightMs.push(at - change.sentAt);
      }
    }
    if (all) lightAllChanges++;
  }
  return { lightMs, lightMissed, lightAllChanges };
}

/** Letters no synthetic vocabulary produces in this order ("zqv…"), so only the change has it. */
function nonsenseWord(random: Random): string {
  let word = 'zqv';
  for (let i = 0; i < 7; i++) word += String.fromCharCode(97 + random.int(0, 25));
  return word;
}

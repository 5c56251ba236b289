import { upsertArticles } from '../../db/articles';
import { openReplica, type Replica } from '../../db/connection';
import type { SynonymSet, SyntheticArticle, SyntheticCorpus } from './synthetic-corpus';
import { writeSynonymSets } from './synonym-sets';
import { BENCH_LANGUAGES } from './vocabulary';

/** Articles per transaction: large enough that commits are not the cost, small enough to keep memory flat. */
const BATCH = 2_000;
/** Articles kept in memory to draw queries from (every k-th one). */
const MAX_SAMPLES = 3_000;

export interface BuiltReplica {
  replica: Replica;
  samples: SyntheticArticle[];
  usedSynonymSets: SynonymSet[];
  synonymSetsStored: boolean;
  /** Time to generate and write the articles and their index, in seconds. */
  seconds: number;
}

/** Writes `count` synthetic articles into a new replica at `file`, in batched transactions. */
export function buildReplica(
  file: string,
  corpus: SyntheticCorpus,
  count: number,
  onProgress: (done: number) => void = () => undefined,
): BuiltReplica {
  const replica = openReplica(file);
  const started = performance.now();
  const stride = Math.max(1, Math.floor(count / MAX_SAMPLES));
  const samples: SyntheticArticle[] = [];
  const used = new Map<string, SynonymSet>();
  let batch: SyntheticArticle['input'][] = [];
  let done = 0;
  const flush = () => {
    upsertArticles(replica, batch);
    done += batch.length;
    batch = [];
    onProgress(done);
  };
  let i = 0;
  for (const article of corpus.articles(count)) {
    if (i++ % stride === 0) samples.push(article);
    if (article.synonymSet) used.set(article.synonymSet.id, article.synonymSet);
    batch.push(article.input);
    if (batch.length === BATCH) flush();
  }
  if (batch.length > 0) flush();
  // As after a snapshot: the load's WAL folded back and FTS5 segments merged (both engines gain).
  replica.compact();
  const synonymSetsStored = writeSynonymSets(
    replica,
    BENCH_LANGUAGES.flatMap((lang) => corpus.synonymSets(lang)),
  );
  return {
    replica,
    samples,
    usedSynonymSets: [...used.values()],
    synonymSetsStored,
    seconds: (performance.now() - started) / 1000,
  };
}

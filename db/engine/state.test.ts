import { describe, expect, it } from 'vitest';
import { upsertArticles } from '../articles';
import { searchArticles } from '../search';
import { articleInput, cleanupAfterEach, replicaPerTest } from '../testing';
import { engineState } from './state';

describe('engine state across this connection’s own writes', () => {
  const newReplica = replicaPerTest(cleanupAfterEach());

  it('keeps the typo index (no rebuild on the next typo) and teaches it new words', () => {
    const replica = newReplica();
    upsertArticles(replica, [
      articleInput({ id: 'a', lang: 'en', title: 'Replacement card delivery' }),
    ]);
    // A typo builds the English typo index.
    expect(searchArticles(replica, { text: 'delivry' }, ['en']).hits.map((h) => h.id)).toEqual([
      'a',
    ]);
    const index = engineState(replica).typos.get('en');
    expect(index).toBeDefined();

    upsertArticles(replica, [
      articleInput({ id: 'b', lang: 'en', title: 'Chargeback arbitration' }),
    ]);
    const hits = searchArticles(replica, { text: 'arbitraton' }, ['en']).hits.map((h) => h.id);
    expect(hits).toEqual(['b']);
    // The same index object: carried over and told about "arbitration", not rebuilt.
    expect(engineState(replica).typos.get('en')).toBe(index);
  });
});

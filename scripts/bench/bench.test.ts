import { describe, expect, it } from 'vitest';
import { tempDir } from '../../db/testing';
import { searchArticles } from '../../db/search';
import { baselineMatch, runBaseline } from './baseline';
import { buildReplica } from './build-replica';
import { buildQueryClasses } from './query-classes';
import { SyntheticCorpus } from './synthetic-corpus';
import { join } from 'node:path';

describe('baselineMatch', () => {
  it('quotes every index term, so nothing typed is FTS5 syntax', () => {
    expect(baselineMatch('reset "password" OR NEAR(x', { prefix: false })).toBe(
      '"reset" AND "password" AND "or" AND "near" AND "x"',
    );
    expect(baselineMatch('', { prefix: false })).toBeNull();
  });

  it('folds as the index does and marks a prefix', () => {
    expect(baselineMatch('Jelszó', { prefix: true })).toBe('"jelszo"*');
  });

  it('asks for a Chinese word by its bigram, as the index holds it', () => {
    expect(baselineMatch('密码', { prefix: false })).toBe('"密码"');
    expect(baselineMatch('的', { prefix: false })).toBe('"的"');
  });
});

describe('the bench on a small replica', () => {
  it('builds, draws every class of query and runs both engines on them', () => {
    const { dir, remove } = tempDir();
    const corpus = new SyntheticCorpus(3);
    const built = buildReplica(join(dir, 'bench.sqlite'), corpus, 400);
    try {
      expect(built.samples.length).toBe(400);
      const classes = buildQueryClasses(
        { corpus, samples: built.samples, usedSynonymSets: built.usedSynonymSets },
        10,
        3,
      );
      expect(classes.map((c) => c.name)).toEqual([
        'rare_word',
        'frequent_word',
        'two_three_words',
        'prefix_2',
        'prefix_3',
        'zh_two_char_word',
        'typo',
        'synonym',
      ]);
      for (const c of classes) {
        expect(c.queries.length, c.name).toBe(10);
        for (const q of c.queries) {
          const found = runBaseline(built.replica, q.baseline);
          // Every class but typos is drawn from the articles, so plain FTS5 finds each query.
          if (c.name !== 'typo') expect(found, `${c.name}: ${q.text}`).toBeGreaterThan(0);
          searchArticles(built.replica, { text: q.text, limit: 10 }, [q.lang]);
        }
      }
      const typo = classes.find((c) => c.name === 'typo');
      expect(typo?.queries.every((q) => !corpus.vocabulary(q.lang).words.includes(q.text))).toBe(
        true,
      );
    } finally {
      built.replica.close();
      remove();
    }
  });
});

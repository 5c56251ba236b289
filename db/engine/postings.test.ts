import { expect, it } from 'vitest';
import { mergePostings, POSTINGS_K } from './postings';
it('matches a full sort', () => {
  for (let trial = 0; trial < 50; trial++) {
    const added = Array.from({ length: 300 + trial * 37 }, (_, i) => ({
      rowid: i + 1,
      impact: Math.round(Math.random() * 20) / 10,
    }));
    const current = Array.from({ length: 100 }, (_, i) => ({
      rowid: 10000 + i,
      impact: Math.random() * 2,
    }));
    const got = mergePostings(current, new Set([10001]), added);
    const all = current
      .filter((p) => p.rowid !== 10001)
      .concat(added)
      .sort((a, b) => b.impact - a.impact || a.rowid - b.rowid)
      .slice(0, POSTINGS_K);
    expect(got.map((p) => p.impact)).toEqual(all.map((p) => p.impact));
  }
});

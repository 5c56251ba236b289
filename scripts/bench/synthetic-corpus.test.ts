import { describe, expect, it } from 'vitest';
import { SyntheticCorpus } from './synthetic-corpus';
import { BENCH_LANGUAGES } from './vocabulary';

const first = (corpus: SyntheticCorpus, n: number) => [...corpus.articles(n)].map((a) => a.input);

describe('SyntheticCorpus', () => {
  const corpus = new SyntheticCorpus(7);

  it('is deterministic: the same seed gives the same articles, whatever the run length', () => {
    const again = new SyntheticCorpus(7);
    expect(first(again, 30)).toEqual(first(corpus, 30));
    expect(first(corpus, 300).slice(0, 30)).toEqual(first(corpus, 30));
    expect(first(new SyntheticCorpus(8), 30)).not.toEqual(first(corpus, 30));
  });

  it('is Zipf-shaped: the most frequent word of a language is in most of its articles, a mid-rank word in few', () => {
    const articles = [...corpus.articles(400)];
    for (const lang of BENCH_LANGUAGES) {
      const ofLang = articles.filter((a) => a.input.lang === lang);
      expect(ofLang.length).toBeGreaterThan(40);
      const share = (word: string) =>
        ofLang.filter((a) => a.words.includes(word)).length / ofLang.length;
      const words = corpus.vocabulary(lang).words;
      expect(share(words[0] ?? '')).toBeGreaterThan(0.9);
      expect(share(words[2_000] ?? '')).toBeLessThan(0.2);
      // The word found in most articles, counted, is among the top ranks.
      const counts = new Map<string, number>();
      for (const a of ofLang) for (const w of a.words) counts.set(w, (counts.get(w) ?? 0) + 1);
      const [top] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [''];
      expect(words.indexOf(top)).toBeLessThan(5);
    }
  });

  it('writes plausible words: Latin 2–14 letters with Hungarian accents, Chinese 1–3 Han characters', () => {
    for (const lang of ['en', 'hu', 'id'] as const) {
      const words = corpus.vocabulary(lang).words;
      expect(words.every((w) => /^\p{L}{2,14}$/u.test(w))).toBe(true);
      const mean = words.slice(0, 5_000).reduce((sum, w) => sum + w.length, 0) / 5_000;
      expect(mean).toBeGreaterThan(4);
      expect(mean).toBeLessThan(9);
    }
    expect(
      corpus.vocabulary('hu').words.filter((w) => /[áéíóöőúüű]/.test(w)).length,
    ).toBeGreaterThan(5_000);
    expect(corpus.vocabulary('zh-Hans').words.every((w) => /^\p{Script=Han}{1,3}$/u.test(w))).toBe(
      true,
    );
  });

  it('gives some articles a synonym set: its official term in the title, its customer words as synonyms', () => {
    const withSet = [...corpus.articles(400)].filter((a) => a.synonymSet);
    expect(withSet.length).toBeGreaterThan(3);
    for (const a of withSet) {
      expect(a.input.title).toContain(a.synonymSet?.official);
      expect(a.input.synonyms).toEqual(a.synonymSet?.customer);
      expect(corpus.vocabulary(a.input.lang).words).not.toContain(a.input.synonyms[0]);
    }
  });
});

import { baselineMatch } from './baseline';
import { Random } from './random';
import type { SynonymSet, SyntheticArticle, SyntheticCorpus } from './synthetic-corpus';
import { BENCH_LANGUAGES, type BenchLanguage } from './vocabulary';

/*
 * What agents type, as they type it: each class is a kind of query that stresses the engine in
 * its own way (a word in most articles, a two-letter prefix, a typo …). Queries are drawn from
 * the generated articles, so every one of them has something to find.
 */

export interface BenchQuery {
  /** What the agent typed. */
  text: string;
  lang: BenchLanguage;
  /** The same query as a plain FTS5 MATCH expression, for the baseline. */
  baseline: string;
}

export interface QueryClass {
  name: string;
  description: string;
  queries: BenchQuery[];
}

export interface QuerySource {
  corpus: SyntheticCorpus;
  /** A spread of the generated articles (every k-th one). */
  samples: readonly SyntheticArticle[];
  /** Synonym sets that some generated article carries. */
  usedSynonymSets: readonly SynonymSet[];
}

const LATIN: readonly BenchLanguage[] = ['en', 'hu', 'id'];
/** Words below this rank are the "the / of / and" of a language: nobody searches for them alone. */
const CONTENT_RANK_FROM = 20;
/** "Present in most articles of its language". */
const FREQUENT_SHARE = 0.5;
const TYPO_MIN_LETTERS = 6;
/** Tries per query before a class gives up on a sample (a class with nothing to find is reported empty). */
const MAX_TRIES = 50;

type Draw = (random: Random) => { text: string; lang: BenchLanguage; prefix: boolean } | null;

export function buildQueryClasses(
  source: QuerySource,
  perClass: number,
  seed: number,
): QueryClass[] {
  const draws = new ClassDraws(source);
  const classes: [string, string, Draw][] = [
    ['rare_word', 'the rarest word of an article', (r) => draws.rareWord(r)],
    [
      'frequent_word',
      `a word in over ${FREQUENT_SHARE * 100}% of its language's articles`,
      (r) => draws.frequentWord(r),
    ],
    ['two_three_words', '2–3 words of one article', (r) => draws.words(r)],
    ['prefix_2', 'first 2 letters of a word', (r) => draws.prefix(r, 2)],
    ['prefix_3', 'first 3 letters of a word', (r) => draws.prefix(r, 3)],
    ['zh_two_char_word', 'a 2-character Chinese word', (r) => draws.chineseWord(r)],
    ['typo', `one edit in a word of ${TYPO_MIN_LETTERS}+ letters`, (r) => draws.typo(r)],
    ['synonym', "a customer's word from a synonym set", (r) => draws.synonym(r)],
  ];
  return classes.map(([name, description, draw], i) => {
    const random = new Random(seed).fork(5_000 + i);
    const queries: BenchQuery[] = [];
    for (let tries = 0; queries.length < perClass && tries < perClass * MAX_TRIES; tries++) {
      const q = draw(random);
      if (!q) continue;
      const baseline = baselineMatch(q.text, { prefix: q.prefix });
      if (baseline !== null) queries.push({ text: q.text, lang: q.lang, baseline });
    }
    return { name, description, queries };
  });
}

class ClassDraws {
  readonly #byLang = new Map<BenchLanguage, SyntheticArticle[]>();
  readonly #ranks = new Map<BenchLanguage, Map<string, number>>();
  readonly #frequent = new Map<BenchLanguage, string[]>();

  constructor(readonly source: QuerySource) {
    for (const lang of BENCH_LANGUAGES) {
      this.#byLang.set(
        lang,
        source.samples.filter((s) => s.input.lang === lang),
      );
      const words = source.corpus.vocabulary(lang).words;
      this.#ranks.set(lang, new Map(words.map((w, rank) => [w, rank])));
      const frequent: string[] = [];
      for (let rank = 0; rank < words.length; rank++) {
        if (source.corpus.expectedDocumentShare(lang, rank) <= FREQUENT_SHARE) break;
        frequent.push(words[rank] ?? '');
      }
      this.#frequent.set(lang, frequent);
    }
  }

  rareWord(random: Random) {
    const article = this.#article(random, BENCH_LANGUAGES);
    if (!article) return null;
    const ranks = this.#rankMap(article.input.lang);
    let rarest = '';
    for (const w of article.words) if ((ranks.get(w) ?? -1) > (ranks.get(rarest) ?? -1)) rarest = w;
    return rarest ? { text: rarest, lang: article.input.lang, prefix: false } : null;
  }

  frequentWord(random: Random) {
    const lang = random.pick(BENCH_LANGUAGES);
    const words = this.#frequent.get(lang) ?? [];
    return words.length > 0 ? { text: random.pick(words), lang, prefix: false } : null;
  }

  words(random: Random) {
    const article = this.#article(random, BENCH_LANGUAGES);
    if (!article) return null;
    const content = this.#contentWords(article, 1);
    const count = random.int(2, 3);
    if (content.length < count) return null;
    const picked = new Set<string>();
    while (picked.size < count) picked.add(random.pick(content));
    return { text: [...picked].join(' '), lang: article.input.lang, prefix: false };
  }

  prefix(random: Random, letters: number) {
    const article = this.#article(random, LATIN);
    if (!article) return null;
    const long = this.#contentWords(article, letters + 2);
    if (long.length === 0) return null;
    const prefix = Array.from(random.pick(long)).slice(0, letters).join('');
    return { text: prefix, lang: article.input.lang, prefix: true };
  }

  chineseWord(random: Random) {
    const article = this.#article(random, ['zh-Hans']);
    if (!article) return null;
    const twoChar = this.#contentWords(article, 2).filter((w) => Array.from(w).length === 2);
    return twoChar.length > 0
      ? { text: random.pick(twoChar), lang: article.input.lang, prefix: false }
      : null;
  }

  typo(random: Random) {
    const article = this.#article(random, LATIN);
    if (!article) return null;
    const lang = article.input.lang;
    const long = this.#contentWords(article, TYPO_MIN_LETTERS);
    if (long.length === 0) return null;
    const word = random.pick(long);
    const typo = oneEdit(word, random);
    // A "typo" that spells another word of the language is not a typo.
    return this.#rankMap(lang).has(typo) ? null : { text: typo, lang, prefix: false };
  }

  synonym(random: Random) {
    const sets = this.source.usedSynonymSets;
    if (sets.length === 0) return null;
    const set = random.pick(sets);
    return { text: random.pick(set.customer), lang: set.lang, prefix: false };
  }

  #article(random: Random, langs: readonly BenchLanguage[]): SyntheticArticle | null {
    const lang = random.pick(langs);
    const articles = this.#byLang.get(lang) ?? [];
    return articles.length > 0 ? random.pick(articles) : null;
  }

  #rankMap(lang: BenchLanguage): Map<string, number> {
    return this.#ranks.get(lang) ?? new Map();
  }

  /** Words someone would search for: not the most frequent few, at least `minLetters` long. */
  #contentWords(article: SyntheticArticle, minLetters: number): string[] {
    const ranks = this.#rankMap(article.input.lang);
    return article.words.filter(
      (w) => (ranks.get(w) ?? 0) >= CONTENT_RANK_FROM && Array.from(w).length >= minLetters,
    );
  }
}

/** One substitution, deletion, insertion or transposition of neighbours (Damerau distance 1). */
export function oneEdit(word: string, random: Random): string {
  const chars = Array.from(word);
  const letters = [...new Set(chars)];
  const at = random.int(0, chars.length - 1);
  switch (random.int(0, 3)) {
    case 0: {
      const other = letters.filter((c) => c !== chars[at]);
      chars[at] = other.length > 0 ? random.pick(other) : 'x';
      break;
    }
    case 1:
      chars.splice(at, 1);
      break;
    case 2:
      chars.splice(at, 0, random.pick(letters));
      break;
    default: {
      const next = Math.min(at + 1, chars.length - 1);
      const a = chars[at] ?? '';
      chars[at] = chars[next] ?? '';
      chars[next] = a;
      if (chars.join('') === word) chars.splice(at, 1);
    }
  }
  return chars.join('');
}

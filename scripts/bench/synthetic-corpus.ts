import type { ArticleInput } from '../../db/articles';
import type { ArticleType } from '../../shared/article';
import { Random, Zipf } from './random';
import {
  BENCH_LANGUAGES,
  buildVocabulary,
  type BenchLanguage,
  type Vocabulary,
} from './vocabulary';

/*
 * A deterministic knowledge base for the search bench: the same seed gives the same articles,
 * whatever their number (the first 1,000 of a 100,000 run are the 1,000 of a 1,000 run).
 */

export const DEFAULT_SEED = 20_250_101;

/** Share of articles per language: mostly English, as a multinational's knowledge base is. */
const LANGUAGE_WEIGHTS: Record<BenchLanguage, number> = { en: 40, 'zh-Hans': 20, hu: 20, id: 20 };
const TYPE_WEIGHTS: [ArticleType, number][] = [
  ['reference', 40],
  ['procedure', 30],
  ['canned', 20],
  ['tree', 5],
  ['notice', 5],
];
export const MIN_BODY_WORDS = 200;
export const MAX_BODY_WORDS = 400;
const TITLE_WORDS: [number, number] = [4, 8];
const MAX_TAGS = 4;
/** Titles and tags read like topics, not like "the of and": skip the most frequent ranks. */
const TOPIC_RANK_FROM = 30;
const TAG_RANKS = 2_000;
const SYNONYM_SETS_PER_LANGUAGE = 100;
const SYNONYM_OFFICIAL_RANKS: [number, number] = [200, 3_000];
const CUSTOMER_WORDS_PER_SET = 2;
/** Share of articles that carry a synonym set: the official term in the title, customers' words as synonyms. */
const SYNONYM_ARTICLE_SHARE = 0.03;
const BASE_TIME = Date.UTC(2024, 0, 1);

/** Customers' words ↔ an official term, in one language (what authors maintain as synonym sets). */
export interface SynonymSet {
  id: string;
  lang: BenchLanguage;
  official: string;
  customer: readonly string[];
}

export interface SyntheticArticle {
  input: ArticleInput & { lang: BenchLanguage };
  /** The distinct words of its title and body, as written. */
  words: readonly string[];
  synonymSet?: SynonymSet;
}

interface LanguageModel {
  vocabulary: Vocabulary;
  zipf: Zipf;
  tags: Zipf;
  synonymSets: SynonymSet[];
}

export class SyntheticCorpus {
  readonly #models: Record<BenchLanguage, LanguageModel>;

  constructor(readonly seed = DEFAULT_SEED) {
    const root = new Random(seed);
    const models = {} as Record<BenchLanguage, LanguageModel>;
    BENCH_LANGUAGES.forEach((lang, i) => {
      const vocabulary = buildVocabulary(lang, root.fork(i + 1));
      models[lang] = {
        vocabulary,
        zipf: new Zipf(vocabulary.words.length),
        tags: new Zipf(Math.min(TAG_RANKS, vocabulary.words.length - TOPIC_RANK_FROM)),
        synonymSets: synonymSets(lang, vocabulary, root.fork(100 + i)),
      };
    });
    this.#models = models;
  }

  vocabulary(lang: BenchLanguage): Vocabulary {
    return this.#models[lang].vocabulary;
  }

  synonymSets(lang: BenchLanguage): readonly SynonymSet[] {
    return this.#models[lang].synonymSets;
  }

  /** Expected share of `lang` articles whose body holds the word at `rank` (a body averages 300 words). */
  expectedDocumentShare(lang: BenchLanguage, rank: number): number {
    const p = this.#models[lang].zipf.probability(rank);
    return 1 - (1 - p) ** ((MIN_BODY_WORDS + MAX_BODY_WORDS) / 2);
  }

  /** The first `count` articles, one language variant each. */
  *articles(count: number): Generator<SyntheticArticle> {
    const random = new Random(this.seed).fork(1_000);
    const langWeights = BENCH_LANGUAGES.map((l) => LANGUAGE_WEIGHTS[l]);
    for (let i = 0; i < count; i++) {
      const lang = BENCH_LANGUAGES[random.weighted(langWeights)] ?? 'en';
      yield this.#article(i, lang, random);
    }
  }

  #article(i: number, lang: BenchLanguage, random: Random): SyntheticArticle {
    const model = this.#models[lang];
    const words = model.vocabulary.words;
    const word = (rank: number) => words[Math.min(rank, words.length - 1)] ?? '';

    const titleWords = Array.from({ length: random.int(...TITLE_WORDS) }, () =>
      word(TOPIC_RANK_FROM + model.zipf.sample(random)),
    );
    const synonymSet = random.chance(SYNONYM_ARTICLE_SHARE)
      ? random.pick(model.synonymSets)
      : undefined;
    if (synonymSet) titleWords.splice(random.int(0, titleWords.length), 0, synonymSet.official);
    const tags = [
      ...new Set(
        Array.from({ length: random.int(0, MAX_TAGS) }, () =>
          word(TOPIC_RANK_FROM + model.tags.sample(random)),
        ),
      ),
    ];

    const bodyWords = Array.from({ length: random.int(MIN_BODY_WORDS, MAX_BODY_WORDS) }, () =>
      word(model.zipf.sample(random)),
    );
    const paragraphs = toParagraphs(bodyWords, lang, random);
    const bodyText = paragraphs.join('\n\n');
    const title = joinWords(titleWords, lang, true);

    const weights = TYPE_WEIGHTS.map(([, w]) => w);
    const input: SyntheticArticle['input'] = {
      id: `bench-${i}`,
      lang,
      type: TYPE_WEIGHTS[random.weighted(weights)]?.[0] ?? 'reference',
      title,
      summary: '',
      bodyHtml: paragraphs.map((p) => `<p>${p}</p>`).join(''),
      bodyText,
      tags,
      synonyms: synonymSet ? [...synonymSet.customer] : [],
      categoryIds: [],
      revision: 1,
      updatedAt: new Date(BASE_TIME + i * 60_000).toISOString(),
      owner: 'bench',
      popularity: Math.floor(100 / (1 + random.int(0, 99))),
    };
    const result: SyntheticArticle = { input, words: [...new Set([...titleWords, ...bodyWords])] };
    if (synonymSet) result.synonymSet = synonymSet;
    return result;
  }
}

function synonymSets(lang: BenchLanguage, vocabulary: Vocabulary, random: Random): SynonymSet[] {
  const sets: SynonymSet[] = [];
  const used = new Set<string>();
  for (let i = 0; i < SYNONYM_SETS_PER_LANGUAGE; i++) {
    const official = vocabulary.words[random.int(...SYNONYM_OFFICIAL_RANKS)] ?? '';
    if (used.has(official)) continue;
    used.add(official);
    const customer = vocabulary.spare.slice(
      i * CUSTOMER_WORDS_PER_SET,
      (i + 1) * CUSTOMER_WORDS_PER_SET,
    );
    sets.push({ id: `bench-${lang}-${i}`, lang, official, customer });
  }
  return sets;
}

/** Sentences of 6–18 words, 3–6 to a paragraph, punctuated as the language writes them. */
function toParagraphs(words: readonly string[], lang: BenchLanguage, random: Random): string[] {
  const paragraphs: string[] = [];
  let sentences: string[] = [];
  let paragraphLength = random.int(3, 6);
  for (let at = 0; at < words.length;) {
    const length = random.int(6, 18);
    sentences.push(sentence(words.slice(at, at + length), lang, random));
    at += length;
    if (sentences.length === paragraphLength || at >= words.length) {
      paragraphs.push(sentences.join(lang === 'zh-Hans' ? '' : ' '));
      sentences = [];
      paragraphLength = random.int(3, 6);
    }
  }
  return paragraphs;
}

function sentence(words: readonly string[], lang: BenchLanguage, random: Random): string {
  if (lang === 'zh-Hans') {
    let text = '';
    words.forEach((w, i) => {
      text += w;
      if (i > 2 && i < words.length - 2 && random.chance(0.15)) text += '，';
    });
    return `${text}。`;
  }
  const parts = words.map((w, i) =>
    i > 2 && i < words.length - 2 && random.chance(0.08) ? `${w},` : w,
  );
  return `${joinWords(parts, lang, true)}.`;
}

function joinWords(words: readonly string[], lang: BenchLanguage, capitalise: boolean): string {
  if (lang === 'zh-Hans') return words.join('');
  const text = words.join(' ');
  return capitalise ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

import { HAN_CHARACTERS } from './han-characters';
import { Random, Zipf } from './random';

/** The content languages the synthetic corpus is written in. */
export const BENCH_LANGUAGES = ['en', 'zh-Hans', 'hu', 'id'] as const;
export type BenchLanguage = (typeof BENCH_LANGUAGES)[number];

export interface Vocabulary {
  lang: BenchLanguage;
  /** Distinct words, the most frequent first (index = Zipf rank). */
  words: readonly string[];
  /** Further distinct words that never occur in text: customers' words for synonym sets. */
  spare: readonly string[];
}

/*
 * Pseudo-words built from each language's syllable shapes, so word lengths, letter spread and
 * (for Hungarian) accents look to the tokenizer, the prefix index and the typo search like the
 * real thing. Shorter words get the frequent ranks, as in real text (Zipf's law of abbreviation),
 * but with noise, so some frequent words are long and some rare words short.
 */
interface LatinShape {
  onsets: readonly string[];
  nuclei: readonly string[];
  codas: readonly string[];
  /** Weights of 1, 2, 3, 4, 5 syllables. */
  syllables: readonly number[];
  suffixes: readonly string[];
  suffixChance: number;
  prefixes: readonly string[];
  prefixChance: number;
}

const MIN_LETTERS = 2;
const MAX_LETTERS = 14;

const ENGLISH: LatinShape = {
  onsets: split(
    'b c d f g h j k l m n p r s t v w y z bl br ch cl cr dr fl fr gl gr pl pr sc sh sk sl sm sn sp st sw th tr wh str _ _ _',
  ),
  nuclei: split('a a e e e i i o o u ea ee oo ou ai oa ie y'),
  codas: split('_ _ _ _ n n r s t t l d m ng nd st ck th x rt ll ss'),
  syllables: [30, 36, 22, 9, 3],
  suffixes: split('ing ed er s s tion ly ment ness able ful'),
  suffixChance: 0.25,
  prefixes: split('re un in dis pre'),
  prefixChance: 0.06,
};

const INDONESIAN: LatinShape = {
  onsets: split('b c d g h j k l m n p r s t w y ng ny _ b k m p s t'),
  nuclei: split('a a a a i i u u e o'),
  codas: split('_ _ _ _ _ n ng r k t s h l m'),
  syllables: [8, 50, 30, 10, 2],
  suffixes: split('kan an nya i lah'),
  suffixChance: 0.22,
  prefixes: split('me mem men meng ber di ter ke pe se'),
  prefixChance: 0.3,
};

const HUNGARIAN_ONSETS = split('b c cs d f g gy h j k l m n ny p r s sz t ty v z zs _ _ k t m sz');
const HUNGARIAN_CODAS = split('_ _ _ t t k n n l r s sz g z ny gy m');
/** Back and front vowels: a Hungarian word keeps to one group (vowel harmony). */
const HUNGARIAN_BACK = split('a a a á á o o ó u ú');
const HUNGARIAN_FRONT = split('e e e é é i i í ö ő ü ű');
const HUNGARIAN_SUFFIXES_BACK = split('ban nak ok ás ság hoz tól ra val');
const HUNGARIAN_SUFFIXES_FRONT = split('ben nek ek és ség hez től re vel');

function split(list: string): string[] {
  return list.split(' ').map((s) => (s === '_' ? '' : s));
}

function latinWord(random: Random, shape: LatinShape): string {
  let word = random.chance(shape.prefixChance) ? random.pick(shape.prefixes) : '';
  const syllables = random.weighted(shape.syllables) + 1;
  for (let i = 0; i < syllables; i++) {
    word += random.pick(shape.onsets) + random.pick(shape.nuclei);
    if (i === syllables - 1 || random.chance(0.3)) word += random.pick(shape.codas);
  }
  if (random.chance(shape.suffixChance)) word += random.pick(shape.suffixes);
  return word;
}

function hungarianWord(random: Random): string {
  const back = random.chance(0.55);
  const vowels = back ? HUNGARIAN_BACK : HUNGARIAN_FRONT;
  const syllables = random.weighted([14, 38, 30, 13, 5]) + 1;
  let word = '';
  for (let i = 0; i < syllables; i++) {
    word += random.pick(HUNGARIAN_ONSETS) + random.pick(vowels);
    if (i === syllables - 1 || random.chance(0.35)) word += random.pick(HUNGARIAN_CODAS);
  }
  if (random.chance(0.3)) {
    word += random.pick(back ? HUNGARIAN_SUFFIXES_BACK : HUNGARIAN_SUFFIXES_FRONT);
  }
  return word;
}

/** Chinese words of 1–3 characters; common characters make up most words, as they do in real text. */
function chineseWordMaker(): (random: Random) => string {
  const characters = new Zipf(HAN_CHARACTERS.length, 0.9);
  return (random) => {
    const length = random.weighted([20, 65, 15]) + 1;
    let word = '';
    for (let i = 0; i < length; i++) word += HAN_CHARACTERS[characters.sample(random)] ?? '的';
    return word;
  };
}

const SIZES: Record<BenchLanguage, number> = {
  en: 30_000,
  hu: 30_000,
  id: 20_000,
  'zh-Hans': 15_000,
};
const SPARE_WORDS = 2_000;

/** The ranked vocabulary of `lang`, the same for the same seed. */
export function buildVocabulary(lang: BenchLanguage, random: Random): Vocabulary {
  const make = wordMaker(lang);
  const size = SIZES[lang] + SPARE_WORDS;
  const seen = new Set<string>();
  const words: string[] = [];
  const letters = (w: string) => Array.from(w).length;
  const minLength = lang === 'zh-Hans' ? 1 : MIN_LETTERS;
  for (let attempts = 0; words.length < size; attempts++) {
    if (attempts > size * 50) throw new Error(`Could not make ${size} distinct ${lang} words`);
    const word = make(random);
    const n = letters(word);
    if (n < minLength || n > MAX_LETTERS || seen.has(word)) continue;
    // Syllable shapes make two-letter words far too easily; real languages have about a hundred.
    if (lang !== 'zh-Hans' && n === 2 && random.chance(0.8)) continue;
    seen.add(word);
    words.push(word);
  }
  // Spare words are drawn from the same stream before ranking, so they look alike.
  const spare = words.splice(words.length - SPARE_WORDS);
  const keyed = words.map((word) => ({ word, key: rankKey(lang, word, random) }));
  keyed.sort((a, b) => a.key - b.key);
  return { lang, words: keyed.map((k) => k.word), spare };
}

const HAN_RANK = new Map(HAN_CHARACTERS.map((c, i) => [c, i]));

/** Lower keys get more frequent ranks: short words, and Chinese words made of common characters. */
function rankKey(lang: BenchLanguage, word: string, random: Random): number {
  const chars = Array.from(word);
  if (lang !== 'zh-Hans') return chars.length + random.next() * 5;
  const rarity =
    chars.reduce((sum, c) => sum + Math.log10(1 + (HAN_RANK.get(c) ?? HAN_CHARACTERS.length)), 0) /
    chars.length;
  return chars.length + rarity + random.next() * 1.5;
}

function wordMaker(lang: BenchLanguage): (random: Random) => string {
  switch (lang) {
    case 'en':
      return (random) => latinWord(random, ENGLISH);
    case 'id':
      return (random) => latinWord(random, INDONESIAN);
    case 'hu':
      return hungarianWord;
    case 'zh-Hans':
      return chineseWordMaker();
  }
}

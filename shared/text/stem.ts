import type { ContentLanguage } from '../languages';

/*
 * Light stemmers for folded words (lower case, no diacritics). They are used at query time to
 * find the other forms of a word in the index vocabulary (reserve ~ reserved ~ reservation), so a
 * stemmer may return several candidate stems where a language is ambiguous (Indonesian
 * meng+vowel can hide a dropped k: mengirim ← kirim, mengambil ← ambil); a wrong extra candidate
 * only costs a little precision, a missing one costs recall.
 */

const VOWEL = /[aeiouy]/;

function stripEnglish(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith("'s")) w = w.slice(0, -2);
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w) && w.length > 3) w = w.slice(0, -1);
  for (const suffix of [
    'ations',
    'ation',
    'ments',
    'ment',
    'ness',
    'ingly',
    'edly',
    'ing',
    'ed',
    'ly',
  ]) {
    if (
      w.endsWith(suffix) &&
      w.length - suffix.length >= 3 &&
      VOWEL.test(w.slice(0, -suffix.length))
    ) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  // reserve / reserv(ed): drop a final e; cancell(ed) / cancel: undouble a final consonant.
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  if (/([^aeiouls])\1$/.test(w) || /(ll)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('i') && w.length > 3) w = w.slice(0, -1) + 'y';
  return w;
}

const ID_PARTICLES = ['lah', 'kah', 'tah', 'pun'];
const ID_POSSESSIVES = ['nya', 'ku', 'mu'];
const ID_SUFFIXES = ['kan', 'an', 'i'];

function stripIndonesianSuffixes(word: string): string[] {
  let w = word;
  for (const p of ID_PARTICLES)
    if (w.endsWith(p) && w.length - p.length >= 4) w = w.slice(0, -p.length);
  for (const p of ID_POSSESSIVES)
    if (w.endsWith(p) && w.length - p.length >= 4) w = w.slice(0, -p.length);
  const out = [w];
  for (const s of ID_SUFFIXES)
    if (w.endsWith(s) && w.length - s.length >= 4) out.push(w.slice(0, -s.length));
  return out;
}

/** Prefix removal with the usual recodings (meny+V → s+V, mem+V → p+V, men+V → t+V, meng+V → k+V or V). */
function stripIndonesianPrefixes(w: string): string[] {
  const out: string[] = [];
  const V = /^[aeiou]/;
  const tryAdd = (s: string): void => {
    if (s.length >= 3) out.push(s);
  };
  for (const p of ['di', 'ke', 'se']) if (w.startsWith(p)) tryAdd(w.slice(p.length));
  for (const p of ['ter', 'ber', 'per']) if (w.startsWith(p)) tryAdd(w.slice(p.length));
  if (w.startsWith('be') && !w.startsWith('ber')) tryAdd(w.slice(2));
  for (const [me, pe] of [['me', 'pe']] as const) {
    for (const head of [me, pe]) {
      if (!w.startsWith(head)) continue;
      const rest = w.slice(head.length);
      if (rest.startsWith('ng')) {
        const r = rest.slice(2);
        tryAdd(r);
        if (V.test(r)) tryAdd('k' + r);
      } else if (rest.startsWith('ny') && V.test(rest.slice(2))) tryAdd('s' + rest.slice(2));
      else if (rest.startsWith('m')) {
        const r = rest.slice(1);
        tryAdd(V.test(r) ? 'p' + r : r);
        if (V.test(r)) tryAdd(r);
      } else if (rest.startsWith('n')) {
        const r = rest.slice(1);
        tryAdd(V.test(r) ? 't' + r : r);
        if (V.test(r)) tryAdd(r);
      } else if (/^[lrwy]/.test(rest)) tryAdd(rest);
    }
  }
  return out;
}

function indonesianStems(word: string): string[] {
  const stems = new Set<string>();
  for (const w of stripIndonesianSuffixes(word)) {
    stems.add(w);
    for (const s of stripIndonesianPrefixes(w)) {
      stems.add(s);
      // Confix ke-…-an / pe-…-an / per-…-an leaves a suffix only once the prefix is gone.
      for (const t of stripIndonesianSuffixes(s)) stems.add(t);
    }
  }
  return [...stems];
}

// Hungarian case endings and plural/possessive markers after diacritic folding (ból → bol).
const HU_SUFFIXES = [
  'eitekben',
  'jaiban',
  'aiban',
  'eiben',
  'jaban',
  'jeben',
  'aban',
  'eben',
  'jait',
  'jeit',
  'bol',
  'rol',
  'tol',
  'nak',
  'nek',
  'val',
  'vel',
  'hoz',
  'hez',
  'ban',
  'ben',
  'kent',
  'ert',
  'ba',
  'be',
  'ra',
  're',
  'ig',
  'on',
  'en',
  'ot',
  'et',
  'at',
  'ok',
  'ek',
  'ak',
  'ja',
  'je',
  'ai',
  'ei',
  'om',
  'ed',
  'ad',
  'a',
  'e',
  't',
];

/** Two rounds of suffix stripping (kártyával → kartya, kártyát → karty/kartya): a case ending often follows a possessive. */
function hungarianStems(word: string): string[] {
  const stems = new Set([word]);
  let frontier = [word];
  for (let round = 0; round < 2; round++) {
    const next: string[] = [];
    for (const w of frontier) {
      for (const s of HU_SUFFIXES) {
        if (w.endsWith(s) && w.length - s.length >= 3) {
          const stem = w.slice(0, -s.length);
          if (!stems.has(stem)) next.push(stem);
          stems.add(stem);
        }
      }
    }
    frontier = next;
  }
  return [...stems];
}

/** Candidate stems of a folded word; the word itself is always the first. */
export function stemCandidates(word: string, lang: ContentLanguage): string[] {
  if (word.length < 4 || /\d/.test(word)) return [word];
  switch (lang) {
    case 'en': {
      const s = stripEnglish(word);
      return s === word ? [word] : [word, s];
    }
    case 'id':
      return [word, ...indonesianStems(word).filter((s) => s !== word)];
    case 'hu':
      return hungarianStems(word);
    default:
      return [word];
  }
}

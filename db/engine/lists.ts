import type { ContentLanguage } from '../../shared/languages';
import { analyzeField } from '../../shared/text/analyze';
import { stemCandidates } from '../../shared/text/stem';
import type { Replica } from '../connection';
import {
  FIELDS,
  impacts,
  isPrefixable,
  prefixImpacts,
  type AnalyzedFields,
  type AverageLengths,
  type Field,
} from './impact';
import { invalidateEngineState } from './state';
import { decodePostings, encodePostings, mergePostings, type Posting } from './postings';

/** A variant's indexed text, split by field as the engine weighs it. */
export interface VariantText {
  rowid: number;
  lang: ContentLanguage;
  title: string;
  /** Tags and synonyms. */
  tags: string;
  /** Summary and body text. */
  body: string;
}

const STATS = `SELECT docs, title_len AS title, tags_len AS tags, body_len AS body FROM search_stats WHERE lang = ?`;
const SAVE_STATS = `
  INSERT INTO search_stats (lang, docs, title_len, tags_len, body_len) VALUES (?, ?, ?, ?, ?)
  ON CONFLICT (lang) DO UPDATE SET docs = excluded.docs, title_len = excluded.title_len,
    tags_len = excluded.tags_len, body_len = excluded.body_len`;
const TERM = `SELECT df, postings FROM search_term WHERE lang = ? AND term = ?`;
const SAVE_TERM = `
  INSERT INTO search_term (lang, term, df, postings) VALUES (?, ?, ?, ?)
  ON CONFLICT (lang, term) DO UPDATE SET df = excluded.df, postings = excluded.postings`;
const DELETE_TERM = `DELETE FROM search_term WHERE lang = ? AND term = ?`;
const ADD_STEM = `INSERT OR IGNORE INTO search_stem (lang, stem, term) VALUES (?, ?, ?)`;
const DELETE_STEMS = `DELETE FROM search_stem WHERE lang = ? AND term = ?`;

interface Stats {
  docs: number;
  title: number;
  tags: number;
  body: number;
}

interface TermDelta {
  df: number;
  removed: Set<number>;
  added: Posting[];
}

/** A variant with its fields analysed (db/fts.ts writes its FTS5 row from the same analysis). */
export interface AnalyzedVariant {
  rowid: number;
  lang: ContentLanguage;
  fields: AnalyzedFields;
}

export function analyzeVariant(v: VariantText): AnalyzedVariant {
  return {
    rowid: v.rowid,
    lang: v.lang,
    fields: {
      title: analyzeField(v.title),
      tags: analyzeField(v.tags),
      body: analyzeField(v.body),
    },
  };
}

/**
 * Brings the engine's term lists up to date for variants removed (with the text they were
 * indexed with) and added, inside the caller's transaction. Work is grouped by term, so a batch
 * of thousands of variants reads and writes each touched term once.
 */
export function updateSearchLists(
  replica: Replica,
  removed: readonly AnalyzedVariant[],
  added: readonly AnalyzedVariant[],
): void {
  const byLang = new Map<
    ContentLanguage,
    { removed: AnalyzedVariant[]; added: AnalyzedVariant[] }
  >();
  const bucket = (lang: ContentLanguage) => {
    let b = byLang.get(lang);
    if (!b) byLang.set(lang, (b = { removed: [], added: [] }));
    return b;
  };
  for (const v of removed) bucket(v.lang).removed.push(v);
  for (const v of added) bucket(v.lang).added.push(v);
  for (const [lang, b] of byLang) updateLanguage(replica, lang, b.removed, b.added);
  invalidateEngineState(replica);
}

function updateLanguage(
  replica: Replica,
  lang: ContentLanguage,
  removed: readonly AnalyzedVariant[],
  added: readonly AnalyzedVariant[],
): void {
  const stats: Stats = replica.statement<[string], Stats>(STATS).get(lang) ?? {
    docs: 0,
    title: 0,
    tags: 0,
    body: 0,
  };
  const deltas = new Map<string, TermDelta>();
  const delta = (term: string): TermDelta => {
    let d = deltas.get(term);
    if (!d) deltas.set(term, (d = { df: 0, removed: new Set(), added: [] }));
    return d;
  };

  for (const { rowid, fields } of removed) {
    stats.docs--;
    for (const f of FIELDS) stats[f] -= fields[f].length;
    const terms = termsOf(fields);
    for (const term of terms) {
      const d = delta(term);
      d.df--;
      d.removed.add(rowid);
    }
  }
  for (const { fields } of added) {
    stats.docs++;
    for (const f of FIELDS) stats[f] += fields[f].length;
  }
  const avg = averages(stats);
  for (const { rowid, fields } of added) {
    const termImpacts = impacts(fields, avg);
    for (const [term, impact] of [...termImpacts, ...prefixImpacts(termImpacts)]) {
      const d = delta(term);
      d.df++;
      d.added.push({ rowid, impact });
    }
  }

  const read = replica.statement<[string, string], { df: number; postings: Buffer }>(TERM);
  const save = replica.statement<[string, string, number, Buffer]>(SAVE_TERM);
  const drop = replica.statement<[string, string]>(DELETE_TERM);
  const addStem = replica.statement<[string, string, string]>(ADD_STEM);
  const dropStems = replica.statement<[string, string]>(DELETE_STEMS);
  // In key order, so the B-tree is walked once from left to right instead of at random.
  for (const term of [...deltas.keys()].sort()) {
    const d = deltas.get(term);
    if (!d) continue;
    const row = read.get(lang, term);
    const df = (row?.df ?? 0) + d.df;
    const isWord = !term.endsWith('*');
    if (df <= 0) {
      if (row) {
        drop.run(lang, term);
        if (isWord) dropStems.run(lang, term);
      }
      continue;
    }
    const postings = mergePostings(row ? decodePostings(row.postings) : [], d.removed, d.added);
    save.run(lang, term, df, encodePostings(postings));
    if (!row && isWord && isPrefixable(term)) {
      for (const stem of stemCandidates(term, lang)) addStem.run(lang, stem, term);
    }
  }
  replica
    .statement<[string, number, number, number, number]>(SAVE_STATS)
    .run(
      lang,
      Math.max(0, stats.docs),
      Math.max(0, stats.title),
      Math.max(0, stats.tags),
      Math.max(0, stats.body),
    );
}

function termsOf(fields: AnalyzedFields): string[] {
  const terms = new Map<string, number>();
  for (const f of FIELDS) for (const t of fields[f].tf.keys()) terms.set(t, 1);
  return [...terms.keys(), ...prefixImpacts(terms).keys()];
}

function averages(stats: Stats): AverageLengths {
  const n = Math.max(stats.docs, 1);
  const avg = {} as Record<Field, number>;
  for (const f of FIELDS) avg[f] = stats[f] / n;
  return avg;
}

export function languageStats(replica: Replica, lang: ContentLanguage): Stats | undefined {
  return replica.statement<[string], Stats>(STATS).get(lang);
}

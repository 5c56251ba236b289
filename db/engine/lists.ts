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
import { invalidateEngineState, noteNewTerm } from './state';
import {
  decodePostings,
  encodePostings,
  mergePostings,
  POSTINGS_K,
  type Posting,
} from './postings';

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
  /** After a trim to the best K: an addition at or below this impact can never make the list. */
  floor: number;
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
  const delta = new LanguageDelta(readStats(replica, lang));
  delta.remove(removed);
  delta.add(added);
  writeTerms(replica, lang, delta, delta.sortedTerms());
  saveStats(replica, lang, delta.stats);
}

/** Changes to one language's term lists and statistics, gathered before they are written. */
class LanguageDelta {
  readonly terms = new Map<string, TermDelta>();
  /** The language had no lists before: nothing to read back and merge with. */
  readonly fresh: boolean;

  constructor(readonly stats: Stats) {
    this.fresh = stats.docs === 0;
  }

  private delta(term: string): TermDelta {
    let d = this.terms.get(term);
    if (!d) this.terms.set(term, (d = { df: 0, removed: new Set(), added: [], floor: -Infinity }));
    return d;
  }

  remove(variants: readonly AnalyzedVariant[]): void {
    for (const { rowid, fields } of variants) {
      this.stats.docs--;
      for (const f of FIELDS) this.stats[f] -= fields[f].length;
      for (const term of termsOf(fields)) {
        const d = this.delta(term);
        d.df--;
        d.removed.add(rowid);
      }
    }
  }

  /** Impacts use the averages with `variants` counted, as when they are written one batch at a time. */
  add(variants: readonly AnalyzedVariant[], keepBest = Infinity): void {
    for (const { fields } of variants) {
      this.stats.docs++;
      for (const f of FIELDS) this.stats[f] += fields[f].length;
    }
    const avg = averages(this.stats);
    const addOne = (rowid: number, term: string, impact: number) => {
      const d = this.delta(term);
      d.df++;
      // Rowids only grow in a load, so a tie with the floor loses too (ties go to the lower rowid).
      if (impact <= d.floor) return;
      d.added.push({ rowid, impact });
      // Only the best K survive the merge; a bulk load trims as it goes to bound memory.
      if (d.added.length > keepBest) {
        d.added = mergePostings([], new Set(), d.added);
        d.floor = d.added[d.added.length - 1]?.impact ?? -Infinity;
      }
    };
    for (const { rowid, fields } of variants) {
      const termImpacts = impacts(fields, avg);
      for (const [term, impact] of termImpacts) addOne(rowid, term, impact);
      for (const [term, impact] of prefixImpacts(termImpacts)) addOne(rowid, term, impact);
    }
  }

  sortedTerms(): string[] {
    // In key order, so the B-tree is walked once from left to right instead of at random.
    return [...this.terms.keys()].sort();
  }
}

function readStats(replica: Replica, lang: ContentLanguage): Stats {
  return (
    replica.statement<[string], Stats>(STATS).get(lang) ?? { docs: 0, title: 0, tags: 0, body: 0 }
  );
}

function writeTerms(
  replica: Replica,
  lang: ContentLanguage,
  delta: LanguageDelta,
  terms: readonly string[],
): void {
  const read = replica.statement<[string, string], { df: number; postings: Buffer }>(TERM);
  const save = replica.statement<[string, string, number, Buffer]>(SAVE_TERM);
  const drop = replica.statement<[string, string]>(DELETE_TERM);
  const addStem = replica.statement<[string, string, string]>(ADD_STEM);
  const dropStems = replica.statement<[string, string]>(DELETE_STEMS);
  for (const term of terms) {
    const d = delta.terms.get(term);
    if (!d) continue;
    const row = delta.fresh ? undefined : read.get(lang, term);
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
      noteNewTerm(replica, lang, term);
    }
  }
}

function saveStats(replica: Replica, lang: ContentLanguage, stats: Stats): void {
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

/** Postings kept per term while a bulk load gathers them, before trimming to the best K. */
const BULK_TRIM_AT = 4 * POSTINGS_K;

/**
 * Term lists for a bulk load (a first snapshot): variants are gathered over many transactions
 * and each term is written once at the end, in slices, instead of being read, merged and
 * rewritten by every batch (which made a 20,000-article snapshot spend most of its time here).
 * Until `write` finishes, the new variants are in FTS5 but not yet in the engine's lists.
 */
export class BulkLists {
  private readonly languages = new Map<ContentLanguage, LanguageDelta>();
  private queue: { lang: ContentLanguage; terms: string[] }[] | null = null;

  add(replica: Replica, variants: readonly AnalyzedVariant[]): void {
    if (this.queue) throw new Error('BulkLists: add after write began.');
    const byLang = new Map<ContentLanguage, AnalyzedVariant[]>();
    for (const v of variants) {
      const list = byLang.get(v.lang);
      if (list) list.push(v);
      else byLang.set(v.lang, [v]);
    }
    for (const [lang, vs] of byLang) {
      let delta = this.languages.get(lang);
      if (!delta) this.languages.set(lang, (delta = new LanguageDelta(readStats(replica, lang))));
      delta.add(vs, BULK_TRIM_AT);
    }
  }

  /** Terms still to write. */
  get pending(): number {
    return this.queue
      ? this.queue.reduce((n, q) => n + q.terms.length, 0)
      : [...this.languages.values()].reduce((n, d) => n + d.terms.size, 0);
  }

  /**
   * Writes up to `maxTerms` terms in the caller's transaction; returns true when all are written
   * (the statistics go with the last slice).
   */
  write(replica: Replica, maxTerms: number): boolean {
    this.queue ??= [...this.languages].map(([lang, d]) => ({ lang, terms: d.sortedTerms() }));
    let budget = maxTerms;
    while (budget > 0 && this.queue.length > 0) {
      const head = this.queue[0];
      if (!head) break;
      const slice = head.terms.splice(0, budget);
      const delta = this.languages.get(head.lang);
      if (delta) writeTerms(replica, head.lang, delta, slice);
      budget -= slice.length;
      if (head.terms.length === 0) {
        if (delta) saveStats(replica, head.lang, delta.stats);
        this.queue.shift();
      }
    }
    invalidateEngineState(replica);
    return this.queue.length === 0;
  }
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

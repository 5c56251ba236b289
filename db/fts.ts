import type { Replica } from './connection';
import type { ContentLanguage } from '../shared/languages';
import { analyzeVariant, updateSearchLists, type AnalyzedVariant } from './engine/lists';

/*
 * Index rows are written from here, inside the caller's transaction, rather than by SQL
 * triggers: the index text comes from a JavaScript normaliser (Han bigrams now, the shared/
 * normaliser in issue 3) that a trigger could only call through a function registered on
 * every connection, and an external-content 'delete' must be given exactly the text that was
 * indexed, which only this code can recompute. So: delete a variant's row before changing or
 * removing the variant, then write the new one; and when the normaliser changes, a migration
 * must call rebuildIndex, because old rows can no longer be deleted term for term.
 */

/** The original text of a variant, by FTS column. */
export interface IndexedText {
  lang: ContentLanguage;
  title: string;
  /** Tags and synonyms together: one column, weighted between title and body. */
  tags: string[];
  summary: string;
  bodyText: string;
}

const INSERT = `INSERT INTO article_fts (rowid, title, tags, body) VALUES (?, ?, ?, ?)`;
const DELETE = `
  INSERT INTO article_fts (article_fts, rowid, title, tags, body) VALUES ('delete', ?, ?, ?, ?)`;
const DELETE_ALL = `INSERT INTO article_fts (article_fts) VALUES ('delete-all')`;
const CLEAR_LISTS = `DELETE FROM search_term; DELETE FROM search_stem; DELETE FROM search_stats;`;
const VARIANTS_AFTER = `
  SELECT variant_id AS rowid, lang, title, tags, synonyms, summary, body_text AS bodyText
  FROM article_variant WHERE variant_id > ? ORDER BY variant_id LIMIT ?`;
/** Variants read per step of a rebuild: bounded memory, and SQLite allows no writes while a read is open. */
const REBUILD_PAGE = 500;

type Row = [number, string, string, string];

/** A variant's text as article_variant stores it. */
export interface StoredIndexedText {
  rowid: number;
  lang: string;
  title: string;
  /** JSON arrays. */
  tags: string;
  synonyms: string;
  summary: string;
  bodyText: string;
}

/** A variant's text analysed once, for both the FTS5 row and the engine's term lists. */
export function analyzeIndexed(rowid: number, text: IndexedText): AnalyzedVariant {
  return analyzeVariant({
    rowid,
    lang: text.lang,
    title: text.title,
    tags: text.tags.join('\n'),
    // The summary is searchable as part of the body: body text an author chose to put first.
    body: `${text.summary}\n${text.bodyText}`,
  });
}

function columns(v: AnalyzedVariant): Row {
  const { title, tags, body } = v.fields;
  return [v.rowid, title.terms.join(' '), tags.terms.join(' '), body.terms.join(' ')];
}

export function writeIndexRow(replica: Replica, v: AnalyzedVariant): void {
  replica.statement<Row>(INSERT).run(...columns(v));
}

/** `v` must be analysed from the text that was indexed for its rowid. */
export function deleteIndexRow(replica: Replica, v: AnalyzedVariant): void {
  replica.statement<Row>(DELETE).run(...columns(v));
}

/** Re-creates every index row and term list from the stored variants (after a normaliser change). */
export function rebuildIndex(replica: Replica): void {
  replica.transaction(() => {
    replica.statement(DELETE_ALL).run();
    replica.db.exec(CLEAR_LISTS);
    const page = replica.statement<[number, number], StoredIndexedText>(VARIANTS_AFTER);
    let after = Number.MIN_SAFE_INTEGER;
    for (;;) {
      const rows = page.all(after, REBUILD_PAGE);
      const added: AnalyzedVariant[] = [];
      for (const row of rows) {
        const v = analyzeIndexed(row.rowid, fromStored(row));
        writeIndexRow(replica, v);
        added.push(v);
        after = row.rowid;
      }
      updateSearchLists(replica, [], added);
      if (rows.length < REBUILD_PAGE) break;
    }
  });
}

export function fromStored(row: StoredIndexedText): IndexedText {
  return {
    lang: row.lang as ContentLanguage,
    title: row.title,
    tags: [...parseStringArray(row.tags), ...parseStringArray(row.synonyms)],
    summary: row.summary,
    bodyText: row.bodyText,
  };
}

export function parseStringArray(json: string): string[] {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

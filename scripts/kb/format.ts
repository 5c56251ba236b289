import type { TextRun } from '../../shared/article';
import type { SearchHit, SearchResult } from '../../shared/search';

const BOLD = '\u001b[1m';
const NORMAL = '\u001b[22m';
const DIM = '\u001b[2m';

/** Matched runs in bold on a terminal, else in [brackets] (readable in a file or a test). */
export function renderRuns(runs: readonly TextRun[], styled: boolean): string {
  return runs
    .map((r) => {
      const text = r.text.replace(/\s+/g, ' ');
      if (!r.match) return text;
      return styled ? `${BOLD}${text}${NORMAL}` : `[${text}]`;
    })
    .join('');
}

/** Ranked hits as a numbered list: title, then id · language · type · categories, then the snippet. */
export function renderResult(text: string, result: SearchResult, styled: boolean): string {
  const lines: string[] = [];
  const width = String(result.hits.length).length;
  result.hits.forEach((hit, i) => {
    const indent = ' '.repeat(width + 2);
    lines.push(`${String(i + 1).padStart(width)}. ${renderRuns(hit.title, styled)}`);
    lines.push(`${indent}${dim(details(hit), styled)}`);
    const snippet = renderRuns(hit.snippet, styled).trim();
    if (snippet !== '') lines.push(`${indent}${snippet}`);
    lines.push('');
  });
  const n = result.hits.length;
  if (n === 0) {
    lines.push(`No results for "${text}".`);
    if (result.didYouMean !== undefined) lines.push(`Did you mean "${result.didYouMean}"?`);
  }
  lines.push(`${n} result${n === 1 ? '' : 's'} in ${formatMs(result.tookMs)}`);
  return `${lines.join('\n')}\n`;
}

function details(hit: SearchHit): string {
  const parts = [hit.id, hit.lang, hit.type];
  if (hit.categories.length > 0) parts.push(hit.categories.join(', '));
  return parts.join(' · ');
}

function dim(text: string, styled: boolean): string {
  return styled ? `${DIM}${text}${NORMAL}` : text;
}

export function formatMs(ms: number): string {
  return ms < 1 ? `${Math.round(ms * 1000)} µs` : `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;
}

import type { TextRun } from '../../../shared/article';

/** Highlighted text from the search engine: matches become <mark>, everything is plain text. */
export function TextRuns({ runs }: { runs: readonly TextRun[] }) {
  return (
    <>
      {runs.map((run, i) =>
        run.match ? <mark key={i}>{run.text}</mark> : <span key={i}>{run.text}</span>,
      )}
    </>
  );
}

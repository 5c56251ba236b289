import { useLayoutEffect, useRef } from 'react';

/*
 * Keystroke → results painted (issue 6 item 10), as User Timing entries a test reads in Chromium:
 * a 'search-input' mark per keystroke, then, once the results of that very query are on screen,
 * a 'search-painted' mark and a 'keystroke-to-paint' measure between the two (detail: the query).
 */

export const INPUT_MARK = 'search-input';
export const PAINTED_MARK = 'search-painted';
export const MEASURE = 'keystroke-to-paint';

/** The Performance API subset used here; absent in some test environments. */
type Timing = Pick<Performance, 'mark' | 'measure'>;

/** One search field's pending keystroke. Each view owns its own (no module state). */
export class KeystrokeTimer {
  private pending: { query: string; start: number } | null = null;

  constructor(
    /** null where there is no Performance API to write to. */
    private readonly timing: Timing | null = globalThis.performance ?? null,
    private readonly afterPaint: (run: () => void) => void = runAfterNextPaint,
  ) {}

  /** Call on every change of the field. */
  input(query: string): void {
    if (!this.timing) return;
    const mark = this.timing.mark(INPUT_MARK, { detail: { query } });
    this.pending = { query, start: mark.startTime };
  }

  /** Call after results for `query` were committed; measures once per keystroke. */
  committed(query: string): void {
    const pending = this.pending;
    const timing = this.timing;
    if (!pending || !timing || pending.query !== query) return;
    this.pending = null;
    this.afterPaint(() => {
      const painted = timing.mark(PAINTED_MARK, { detail: { query } });
      timing.measure(MEASURE, { start: pending.start, end: painted.startTime, detail: { query } });
    });
  }
}

/**
 * Runs `fn` right after the next frame is painted: requestAnimationFrame fires just before that
 * paint, and a message posted from it is handled as soon as the paint is done (a timeout could
 * be clamped to 4 ms or more).
 */
export function runAfterNextPaint(fn: () => void): void {
  if (typeof requestAnimationFrame !== 'function' || typeof MessageChannel !== 'function') {
    fn();
    return;
  }
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      fn();
    };
    channel.port2.postMessage(null);
  });
}

/** Measures after each commit of new results for the query they answer. */
export function useMeasurePaint(timer: KeystrokeTimer, result: unknown, resultQuery: string): void {
  const last = useRef<unknown>(null);
  useLayoutEffect(() => {
    if (result === null || result === last.current) return;
    last.current = result;
    timer.committed(resultQuery);
  }, [timer, result, resultQuery]);
}

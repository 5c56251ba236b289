import { describe, expect, it } from 'vitest';
import { KeystrokeTimer, MEASURE } from './keystroke-timing';

// R1, R29, issue 6 item 10: keystroke → results painted, as Performance entries.

function fakeTiming() {
  let now = 0;
  const entries: { type: string; name: string; start?: number; end?: number; detail?: unknown }[] =
    [];
  const timing = {
    mark(name: string, options?: { detail?: unknown }) {
      now += 1;
      entries.push({ type: 'mark', name, start: now, detail: options?.detail });
      return { startTime: now } as PerformanceMark;
    },
    measure(name: string, options?: { start?: number; end?: number; detail?: unknown }) {
      entries.push({ type: 'measure', name, ...options });
      return {} as PerformanceMeasure;
    },
  } as unknown as Pick<Performance, 'mark' | 'measure'>;
  return { timing, entries };
}

describe('KeystrokeTimer', () => {
  it('measures from the keystroke to the paint of the results for that query', () => {
    const { timing, entries } = fakeTiming();
    const later: (() => void)[] = [];
    const timer = new KeystrokeTimer(timing, (fn) => later.push(fn));
    timer.input('r');
    timer.input('ro');
    timer.committed('r'); // an older query's results: not this keystroke's
    expect(later).toHaveLength(0);
    timer.committed('ro');
    timer.committed('ro'); // a second commit of the same results measures nothing more
    expect(later).toHaveLength(1);
    later[0]?.();
    expect(entries.filter((e) => e.type === 'mark').map((e) => e.name)).toEqual([
      'search-input',
      'search-input',
      'search-painted',
    ]);
    expect(entries.at(-1)).toEqual({
      type: 'measure',
      name: MEASURE,
      start: 2,
      end: 3,
      detail: { query: 'ro' },
    });
  });

  it('does nothing where there is no Performance API', () => {
    const timer = new KeystrokeTimer(null, () => {
      throw new Error('not expected');
    });
    timer.input('x');
    timer.committed('x');
  });
});

/** Exponential backoff with jitter, for anything that reconnects or retries. */
export interface BackoffOptions {
  initialMs: number;
  maxMs: number;
}

/**
 * Delay before retry `attempt` (0-based): doubling from `initialMs`, capped at `maxMs`, with ±20%
 * jitter so that thousands of workstations coming back after an outage do not call in step.
 */
export function backoffDelay(attempt: number, opts: BackoffOptions, random = Math.random): number {
  const base = Math.min(opts.maxMs, opts.initialMs * 2 ** Math.min(attempt, 30));
  return Math.round(base * (0.8 + 0.4 * random()));
}

/** `ms` ± `share` (e.g. 0.2 for ±20%). */
export function jittered(ms: number, share: number, random = Math.random): number {
  return Math.round(ms * (1 - share + 2 * share * random()));
}

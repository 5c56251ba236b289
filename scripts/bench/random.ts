/**
 * A seeded pseudo-random generator (mulberry32): the same seed gives the same corpus and the
 * same queries on every machine, so two bench runs measure the engine, not the data.
 */
export class Random {
  #state: number;

  constructor(seed: number) {
    this.#state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Uniform integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  /** An index drawn with probability ∝ its weight. */
  weighted(weights: readonly number[]): number {
    const total = weights.reduce((a, b) => a + b, 0);
    let u = this.next() * total;
    for (let i = 0; i < weights.length; i++) {
      u -= weights[i] ?? 0;
      if (u < 0) return i;
    }
    return weights.length - 1;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('Random.pick on an empty list');
    return item;
  }

  /** A new generator whose stream depends only on this one's seed and `label`. */
  fork(label: number): Random {
    return new Random(Math.imul(this.#state ^ label, 0x9e3779b1) ^ label);
  }
}

/**
 * Draws ranks 0…n-1 with probability ∝ 1/(rank+1)^s: word frequencies in natural text follow
 * this (Zipf's law), which is what makes a few words appear in nearly every article.
 */
export class Zipf {
  readonly #cdf: Float64Array;

  constructor(
    readonly n: number,
    readonly s = 1,
  ) {
    if (n < 1) throw new Error('Zipf needs at least one rank');
    this.#cdf = new Float64Array(n);
    let sum = 0;
    for (let r = 0; r < n; r++) {
      sum += 1 / (r + 1) ** s;
      this.#cdf[r] = sum;
    }
    for (let r = 0; r < n; r++) this.#cdf[r] = (this.#cdf[r] ?? 0) / sum;
  }

  /** Probability of drawing `rank` in one draw. */
  probability(rank: number): number {
    const below = rank === 0 ? 0 : (this.#cdf[rank - 1] ?? 1);
    return (this.#cdf[rank] ?? 1) - below;
  }

  sample(random: Random): number {
    const u = random.next();
    let lo = 0;
    let hi = this.n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.#cdf[mid] ?? 1) < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

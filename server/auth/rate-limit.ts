/**
 * Login throttling: failed attempts per user name and per client address in a sliding window.
 * In memory, per server instance: with N instances behind a balancer an attacker gets N times
 * the budget, which still turns an online guessing attack from hours into years.
 */
export interface LoginLimits {
  /** Failures allowed for one user name within the window. */
  perUser: number;
  /** Failures allowed from one client address within the window (spraying many names). */
  perAddress: number;
  windowMs: number;
  /** Bound on tracked keys, so a flood of random names cannot grow memory without limit. */
  maxKeys: number;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = {
  perUser: 5,
  perAddress: 30,
  windowMs: 15 * 60_000,
  maxKeys: 50_000,
};

export type LimitVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export class LoginLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly limits: LoginLimits = DEFAULT_LOGIN_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  check(username: string, address: string): LimitVerdict {
    const user = this.recent(userKey(username));
    const ip = this.recent(addressKey(address));
    const blockedUntil = Math.max(
      user.length >= this.limits.perUser ? (user[0] ?? 0) + this.limits.windowMs : 0,
      ip.length >= this.limits.perAddress ? (ip[0] ?? 0) + this.limits.windowMs : 0,
    );
    if (blockedUntil === 0) return { allowed: true };
    return {
      allowed: false,
      retryAfterSeconds: Math.max(1, Math.ceil((blockedUntil - this.now()) / 1000)),
    };
  }

  recordFailure(username: string, address: string): void {
    for (const key of [userKey(username), addressKey(address)]) {
      const list = this.recent(key);
      list.push(this.now());
      this.failures.delete(key);
      this.failures.set(key, list);
    }
    while (this.failures.size > this.limits.maxKeys) {
      const oldest = this.failures.keys().next().value;
      if (oldest === undefined) break;
      this.failures.delete(oldest);
    }
  }

  /** A correct password clears the name's failures, not the address's. */
  recordSuccess(username: string): void {
    this.failures.delete(userKey(username));
  }

  private recent(key: string): number[] {
    const cutoff = this.now() - this.limits.windowMs;
    const list = (this.failures.get(key) ?? []).filter((t) => t > cutoff);
    if (list.length === 0) this.failures.delete(key);
    else this.failures.set(key, list);
    return list;
  }
}

const userKey = (username: string) => `u:${username.trim().toLowerCase()}`;
const addressKey = (address: string) => `a:${address}`;

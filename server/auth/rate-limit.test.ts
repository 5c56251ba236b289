import { describe, expect, it } from 'vitest';
import { LoginLimiter } from './rate-limit';

describe('LoginLimiter', () => {
  const limits = { perUser: 3, perAddress: 5, windowMs: 60_000, maxKeys: 100 };

  it('blocks a user name after the allowed failures until the window passes', () => {
    let now = 0;
    const limiter = new LoginLimiter(limits, () => now);
    for (let i = 0; i < 3; i++) {
      expect(limiter.check('Anna', '10.0.0.1').allowed).toBe(true);
      limiter.recordFailure('anna', `10.0.0.${i}`);
    }
    expect(limiter.check('ANNA ', '10.0.0.9')).toEqual({ allowed: false, retryAfterSeconds: 60 });
    now = 30_000;
    expect(limiter.check('anna', '10.0.0.9')).toEqual({ allowed: false, retryAfterSeconds: 30 });
    now = 60_001;
    expect(limiter.check('anna', '10.0.0.9').allowed).toBe(true);
  });

  it('blocks an address spraying names, and forgets a name after a success', () => {
    const limiter = new LoginLimiter(limits, () => 0);
    limiter.recordFailure('bob', '10.0.0.1');
    limiter.recordSuccess('bob');
    expect(limiter.check('bob', '10.0.0.2').allowed).toBe(true);
    for (let i = 0; i < 4; i++) limiter.recordFailure(`user${i}`, '10.0.0.1');
    expect(limiter.check('someone', '10.0.0.1').allowed).toBe(false);
    expect(limiter.check('someone', '10.0.0.2').allowed).toBe(true);
  });

  it('bounds its memory', () => {
    const limiter = new LoginLimiter({ ...limits, maxKeys: 10 }, () => 0);
    for (let i = 0; i < 100; i++) limiter.recordFailure(`u${i}`, `a${i}`);
    expect(
      (limiter as unknown as { failures: Map<string, number[]> }).failures.size,
    ).toBeLessThanOrEqual(10);
  });
});

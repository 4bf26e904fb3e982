import { describe, expect, it } from '@jest/globals';
import { afterFailure, backoffSeconds, loginGate, type LoginCounters } from './login-throttle.js';

const rule = { backoffAfterFailures: 3, backoffMaxSeconds: 60, lockAfterFailures: 10, lockMinutes: 30 };
const t0 = new Date('2026-05-01T08:00:00Z');
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

describe('login back-off and lockout', () => {
  it.each([
    [0, 0],
    [2, 0],
    [3, 1],
    [4, 2],
    [6, 8],
    [9, 60],
    [20, 60],
  ])('after %i failures waits %i s', (failures, seconds) => {
    expect(backoffSeconds(failures, rule)).toBe(seconds);
  });

  it('makes the caller wait out the back-off, then opens', () => {
    const counters: LoginCounters = { failedLogins: 5, lastFailedLoginAt: t0, lockedUntil: null };
    expect(loginGate(counters, at(1), rule)).toEqual({ kind: 'wait', seconds: 3 });
    expect(loginGate(counters, at(4), rule)).toEqual({ kind: 'open' });
  });

  it('locks at the limit for the configured time', () => {
    let counters: LoginCounters = { failedLogins: 0, lastFailedLoginAt: null, lockedUntil: null };
    for (let i = 0; i < 9; i++) counters = afterFailure(counters, t0, rule);
    expect(counters.lockedUntil).toBeNull();
    counters = afterFailure(counters, t0, rule);
    expect(counters.lockedUntil).toEqual(at(30 * 60));
    expect(loginGate(counters, at(29 * 60), rule)).toMatchObject({ kind: 'locked' });
    expect(loginGate(counters, at(30 * 60 + 61), rule)).toEqual({ kind: 'open' });
  });
});

/** Back-off and lockout for failed logins, as pure rules over the account's counters. */
export interface LoginThrottleRule {
  backoffAfterFailures: number;
  backoffMaxSeconds: number;
  lockAfterFailures: number;
  lockMinutes: number;
}

export interface LoginCounters {
  failedLogins: number;
  lastFailedLoginAt: Date | null;
  lockedUntil: Date | null;
}

export type LoginGate = { kind: 'open' } | { kind: 'locked'; until: Date } | { kind: 'wait'; seconds: number };

/** Seconds to wait after `failures` failures in a row: none at first, then 1, 2, 4 … up to the cap. */
export function backoffSeconds(failures: number, rule: LoginThrottleRule): number {
  if (failures < rule.backoffAfterFailures) return 0;
  return Math.min(2 ** (failures - rule.backoffAfterFailures), rule.backoffMaxSeconds);
}

/** Whether a login may be tried now; checked before the password, so guessing during a wait costs nothing. */
export function loginGate(counters: LoginCounters, now: Date, rule: LoginThrottleRule): LoginGate {
  if (counters.lockedUntil && counters.lockedUntil > now) return { kind: 'locked', until: counters.lockedUntil };
  const wait = backoffSeconds(counters.failedLogins, rule);
  if (wait > 0 && counters.lastFailedLoginAt) {
    const remaining = Math.ceil((counters.lastFailedLoginAt.getTime() + wait * 1000 - now.getTime()) / 1000);
    if (remaining > 0) return { kind: 'wait', seconds: remaining };
  }
  return { kind: 'open' };
}

/** The counters after one more failure: locked once the limit is reached. */
export function afterFailure(counters: LoginCounters, now: Date, rule: LoginThrottleRule): LoginCounters {
  const failedLogins = counters.failedLogins + 1;
  return {
    failedLogins,
    lastFailedLoginAt: now,
    lockedUntil: failedLogins >= rule.lockAfterFailures ? new Date(now.getTime() + rule.lockMinutes * 60_000) : null,
  };
}

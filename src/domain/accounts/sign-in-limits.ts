import type { AuthSettings } from './auth-settings.ts';

// Failed sign-ins, counted per account (the e-mail given) and per client address over a sliding
// window, in this process's memory: one server owns the database, and a restart forgetting the
// counts only gives an attacker one more window. Past the limit every attempt is refused before the
// password is checked, a right one included, until the oldest failure leaves the window.

type Limits = Pick<AuthSettings, 'maxFailuresPerAccount' | 'maxFailuresPerAddress' | 'failureWindowMs'>;

/** At most this many keys are remembered per kind; the oldest are forgotten first. */
const MAX_KEYS = 100_000;

export interface SignInLimiter {
  /** Seconds until an attempt is allowed again, or 0 when it is allowed now. */
  retryAfterSeconds(account: string, address: string, now: Date): number;
  /**
   * Counts an attempt as failed before its password is checked, so concurrent attempts cannot all pass
   * the check above; `succeeded` takes it back.
   */
  recordAttempt(account: string, address: string, now: Date): void;
  /** A successful sign-in clears the account's failures and takes back its own count against the address. */
  succeeded(account: string, address: string, now: Date): void;
}

export function createSignInLimiter(limits: Limits): SignInLimiter {
  const accounts = new Map<string, number[]>();
  const addresses = new Map<string, number[]>();

  const recent = (map: Map<string, number[]>, key: string, now: number): number[] => {
    const times = (map.get(key) ?? []).filter((t) => now - t < limits.failureWindowMs);
    if (times.length === 0) map.delete(key);
    else map.set(key, times);
    return times;
  };
  const wait = (times: number[], max: number, now: number): number =>
    times.length < max ? 0 : Math.ceil((times[times.length - max]! + limits.failureWindowMs - now) / 1000);
  const add = (map: Map<string, number[]>, key: string, now: number) => {
    const times = recent(map, key, now);
    map.delete(key); // re-inserted last: Map order is then oldest use first
    map.set(key, [...times, now]);
    if (map.size > MAX_KEYS) map.delete(map.keys().next().value!);
  };

  return {
    retryAfterSeconds(account, address, at) {
      const now = at.getTime();
      return Math.max(
        wait(recent(accounts, account, now), limits.maxFailuresPerAccount, now),
        wait(recent(addresses, address, now), limits.maxFailuresPerAddress, now),
      );
    },
    recordAttempt(account, address, at) {
      add(accounts, account, at.getTime());
      add(addresses, address, at.getTime());
    },
    succeeded(account, address, at) {
      accounts.delete(account);
      const times = addresses.get(address) ?? [];
      const index = times.lastIndexOf(at.getTime());
      if (index >= 0) times.splice(index, 1);
    },
  };
}

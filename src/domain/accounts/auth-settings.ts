import { DEFAULT_SCRYPT, type ScryptParams } from './passwords.ts';

/** How sessions, links and sign-in limits behave (the environment sets them: docs/operations.md). */
export interface AuthSettings {
  /** A session ends this long after sign-in, however active. */
  sessionLifetimeMs: number;
  /** A session ends when unused this long. */
  sessionIdleMs: number;
  /** Invitation and reset links are valid this long. */
  linkLifetimeMs: number;
  /** Failed sign-ins allowed per account (e-mail) within the window, and per client address. */
  maxFailuresPerAccount: number;
  maxFailuresPerAddress: number;
  failureWindowMs: number;
  scrypt: ScryptParams;
}

const HOUR = 3_600_000;

export const DEFAULT_AUTH_SETTINGS: AuthSettings = {
  sessionLifetimeMs: 14 * 24 * HOUR,
  sessionIdleMs: 72 * HOUR,
  linkLifetimeMs: 7 * 24 * HOUR,
  maxFailuresPerAccount: 5,
  maxFailuresPerAddress: 20,
  failureWindowMs: 15 * 60_000,
  scrypt: DEFAULT_SCRYPT,
};

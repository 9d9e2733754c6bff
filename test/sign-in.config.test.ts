import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../src/config.ts';
import { hashPassword, verifyPassword } from '../src/domain/accounts/passwords.ts';

describe('sign-in configuration', () => {
  it('reads the session and sign-in limits, PUBLIC_URL and TRUST_PROXY from the environment', () => {
    const config = readConfig({
      SESSION_LIFETIME_MS: '86400000',
      SESSION_IDLE_MS: '3600000',
      SIGN_IN_MAX_FAILURES_PER_ACCOUNT: '3',
      SIGN_IN_MAX_FAILURES_PER_ADDRESS: '50',
      SIGN_IN_FAILURE_WINDOW_MS: '600000',
      PUBLIC_URL: 'https://registry.example.org/',
      TRUST_PROXY: 'true',
    });
    expect(config.auth).toEqual({
      sessionLifetimeMs: 86_400_000,
      sessionIdleMs: 3_600_000,
      maxFailuresPerAccount: 3,
      maxFailuresPerAddress: 50,
      failureWindowMs: 600_000,
    });
    expect(config.publicUrl).toBe('https://registry.example.org');
    expect(config.trustProxy).toBe(true);
    expect(readConfig({}).publicUrl).toBeUndefined();
  });

  it('refuses a PUBLIC_URL with a path and a zero limit, naming both', () => {
    expect(() =>
      readConfig({ PUBLIC_URL: 'https://example.org/registry', SIGN_IN_MAX_FAILURES_PER_ACCOUNT: '0' }),
    ).toThrow(ConfigError);
    try {
      readConfig({ PUBLIC_URL: 'ftp://example.org', SIGN_IN_MAX_FAILURES_PER_ACCOUNT: '0' });
    } catch (error) {
      expect(String(error)).toContain('PUBLIC_URL must be an origin');
      expect(String(error)).toContain('SIGN_IN_MAX_FAILURES_PER_ACCOUNT must be a whole number from 1');
    }
  });

  it('hashes passwords with scrypt N = 2^15, r = 8, p = 3 by default, and verifies them', async () => {
    const stored = await hashPassword('correct horse battery staple');
    expect(stored).toMatch(/^scrypt\$15\$8\$3\$[\w-]{22}\$[\w-]{86}$/u);
    expect(await verifyPassword('correct horse battery staple', stored)).toBe(true);
    expect(await verifyPassword('correct horse battery stapler', stored)).toBe(false);
    expect(await verifyPassword('anything', 'scrypt$99$8$3$AAAA$AAAA')).toBe(false);
  });
});

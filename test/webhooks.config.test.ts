import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../src/config.ts';

// Webhook settings are validated like the rest: a bad value names its variable and stops start-up.

describe('webhook configuration', () => {
  it('defaults: 10 s timeout, queue read every second, no private address reachable', () => {
    expect(readConfig({}).webhooks).toEqual({
      timeoutMs: 10_000,
      pollMs: 1_000,
      policy: { allowHosts: [], allowPrivate: false },
    });
  });

  it('reads allowed hosts (brackets and case dropped) and the private switch', () => {
    const { policy } = readConfig({
      WEBHOOK_ALLOW_HOSTS: '127.0.0.1, [::1],Hooks.Internal',
      WEBHOOK_ALLOW_PRIVATE: 'true',
    }).webhooks;
    expect(policy).toEqual({ allowHosts: ['127.0.0.1', '::1', 'hooks.internal'], allowPrivate: true });
  });

  it.each([
    [{ WEBHOOK_TIMEOUT_MS: '50' }, 'WEBHOOK_TIMEOUT_MS must be a whole number from 100 to 120000; got "50".'],
    [{ WEBHOOK_POLL_MS: 'often' }, 'WEBHOOK_POLL_MS must be a whole number from 0 to 600000; got "often".'],
    [{ WEBHOOK_ALLOW_PRIVATE: 'yes' }, 'WEBHOOK_ALLOW_PRIVATE must be one of "true", "false"; got "yes".'],
    [
      { WEBHOOK_ALLOW_HOSTS: 'https://hooks.internal,*' },
      'WEBHOOK_ALLOW_HOSTS must list host names or addresses separated by commas (no scheme, port or "*"); ' +
        'got "https://hooks.internal", "*".',
    ],
  ])('refuses %j', (env, message) => {
    expect(() => readConfig(env)).toThrow(ConfigError);
    expect(() => readConfig(env)).toThrow(message);
  });
});

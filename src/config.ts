import { resolve } from 'node:path';
import { DEFAULT_STREAM_LIMITS, type StreamLimits } from './graphql/live-streams.ts';
import type { AddressPolicy } from './webhooks/address-policy.ts';
import { DEFAULT_LIMITS, type QueryLimits } from './http/limits.ts';
import { DEFAULT_AUTH_SETTINGS, type AuthSettings } from './domain/accounts/auth-settings.ts';
import { LOG_LEVELS, type LogLevel } from './http/logging.ts';

export interface Config {
  /** SQLite file; created and migrated at start. */
  databaseFile: string;
  port: number;
  host: string;
  /** Serve GraphiQL at the endpoint for browsers. */
  graphiql: boolean;
  /** NODE_ENV=production: field suggestions hidden from error messages; GraphiQL off unless GRAPHIQL=true. */
  production: boolean;
  logLevel: LogLevel;
  limits: QueryLimits;
  /** How long SIGTERM waits for in-flight requests before cutting the remaining connections. */
  shutdownTimeoutMs: number;
  /** Worker threads that rank searches (db/search-readers.ts); 0 ranks on the server's own thread. */
  searchThreads: number;
  /** Searches that may wait for a search thread; more are refused with 503 BUSY (0: none wait). */
  searchQueue: number;
  /** Origins whose pages may call /graphql with credentials (CORS); empty: same-origin only. */
  corsOrigins: string[];
  connections: ConnectionLimits;
  /** Open live streams per API token, per person and on the whole server; more get 429 TOO_MANY_STREAMS. */
  streams: StreamLimits;
  /** How often the server writes the reminders due (deadlines, votes); 0: never (run `cli remind` from cron). */
  reminderIntervalMs: number;
  /** How often the server closes the ballots past their closing time; 0: never (run `cli close-ballots` from cron). */
  ballotCloseIntervalMs: number;
  webhooks: WebhookConfig;
  /** Signing in: session lifetime and idle timeout, limits on failed sign-ins. */
  auth: Omit<AuthSettings, 'scrypt' | 'linkLifetimeMs'>;
  /** The origin browsers use (`https://registry.example.org`); undefined: each request's own. */
  publicUrl: string | undefined;
  /** Behind a reverse proxy: the client's address is the last X-Forwarded-For entry. */
  trustProxy: boolean;
}

/** The webhook sender: how long a receiver has, how often the queue is read, which private hosts are reachable. */
export interface WebhookConfig {
  timeoutMs: number;
  /** 0: no sender in this process. */
  pollMs: number;
  policy: AddressPolicy;
}

/** Bounds on connections, so that slow or numerous sockets cannot exhaust file descriptors. */
export interface ConnectionLimits {
  /** Open connections in all; a new one past this is closed at once. */
  max: number;
  /** Open connections from one address (IPv6: one /64); a new one past this is closed at once. */
  perAddress: number;
  /** Time a client has to send a request's headers. */
  headersTimeoutMs: number;
  /** Time a client has to send a whole request (headers and body); responses, streams included, are not bounded. */
  requestTimeoutMs: number;
  /** How long an idle keep-alive connection stays open. */
  keepAliveTimeoutMs: number;
}

export class ConfigError extends Error {}

type Env = NodeJS.ProcessEnv;

/** Integer variables: name, default, bounds. docs/operations.md's Configuration table lists the same. */
const INTEGERS = {
  PORT: [4000, 0, 65_535],
  MAX_BODY_BYTES: [DEFAULT_LIMITS.bodyBytes, 1_024, 100 * 1_048_576],
  QUERY_MAX_DEPTH: [DEFAULT_LIMITS.depth, 1, 100],
  QUERY_MAX_ALIASES: [DEFAULT_LIMITS.aliases, 0, 1_000],
  QUERY_MAX_TOKENS: [DEFAULT_LIMITS.tokens, 100, 100_000],
  QUERY_MAX_DIRECTIVES: [DEFAULT_LIMITS.directives, 0, 1_000],
  QUERY_MAX_COST: [DEFAULT_LIMITS.cost, 1, 1_000_000_000],
  QUERY_MAX_SEARCHES: [DEFAULT_LIMITS.searches, 0, 1_000],
  QUERY_MAX_LIST_VALUES: [DEFAULT_LIMITS.listValues, 1, 100_000],
  QUERY_MAX_LIST_OBJECTS: [DEFAULT_LIMITS.listObjects, 1, 100_000],
  SHUTDOWN_TIMEOUT_MS: [10_000, 0, 600_000],
  SEARCH_THREADS: [1, 0, 16],
  SEARCH_QUEUE: [64, 0, 100_000],
  MAX_CONNECTIONS: [900, 1, 100_000],
  MAX_CONNECTIONS_PER_ADDRESS: [256, 1, 100_000],
  HEADERS_TIMEOUT_MS: [10_000, 1_000, 600_000],
  REQUEST_TIMEOUT_MS: [30_000, 1_000, 3_600_000],
  KEEP_ALIVE_TIMEOUT_MS: [5_000, 1_000, 600_000],
  STREAMS_PER_TOKEN: [DEFAULT_STREAM_LIMITS.perToken, 1, 10_000],
  STREAMS_PER_PERSON: [DEFAULT_STREAM_LIMITS.perPerson, 1, 100_000],
  STREAMS_MAX: [DEFAULT_STREAM_LIMITS.max, 1, 1_000_000],
  REMINDER_INTERVAL_MS: [3_600_000, 0, 86_400_000],
  BALLOT_CLOSE_INTERVAL_MS: [60_000, 0, 3_600_000],
  WEBHOOK_TIMEOUT_MS: [10_000, 100, 120_000],
  WEBHOOK_POLL_MS: [1_000, 0, 600_000],
  SESSION_LIFETIME_MS: [DEFAULT_AUTH_SETTINGS.sessionLifetimeMs, 60_000, 366 * 86_400_000],
  SESSION_IDLE_MS: [DEFAULT_AUTH_SETTINGS.sessionIdleMs, 60_000, 366 * 86_400_000],
  SIGN_IN_MAX_FAILURES_PER_ACCOUNT: [DEFAULT_AUTH_SETTINGS.maxFailuresPerAccount, 1, 1_000],
  SIGN_IN_MAX_FAILURES_PER_ADDRESS: [DEFAULT_AUTH_SETTINGS.maxFailuresPerAddress, 1, 100_000],
  SIGN_IN_FAILURE_WINDOW_MS: [DEFAULT_AUTH_SETTINGS.failureWindowMs, 1_000, 86_400_000],
} as const satisfies Record<string, readonly [number, number, number]>;

/**
 * Reads and validates configuration from the environment. Every bad value is reported at once,
 * each naming its variable, and stops start-up (the server exits with code 2).
 */
export function readConfig(env: Env = process.env): Config {
  const problems: string[] = [];
  const integer = (name: keyof typeof INTEGERS): number => {
    const [fallback, min, max] = INTEGERS[name];
    const text = env[name];
    if (text === undefined || text === '') return fallback;
    const value = Number(text);
    if (!/^\d+$/u.test(text.trim()) || !Number.isSafeInteger(value) || value < min || value > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max}; got ${JSON.stringify(text)}.`);
      return fallback;
    }
    return value;
  };
  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const text = env[name];
    if (text === undefined || text === '') return fallback;
    const value = text.toLowerCase() as T;
    if (allowed.includes(value)) return value;
    problems.push(`${name} must be one of ${allowed.map((a) => `"${a}"`).join(', ')}; got ${JSON.stringify(text)}.`);
    return fallback;
  };

  const host = env.HOST ?? '127.0.0.1';
  if (host.trim() === '' || /\s/u.test(host))
    problems.push(`HOST must be an address or host name; got ${JSON.stringify(env.HOST)}.`);
  if (env.REGISTRY_DB !== undefined && env.REGISTRY_DB.trim() === '')
    problems.push('REGISTRY_DB must name a file; got "".');
  const production = env.NODE_ENV === 'production';

  const config: Config = {
    databaseFile: resolve(env.REGISTRY_DB || './data/registry.db'),
    port: integer('PORT'),
    host,
    // Off by default in production: GraphiQL is a page for developers.
    graphiql: oneOf('GRAPHIQL', ['true', 'false'], production ? 'false' : 'true') === 'true',
    production,
    logLevel: oneOf('LOG_LEVEL', LOG_LEVELS, 'info'),
    limits: {
      bodyBytes: integer('MAX_BODY_BYTES'),
      depth: integer('QUERY_MAX_DEPTH'),
      aliases: integer('QUERY_MAX_ALIASES'),
      tokens: integer('QUERY_MAX_TOKENS'),
      directives: integer('QUERY_MAX_DIRECTIVES'),
      cost: integer('QUERY_MAX_COST'),
      searches: integer('QUERY_MAX_SEARCHES'),
      listValues: integer('QUERY_MAX_LIST_VALUES'),
      listObjects: integer('QUERY_MAX_LIST_OBJECTS'),
    },
    shutdownTimeoutMs: integer('SHUTDOWN_TIMEOUT_MS'),
    searchThreads: integer('SEARCH_THREADS'),
    searchQueue: integer('SEARCH_QUEUE'),
    corsOrigins: origins(env.CORS_ORIGINS, problems),
    connections: {
      max: integer('MAX_CONNECTIONS'),
      perAddress: integer('MAX_CONNECTIONS_PER_ADDRESS'),
      headersTimeoutMs: integer('HEADERS_TIMEOUT_MS'),
      requestTimeoutMs: integer('REQUEST_TIMEOUT_MS'),
      keepAliveTimeoutMs: integer('KEEP_ALIVE_TIMEOUT_MS'),
    },
    streams: {
      perToken: integer('STREAMS_PER_TOKEN'),
      perPerson: integer('STREAMS_PER_PERSON'),
      max: integer('STREAMS_MAX'),
    },
    reminderIntervalMs: integer('REMINDER_INTERVAL_MS'),
    ballotCloseIntervalMs: integer('BALLOT_CLOSE_INTERVAL_MS'),
    webhooks: {
      timeoutMs: integer('WEBHOOK_TIMEOUT_MS'),
      pollMs: integer('WEBHOOK_POLL_MS'),
      policy: {
        allowHosts: hostList(env.WEBHOOK_ALLOW_HOSTS, problems),
        allowPrivate: oneOf('WEBHOOK_ALLOW_PRIVATE', ['true', 'false'], 'false') === 'true',
      },
    },
    auth: {
      sessionLifetimeMs: integer('SESSION_LIFETIME_MS'),
      sessionIdleMs: integer('SESSION_IDLE_MS'),
      maxFailuresPerAccount: integer('SIGN_IN_MAX_FAILURES_PER_ACCOUNT'),
      maxFailuresPerAddress: integer('SIGN_IN_MAX_FAILURES_PER_ADDRESS'),
      failureWindowMs: integer('SIGN_IN_FAILURE_WINDOW_MS'),
    },
    publicUrl: publicUrl(env.PUBLIC_URL, problems),
    trustProxy: oneOf('TRUST_PROXY', ['true', 'false'], 'false') === 'true',
  };
  if (config.reminderIntervalMs > 0 && config.reminderIntervalMs < 60_000) {
    problems.push(`REMINDER_INTERVAL_MS must be 0 (off) or at least 60000; got ${config.reminderIntervalMs}.`);
  }
  if (config.ballotCloseIntervalMs > 0 && config.ballotCloseIntervalMs < 1_000) {
    problems.push(`BALLOT_CLOSE_INTERVAL_MS must be 0 (off) or at least 1000; got ${config.ballotCloseIntervalMs}.`);
  }
  // Node refuses a headers timeout longer than the request timeout.
  if (config.connections.headersTimeoutMs > config.connections.requestTimeoutMs) {
    problems.push(
      `HEADERS_TIMEOUT_MS must not exceed REQUEST_TIMEOUT_MS; got ${config.connections.headersTimeoutMs} and ` +
        `${config.connections.requestTimeoutMs}.`,
    );
  }
  if (problems.length > 0) throw new ConfigError(problems.join('\n'));
  return config;
}

/** CORS_ORIGINS: comma-separated origins (`https://app.example.org`, `http://localhost:5173`), never "*". */
function origins(text: string | undefined, problems: string[]): string[] {
  if (text === undefined || text.trim() === '') return [];
  const listed = text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
  const bad = listed.filter((item) => {
    try {
      const url = new URL(item);
      return !['http:', 'https:'].includes(url.protocol) || url.origin !== item;
    } catch {
      return true;
    }
  });
  if (bad.length === 0) return listed;
  problems.push(
    `CORS_ORIGINS must list origins such as "https://app.example.org" (scheme, host and port only; no "*"), ` +
      `separated by commas; got ${bad.map((item) => JSON.stringify(item)).join(', ')}.`,
  );
  return [];
}

/** PUBLIC_URL: the origin browsers use, `http(s)://host[:port]`, no path. */
function publicUrl(text: string | undefined, problems: string[]): string | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const trimmed = text.trim().replace(/\/+$/u, '');
  try {
    const url = new URL(trimmed);
    if (['http:', 'https:'].includes(url.protocol) && url.origin === trimmed) return trimmed;
  } catch {
    // reported below
  }
  problems.push(
    `PUBLIC_URL must be an origin such as "https://registry.example.org" (no path); got ${JSON.stringify(text)}.`,
  );
  return undefined;
}

/** WEBHOOK_ALLOW_HOSTS: comma-separated hosts (`127.0.0.1`, `hooks.internal`) allowed to be private. */
function hostList(text: string | undefined, problems: string[]): string[] {
  if (text === undefined || text.trim() === '') return [];
  const listed = text
    .split(',')
    .map((item) =>
      item
        .trim()
        .replace(/^\[(.*)\]$/u, '$1')
        .toLowerCase(),
    )
    .filter((item) => item !== '');
  const bad = listed.filter((item) => !/^[a-z0-9.:-]+$/u.test(item));
  if (bad.length > 0)
    problems.push(
      'WEBHOOK_ALLOW_HOSTS must list host names or addresses separated by commas (no scheme, port or "*"); ' +
        `got ${bad.map((item) => JSON.stringify(item)).join(', ')}.`,
    );
  return bad.length > 0 ? [] : listed;
}

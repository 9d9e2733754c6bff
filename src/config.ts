import { resolve } from 'node:path';
import { DEFAULT_LIMITS, type QueryLimits } from './http/limits.ts';
import { LOG_LEVELS, type LogLevel } from './http/logging.ts';

export interface Config {
  /** SQLite file; created and migrated at start. */
  databaseFile: string;
  port: number;
  host: string;
  /** Serve GraphiQL at the endpoint for browsers. */
  graphiql: boolean;
  /** NODE_ENV=production: field suggestions hidden from error messages. */
  production: boolean;
  logLevel: LogLevel;
  limits: QueryLimits;
  /** How long SIGTERM waits for in-flight requests before cutting the remaining connections. */
  shutdownTimeoutMs: number;
  /** Worker threads that rank searches (db/search-readers.ts); 0 ranks on the server's own thread. */
  searchThreads: number;
  /** Searches that may wait for a search thread; more are refused with 503 BUSY (0: none wait). */
  searchQueue: number;
}

export class ConfigError extends Error {}

type Env = NodeJS.ProcessEnv;

/** Integer variables: name, default, bounds. The README's Configuration table lists the same. */
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
  if (host.trim() === '' || /\s/u.test(host)) problems.push(`HOST must be an address or host name; got ${JSON.stringify(env.HOST)}.`);
  if (env.REGISTRY_DB !== undefined && env.REGISTRY_DB.trim() === '') problems.push('REGISTRY_DB must name a file; got "".');

  const config: Config = {
    databaseFile: resolve(env.REGISTRY_DB || './data/registry.db'),
    port: integer('PORT'),
    host,
    graphiql: oneOf('GRAPHIQL', ['true', 'false'], 'true') === 'true',
    production: env.NODE_ENV === 'production',
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
  };
  if (problems.length > 0) throw new ConfigError(problems.join('\n'));
  return config;
}

import { resolve } from 'node:path';

export interface Config {
  /** SQLite file; created and migrated at start. */
  databaseFile: string;
  port: number;
  host: string;
  /** Serve GraphiQL at the endpoint for browsers. */
  graphiql: boolean;
}

export class ConfigError extends Error {}

/** Reads and validates configuration from the environment; a bad value stops start-up with a clear message. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? '4000');
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be a whole number from 0 to 65535; got ${JSON.stringify(env.PORT)}.`);
  }
  const graphiql = (env.GRAPHIQL ?? 'true').toLowerCase();
  if (graphiql !== 'true' && graphiql !== 'false') {
    throw new ConfigError(`GRAPHIQL must be "true" or "false"; got ${JSON.stringify(env.GRAPHIQL)}.`);
  }
  return {
    databaseFile: resolve(env.REGISTRY_DB ?? './data/registry.db'),
    port,
    host: env.HOST ?? '127.0.0.1',
    graphiql: graphiql === 'true',
  };
}

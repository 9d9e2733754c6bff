import { GraphQLError } from 'graphql';
import { createYoga, maskError as defaultMaskError, type YogaServerInstance } from 'graphql-yoga';
import { createContext, type Clock, type Context } from './context.ts';
import type { Db } from './db/client.ts';
import { DomainError } from './domain/errors.ts';
import { schema } from './graphql/schema.ts';

export const GRAPHQL_PATH = '/graphql';

/** What GraphiQL shows first: the question labs ask most. */
export const EXAMPLE_QUERY = `# Which version of GB/T 31486 applies to a new type approval on 1 January 2025,
# and what does it look like a few months later, once the 2024 edition takes effect?
query WhichVersionApplies {
  standard(designation: "GB/T 31486") {
    designation
    title { en zh }
    before: applicability(on: "2025-01-01") {
      current { designation effective }
      versions { status version { designation } }
    }
    after: applicability(on: "2025-06-01") {
      current { designation effective }
      versions { status version { designation } }
      unknown { designation }
    }
  }
}
`;

export interface AppOptions {
  db: Db;
  /** Source of the current time (tests pass a fixed clock). Default: the system clock. */
  clock?: Clock;
  /** Hide GraphiQL (production deployments that do not want it). Default: shown. */
  graphiql?: boolean;
}

/**
 * Expected failures keep their stable `extensions.code`; anything else is masked by Yoga as
 * "Unexpected error." so no stack trace, SQL or path reaches a client.
 */
function maskError(error: unknown, message: string, isDev?: boolean): Error {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (original instanceof DomainError) {
    return new GraphQLError(original.message, {
      extensions: { code: original.code, ...original.details },
      ...(error instanceof GraphQLError ? { nodes: error.nodes, path: error.path } : {}),
    });
  }
  return defaultMaskError(error, message, isDev);
}

function isExpected(error: unknown): boolean {
  return error instanceof DomainError || (error instanceof GraphQLError && error.originalError instanceof DomainError);
}

/**
 * Yoga's logger, as JSON lines on stderr. Expected failures (coded domain errors) are answers to
 * the client, not faults of the server, so they are not logged as errors.
 */
const logger = {
  debug: () => {},
  info: () => {},
  warn: (...args: unknown[]) => writeLog('warn', args),
  error: (...args: unknown[]) => {
    if (!args.every(isExpected)) writeLog('error', args);
  },
};

function writeLog(level: string, args: unknown[]): void {
  const message = args.map((a) => (a instanceof Error ? `${a.name}: ${a.message}\n${a.stack ?? ''}` : String(a))).join(' ');
  process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), level, message })}\n`);
}

export function createApp(options: AppOptions): YogaServerInstance<Record<string, never>, Context> {
  return createYoga<Record<string, never>, Context>({
    schema,
    graphqlEndpoint: GRAPHQL_PATH,
    context: ({ request }) => createContext({ db: options.db, clock: options.clock }, request),
    maskedErrors: { maskError },
    graphiql: options.graphiql === false ? false : { title: 'Vehicle test standards registry', defaultQuery: EXAMPLE_QUERY },
    landingPage: false,
    logging: logger,
  });
}

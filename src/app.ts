import { PothosValidationError } from '@pothos/core';
import { GraphQLError, Kind } from 'graphql';
import { createYoga, maskError as defaultMaskError, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { createContext, type Clock, type Context } from './context.ts';
import type { ActivityBus } from './domain/activity.ts';
import { createActivityBus } from './graphql/activity-bus.ts';
import { createLiveStreams, type LiveStreams, type StreamLimits } from './graphql/live-streams.ts';
import type { Db } from './db/types.ts';
import { isDatabaseBusy } from './db/locks.ts';
import type { SearchReader } from './db/search-readers.ts';
import { DomainError, type ErrorCode } from './domain/errors.ts';
import { schema } from './graphql/schema.ts';
import { isStorageFailure } from './db/storage-failure.ts';
import {
  createServiceState,
  HEALTH_PATH,
  readinessPlugin,
  storageRecoveryPlugin,
  type ServiceState,
} from './http/health.ts';
import { compiledQueriesPlugins } from './http/compiled-queries.ts';
import type { ConnectionCounts } from './http/connections.ts';
import { corsPolicy, csrfPrevention, varyOnOrigin } from './http/cross-site.ts';
import { feedsPlugin } from './http/feeds/plugin.ts';
import { commentSheetPlugin } from './http/comment-sheet.ts';
import { guardRequestHooks } from './http/guards.ts';
import { DEFAULT_LIMITS, queryLimitPlugins, type QueryLimits } from './http/limits.ts';
import { createJsonLogger, requestLogPlugin, type JsonLogger, type LogSink } from './http/logging.ts';
import { metricsPlugin } from './http/metrics.ts';
import { requestScopePlugin } from './http/request-scope.ts';
import { responseCachePlugins } from './http/response-cache.ts';
import { schemaSdlPlugin } from './http/schema-sdl.ts';
import { webAppPlugin } from './http/web-app.ts';
import { requestAuth, responseCookiesPlugin, type SessionCookieOptions } from './http/session-cookie.ts';
import { DEFAULT_AUTH_SETTINGS, type AuthSettings } from './domain/accounts/auth-settings.ts';
import { createSignInLimiter } from './domain/accounts/sign-in-limits.ts';

export const GRAPHQL_PATH = '/graphql';
/** Header a non-browser client adds to GET requests (any value); see docs/operations.md, "Limits and errors". */
export const CSRF_HEADER = 'x-graphql-yoga-csrf';

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
  /** Serve GraphiQL to browsers at the endpoint. Default: shown, except in production. */
  graphiql?: boolean;
  /** Origins whose pages may call the endpoint with credentials (CORS). Default: none, same-origin only. */
  corsOrigins?: readonly string[];
  /** Live draft activity for subscriptions. Default: a new in-process bus. */
  activity?: ActivityBus;
  /**
   * Open `draftActivity` streams allowed per token and in all; each one missing takes its value from
   * DEFAULT_STREAM_LIMITS.
   */
  streams?: Partial<StreamLimits>;
  /** Query and request-size limits; each one missing takes its value from DEFAULT_LIMITS. */
  limits?: Partial<QueryLimits>;
  /** Production behaviour: field suggestions ("Did you mean …?") hidden. Default: false. */
  production?: boolean;
  /** Structured logger. Default: warnings and errors as JSON lines on stderr. */
  logger?: JsonLogger;
  /** Set `draining` to make `/ready` answer 503 (the server does on SIGTERM). */
  state?: ServiceState;
  /** Also export Node process metrics on /metrics (the server does; tests need not). */
  processMetrics?: boolean;
  /** Further Yoga plugins, after the built-in ones (tests use this to slow an operation down). */
  plugins?: Plugin[];
  /** The server's connection counts, exported on /metrics (the server passes them). */
  connections?: ConnectionCounts;
  /** Where searches rank (the server passes worker threads; see db/search-readers.ts). Default: the calling thread. */
  searchReader?: SearchReader;
  /**
   * Run queries compiled by graphql-jit (src/http/compiled-queries.ts). Default: on; tests turn it off to compare
   * answers.
   */
  compiledQueries?: boolean;
  /**
   * Cache anonymous query results, with ETag/304, until the data changes (src/http/response-cache.ts). Default: off.
   */
  responseCache?: boolean;
  /** Folder of the built web app served at `/` (src/http/web-app.ts); false serves none. Default: web/dist. */
  webAppDir?: string | false;
  /** Sessions, links and sign-in limits; each one missing takes its value from DEFAULT_AUTH_SETTINGS. */
  auth?: Partial<AuthSettings>;
  /** The origin browsers use (PUBLIC_URL): links point there; `https` makes the session cookie Secure. */
  publicUrl?: string;
  /** Behind a reverse proxy: the client's address is the last X-Forwarded-For entry. Default: false. */
  trustProxy?: boolean;
}

/**
 * Expected failures keep their stable `extensions.code`; anything else is masked by Yoga as
 * "Unexpected error." so no stack trace, SQL or path reaches a client. `isDev` is forced off:
 * Yoga would otherwise attach the original error (message and stack) under NODE_ENV=development.
 */
function maskError(error: unknown, message: string, state: ServiceState): Error {
  const raw = error instanceof GraphQLError ? error.originalError : error;
  let original = isDatabaseBusy(raw) ? databaseBusy() : raw;
  if (isStorageFailure(original)) {
    // Disk full or an I/O error: the transaction was rolled back; /ready says so until a write succeeds.
    state.storageFailing = true;
    original = new DomainError('STORAGE_UNAVAILABLE', STORAGE_MESSAGE);
  }
  if (original instanceof DomainError || original instanceof PothosValidationError) {
    // Pothos rejects input it validates itself (e.g. a global ID of the wrong type) this way.
    const extensions =
      original instanceof DomainError
        ? { code: original.code, ...original.details, ...httpOf(original) }
        : { code: 'INVALID_INPUT' };
    return new GraphQLError(original.message, {
      extensions,
      // The error keeps its location and path.
      ...(error instanceof GraphQLError
        ? { nodes: error.nodes, source: error.source, positions: error.positions, path: error.path }
        : {}),
    });
  }
  if (error instanceof GraphQLError && isUncodedRequestError(error)) {
    // The executor refuses variables that do not coerce (`$first: 2147483648`, a number for a
    // String!) before anything runs, without a code; parse and validation errors carry Yoga's.
    // The code is added in place, as Yoga adds its own to validation errors.
    error.extensions.code = 'INVALID_INPUT';
    return error;
  }
  return defaultMaskError(error, message, false);
}

/** Another process (a CLI import) holds the write lock: the write was not made; retry shortly. */
const databaseBusy = () =>
  new DomainError(
    'BUSY',
    'The database is busy with another write (an import); nothing was changed: retry in a moment.',
    { retryAfterSeconds: 1 },
  );

/** The executor's refusal of a variable's value: located at the variable's definition, with no code. */
function isUncodedRequestError(error: GraphQLError): boolean {
  return (
    error.extensions.code === undefined &&
    error.path === undefined &&
    error.nodes?.[0]?.kind === Kind.VARIABLE_DEFINITION
  );
}

/**
 * Codes that fail the whole HTTP request with a status of their own (Yoga reads `extensions.http`);
 * every other code is a field error, answered as GraphQL over HTTP says (200 with `errors`). A
 * `retryAfterSeconds` detail becomes the Retry-After header.
 */
const HTTP_STATUS_OF: Partial<Record<ErrorCode, number>> = {
  BUSY: 503,
  STORAGE_UNAVAILABLE: 503,
  SIGN_IN_RATE_LIMITED: 429,
};

const STORAGE_MESSAGE =
  'The change could not be stored (the database is out of disk space or cannot write); nothing was changed. ' +
  'Retry later.';

function httpOf(error: DomainError): { http?: { status: number; headers: Record<string, string> } } {
  const status = HTTP_STATUS_OF[error.code];
  if (status === undefined) return {};
  const retryAfter = error.details?.retryAfterSeconds;
  return { http: { status, headers: typeof retryAfter === 'number' ? { 'retry-after': String(retryAfter) } : {} } };
}

/** A bad or revoked token refuses the whole request with 401, before anything runs. */
function contextOrUnauthenticated(
  options: AppOptions & { activity: ActivityBus; liveStreams: LiveStreams; cookies: SessionCookieOptions },
  request: Request,
  serverContext: unknown,
): Context {
  try {
    const { db, clock, activity, liveStreams: streams, searchReader } = options;
    const { auth, sessionViewer } = requestAuth(options.cookies, request, serverContext, clock ?? (() => new Date()));
    return createContext({ db, clock, activity, streams, searchReader }, request, auth, sessionViewer);
  } catch (error) {
    if (error instanceof DomainError) {
      throw new GraphQLError(error.message, {
        extensions: {
          code: error.code,
          http: { status: 401, headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' } },
        },
      });
    }
    throw error;
  }
}

const stderrSink: LogSink = (line) => void process.stderr.write(line);

/**
 * The registry's HTTP handler. Plugins, in order: the request scope (request id, operation, viewer,
 * error codes, read by the log and the metrics), CSRF prevention, query limits and input guards,
 * the response cache (when on), `/ready`, `/metrics`, the request log, compiled queries (when on),
 * then any extra plugins; each one's request hook is guarded so a throw is a masked 500.
 * `/health`, the body-size limit (413) and malformed JSON bodies (400) are Yoga's own.
 */
export function createApp(options: AppOptions): YogaServerInstance<Record<string, never>, Context> {
  const limits: QueryLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const logger = options.logger ?? createJsonLogger({ level: 'warn', sink: stderrSink });
  const sqlite = options.db.$client;
  const activity = options.activity ?? createActivityBus();
  const corsOrigins = options.corsOrigins ?? [];
  const state = options.state ?? createServiceState();
  const liveStreams = createLiveStreams({ db: options.db, bus: activity, limits: options.streams });
  const settings: AuthSettings = { ...DEFAULT_AUTH_SETTINGS, ...options.auth };
  const cookies: SessionCookieOptions = {
    db: options.db,
    settings,
    limiter: createSignInLimiter(settings),
    publicUrl: options.publicUrl,
    corsOrigins,
    trustProxy: options.trustProxy ?? false,
  };
  return createYoga<Record<string, never>, Context>({
    schema,
    graphqlEndpoint: GRAPHQL_PATH,
    context: (initial) =>
      contextOrUnauthenticated({ ...options, activity, liveStreams, cookies }, initial.request, initial),
    maskedErrors: { maskError: (error, message) => maskError(error, message, state), isDev: false },
    graphiql:
      (options.graphiql ?? options.production !== true)
        ? { title: 'Vehicle test standards registry', defaultQuery: EXAMPLE_QUERY }
        : false,
    // The page bundled in the installed package (Yoga's default loads GraphiQL from a CDN); imported
    // when first asked for, as it is large.
    renderGraphiQL: async (graphiqlOptions) =>
      (await import('@graphql-yoga/render-graphiql')).renderGraphiQL(graphiqlOptions),
    cors: corsPolicy(corsOrigins, GRAPHQL_PATH),
    landingPage: false,
    healthCheckEndpoint: HEALTH_PATH,
    maxRequestBodySize: limits.bodyBytes,
    logging: logger,
    // Every plugin's request hook is guarded: a throw there would otherwise answer with a stack trace.
    plugins: guardRequestHooks(
      [
        requestScopePlugin(),
        csrfPrevention(CSRF_HEADER),
        responseCookiesPlugin(),
        ...varyOnOrigin(corsOrigins, GRAPHQL_PATH),
        ...queryLimitPlugins(limits, options.production === true),
        // After the limits (a cached answer passed them when it was computed), before the rest.
        ...(options.responseCache ? responseCachePlugins({ sqlite, clock: options.clock }).plugins : []),
        readinessPlugin({ sqlite, state }),
        storageRecoveryPlugin(state),
        // GET /horizon.ics, /horizon.csv, /standards.csv, /export.json
        feedsPlugin({ db: options.db, clock: options.clock }),
        commentSheetPlugin({ db: options.db, clock: options.clock, cookies }),
        // GET /schema.graphql
        schemaSdlPlugin(schema),
        metricsPlugin({
          sqlite,
          graphqlPath: GRAPHQL_PATH,
          processMetrics: options.processMetrics,
          searchReader: options.searchReader,
          connections: options.connections,
        }),
        requestLogPlugin(logger),
        ...(options.compiledQueries === false ? [] : compiledQueriesPlugins()),
        ...(options.plugins ?? []),
        // Last: the app's page answers only what no other route did.
        ...(options.webAppDir === false ? [] : [webAppPlugin({ dir: options.webAppDir })]),
      ],
      logger,
    ),
  });
}

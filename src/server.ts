import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'graphql-yoga';
import { createApp, GRAPHQL_PATH } from './app.ts';
import { ConfigError, readConfig, type Config } from './config.ts';
import { openDatabase, type OpenedDatabase } from './db/client.ts';
import { stopWaitingForLocks } from './db/locks.ts';
import { databaseFileProblem } from './db/open-problems.ts';
import { threadedSearchReader } from './db/search-readers.ts';
import { SAMPLE_FILE, seedIfEmpty } from './domain/interchange/seed.ts';
import { createServiceState } from './http/health.ts';
import { createLimitedServer } from './http/connections.ts';
import { listenOrExplain } from './http/listen.ts';
import { startWebhookSender } from './webhooks/sender.ts';
import { startReminderScheduler } from './reminder-scheduler.ts';
import { startBallotScheduler } from './ballot-scheduler.ts';
import { createActivityBus } from './graphql/activity-bus.ts';
import { createJsonLogger, type JsonLogger } from './http/logging.ts';
import { createNodeHandler } from './http/node-handler.ts';

// The only file that listens. Shutdown order (SIGTERM or SIGINT):
//   1. /ready answers 503 and new connections are refused (server.close);
//   2. in-flight requests finish, for at most SHUTDOWN_TIMEOUT_MS; responses sent meanwhile carry
//      `Connection: close` so keep-alive clients reconnect elsewhere;
//   3. open streams (subscriptions over SSE, which never finish by themselves) and any remaining
//      connections are cut: Yoga's dispose() does not close open streams;
//   4. the search threads stop, the database is closed (checkpointing the WAL), then the process exits 0.

export interface RunningServer {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  url: string;
  /** Runs the shutdown above once; later calls return the same promise. */
  shutdown(reason: string): Promise<void>;
}

export interface ServerOptions {
  logger?: JsonLogger;
  /** Extra Yoga plugins (tests slow an operation down to observe draining). */
  plugins?: Plugin[];
  /** The anonymous response cache (src/http/response-cache.ts). Default: on. */
  responseCache?: boolean;
}

const STREAMING = /^(text\/event-stream|multipart\/mixed)/iu;
const DRAIN_POLL_MS = 25;
/** How long shutdown lets a running search statement finish (one takes tens of milliseconds at most). */
const SEARCH_GRACE_MS = 2_000;

/** Records the Node responses that carry an event stream or a multipart stream. */
function markStreams(streams: WeakSet<ServerResponse>): Plugin {
  return {
    onResponse({ response, serverContext }) {
      // The Node adapter puts the request's `res` in the server context.
      const { res } = serverContext as { res?: ServerResponse };
      if (res && STREAMING.test(response.headers.get('content-type') ?? '')) streams.add(res);
    },
  };
}

export async function startServer(config: Config, options: ServerOptions = {}): Promise<RunningServer> {
  const logger = options.logger ?? createJsonLogger({ level: config.logLevel });
  // Bound first: a port in use or a bad HOST fails before the database is created or written. From
  // here to the request listener below, everything runs synchronously: no request is read before it.
  const { server, counts: connections } = createLimitedServer(config.connections);
  await listenOrExplain(server, config.port, config.host);
  const database = openOrExplain(config.databaseFile, server);
  logger.write('info', 'database ready (migrated)', { file: config.databaseFile });
  if (seedIfEmpty({ db: database.db }))
    logger.write('info', 'new database: loaded the bundled sample standards', { file: SAMPLE_FILE });
  // Start-up may wait for another writer; serving never does: a write finding the lock taken answers 503 BUSY.
  stopWaitingForLocks(database.sqlite);

  // Searches rank on worker threads with read-only connections, so other requests do not wait
  // behind their ranking; past SEARCH_QUEUE waiting searches, more are refused with 503 (db/search-readers.ts).
  const searchReader =
    config.searchThreads > 0
      ? threadedSearchReader({
          file: config.databaseFile,
          threads: config.searchThreads,
          maxQueued: config.searchQueue,
        })
      : undefined;
  const state = createServiceState();
  // Responses that stream (SSE subscriptions): Node keeps their headers out of reach once written,
  // so Yoga reports them as it produces them.
  const streams = new WeakSet<ServerResponse>();
  // One bus for requests and the ballot scheduler, so an automatic closing reaches live streams.
  const activity = createActivityBus();
  const app = createApp({
    db: database.db,
    activity,
    graphiql: config.graphiql,
    corsOrigins: config.corsOrigins,
    limits: config.limits,
    streams: config.streams,
    production: config.production,
    logger,
    state,
    processMetrics: true,
    connections,
    plugins: [markStreams(streams), ...(options.plugins ?? [])],
    responseCache: options.responseCache ?? true,
    searchReader,
    auth: config.auth,
    publicUrl: config.publicUrl,
    trustProxy: config.trustProxy,
  });
  // JSON POSTs reach Yoga with their body already read and parsed (src/http/node-handler.ts).
  const handle = createNodeHandler(app, { path: GRAPHQL_PATH, bodyLimit: config.limits.bodyBytes });

  // Responses not yet finished. A streaming one (SSE) is not waited for: it ends only when cut.
  const open = new Set<ServerResponse>();
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    open.add(response);
    response.on('close', () => open.delete(response));
    if (state.draining) response.setHeader('connection', 'close');
    handle(request, response);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}${GRAPHQL_PATH}`;
  logger.write('info', `serving the registry API${config.graphiql ? ' and GraphiQL' : ''}`, { url });

  // Reminders (deadlines, votes) are written off the request path, on a timer; 0 turns it off.
  const reminders =
    config.reminderIntervalMs > 0
      ? startReminderScheduler({ db: database.db, intervalMs: config.reminderIntervalMs, logger })
      : undefined;

  // Ballots past their closing time are closed (and their rule applied) on a timer; 0 turns it off.
  const ballotCloser =
    config.ballotCloseIntervalMs > 0
      ? startBallotScheduler({ db: database.db, intervalMs: config.ballotCloseIntervalMs, logger, activity })
      : undefined;

  // Webhook deliveries are sent off the request path, on a timer, from the queue in the database.
  const webhooks =
    config.webhooks.pollMs > 0
      ? startWebhookSender({
          sqlite: database.sqlite,
          logger,
          policy: config.webhooks.policy,
          timeoutMs: config.webhooks.timeoutMs,
          pollMs: config.webhooks.pollMs,
        })
      : undefined;

  const inFlight = () => [...open].filter((response) => !streams.has(response)).length;
  let stopping: Promise<void> | undefined;
  const shutdown = (reason: string): Promise<void> => {
    stopping ??= (async () => {
      state.draining = true;
      reminders?.stop();
      ballotCloser?.stop();
      const sending = webhooks?.stop();
      logger.write('info', 'shutting down: draining', { reason, inFlight: inFlight() });
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      const deadline = Date.now() + config.shutdownTimeoutMs;
      while (inFlight() > 0 && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, DRAIN_POLL_MS));
      const cut = open.size;
      server.closeAllConnections();
      await app.dispose();
      await searchReader?.close(SEARCH_GRACE_MS);
      // A delivery in flight ends within WEBHOOK_TIMEOUT_MS; one cut short stays pending and is sent again.
      await sending;
      await closed;
      database.close();
      logger.write('info', 'stopped', { connectionsCut: cut });
    })();
    return stopping;
  };
  return { url, shutdown };
}

/** Starts the server and stops it on SIGTERM or SIGINT; a second signal exits at once. */
export async function runServer(config: Config, options: ServerOptions = {}): Promise<RunningServer> {
  const running = await startServer(config, options);
  let signals = 0;
  const onSignal = (signal: NodeJS.Signals) => {
    signals += 1;
    if (signals > 1) process.exit(1);
    // A bound on the whole shutdown, in case something refuses to close.
    setTimeout(() => process.exit(1), config.shutdownTimeoutMs + 5_000).unref();
    running.shutdown(signal).then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`shutdown failed: ${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  return running;
}

/** Opens (creating and migrating) the database; a file that cannot serve is a ConfigError naming it. */
function openOrExplain(file: string, server: Server): OpenedDatabase {
  try {
    return openDatabase({ file });
  } catch (error) {
    server.close();
    const problem = databaseFileProblem(file, error);
    throw problem === undefined ? error : new ConfigError(problem);
  }
}

/** A bad value or a start-up failure it causes: one line naming it, exit code 2, no stack trace. */
function exitOnConfigError(error: unknown): never {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`configuration error:\n${error.message}\n`);
  process.exit(2);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await (async () => runServer(readConfig()))().catch(exitOnConfigError);
}

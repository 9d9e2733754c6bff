import type { Plugin } from 'graphql-yoga';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { SqliteHandle } from '../db/client.ts';
import type { SearchReader } from '../db/search-readers.ts';
import { databaseSize } from '../db/status.ts';
import type { ConnectionCounts } from './connections.ts';
import { currentRequest, elapsedMs, type RequestFacts } from './request-scope.ts';

export const METRICS_PATH = '/metrics';

// Operation names come from callers: past this many distinct names, new ones are counted as
// `other`, so a client inventing names cannot grow the metrics without bound.
const MAX_OPERATION_LABELS = 200;
const KNOWN_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

export interface MetricsOptions {
  sqlite: SqliteHandle;
  graphqlPath: string;
  /** Also export Node's process metrics (CPU, memory, event-loop lag): the server does, tests do not. */
  processMetrics?: boolean;
  /** The search threads (the server's), whose threads and statements are exported. */
  searchReader?: SearchReader;
  /** The server's connections (open, refused past a cap), exported. */
  connections?: ConnectionCounts;
}

/**
 * Prometheus metrics on `GET /metrics` (prom-client, one registry per app so tests do not share
 * counters): request rate and errors by route and status, latency by GraphQL operation, GraphQL
 * errors by code, the size of the database files read at scrape time, and the search threads
 * (a growing queue means searches arrive faster than the threads rank them).
 */
export function metricsPlugin({
  sqlite,
  graphqlPath,
  processMetrics = false,
  searchReader,
  connections,
}: MetricsOptions): Plugin {
  const registry = new Registry();
  if (processMetrics) collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: 'registry_http_requests_total',
    help: 'HTTP requests answered, by route, method and status.',
    labelNames: ['route', 'method', 'status'],
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'registry_http_request_duration_seconds',
    help: 'Time to answer a request (until the response starts), by route and GraphQL operation.',
    labelNames: ['route', 'operation', 'type'],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'registry_graphql_errors_total',
    help: 'Errors in GraphQL responses, by operation and extensions.code (INTERNAL_SERVER_ERROR: unexpected, masked).',
    labelNames: ['operation', 'code'],
    registers: [registry],
  });
  new Gauge({
    name: 'registry_database_size_bytes',
    help: 'Size of the SQLite database: the main file (pages in use) and the write-ahead log.',
    labelNames: ['file'],
    registers: [registry],
    collect() {
      const size = databaseSize(sqlite);
      this.set({ file: 'main' }, size.mainBytes);
      this.set({ file: 'wal' }, size.walBytes);
    },
  });

  if (searchReader) {
    new Gauge({
      name: 'registry_search_threads',
      help: 'Search threads running (they start at the first search; at most SEARCH_THREADS).',
      registers: [registry],
      collect() {
        this.set(searchReader.stats().threads);
      },
    });
    new Gauge({
      name: 'registry_search_statements',
      help: 'Search ranking statements on the search threads: running, or queued for a free thread.',
      labelNames: ['state'],
      registers: [registry],
      collect() {
        const { running, queued } = searchReader.stats();
        this.set({ state: 'running' }, running);
        this.set({ state: 'queued' }, queued);
      },
    });
    let refusedReported = 0;
    new Counter({
      name: 'registry_search_refused_total',
      help: 'Searches refused with 503 because SEARCH_QUEUE searches were already waiting for a thread.',
      registers: [registry],
      collect() {
        const { refused } = searchReader.stats();
        this.inc(refused - refusedReported);
        refusedReported = refused;
      },
    });
  }

  if (connections) connectionMetrics(registry, connections);

  const seenOperations = new Set<string>();
  const operationLabel = (facts: RequestFacts): string => {
    const name = facts.operation ?? 'none';
    if (seenOperations.has(name)) return name;
    if (seenOperations.size >= MAX_OPERATION_LABELS) return 'other';
    seenOperations.add(name);
    return name;
  };
  const methodOf = (method: string): string => (KNOWN_METHODS.has(method) ? method : 'other');
  const routeOf = (path: string): string =>
    path === graphqlPath
      ? 'graphql'
      : path === '/health' || path === '/ready' || path === METRICS_PATH
        ? path.slice(1)
        : 'other';

  return {
    onRequest({ url, request, endResponse, fetchAPI }) {
      // The cheap string test first: parsing the URL of every request is not free.
      if (!request.url.includes(METRICS_PATH) || url.pathname !== METRICS_PATH) return undefined;
      if (request.method !== 'GET')
        return endResponse(new fetchAPI.Response(null, { status: 405, headers: { allow: 'GET' } }));
      return registry
        .metrics()
        .then((text) =>
          endResponse(new fetchAPI.Response(text, { headers: { 'content-type': registry.contentType } })),
        );
    },
    onResponse({ response }) {
      const facts = currentRequest();
      if (!facts) return;
      const route = routeOf(facts.path);
      requests.inc({ route, method: methodOf(facts.method), status: String(response.status) });
      const operation = route === 'graphql' ? operationLabel(facts) : '';
      duration.observe({ route, operation, type: facts.operationType ?? '' }, elapsedMs(facts) / 1000);
      for (const code of facts.errorCodes) errors.inc({ operation, code });
    },
  };
}

/** Open connections, and those refused past MAX_CONNECTIONS or MAX_CONNECTIONS_PER_ADDRESS. */
function connectionMetrics(registry: Registry, connections: ConnectionCounts): void {
  new Gauge({
    name: 'registry_connections_open',
    help: 'HTTP connections open now.',
    registers: [registry],
    collect() {
      this.set(connections.open);
    },
  });
  const reported = { max: 0, perAddress: 0 };
  new Counter({
    name: 'registry_connections_refused_total',
    help:
      'Connections closed as soon as accepted: MAX_CONNECTIONS were open (reason "max"), or ' +
      'MAX_CONNECTIONS_PER_ADDRESS from their address ("per_address").',
    labelNames: ['reason'],
    registers: [registry],
    collect() {
      this.inc({ reason: 'max' }, connections.refusedTotal - reported.max);
      this.inc({ reason: 'per_address' }, connections.refusedPerAddress - reported.perAddress);
      reported.max = connections.refusedTotal;
      reported.perAddress = connections.refusedPerAddress;
    },
  });
}

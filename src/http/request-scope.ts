import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { getOperationAST, GraphQLError, Kind, type DocumentNode } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';

/**
 * What one request was, gathered as Yoga handles it and read by the request log and the metrics
 * when the response is ready. Holds nothing a caller sent verbatim except a sanitized operation
 * name: never headers, variables or the query text (they may carry tokens or passwords).
 */
export interface RequestFacts {
  requestId: string;
  startedAt: bigint;
  method: string;
  /** Path without the query string (GET requests carry variables there). */
  path: string;
  /** GraphQL operation name; `anonymous` for an unnamed one; absent when no operation was read. */
  operation?: string;
  operationType?: 'query' | 'mutation' | 'subscription';
  /** Id of the authenticated caller, null when anonymous, absent when no context was built (refused earlier). */
  viewer?: string | null;
  /** `extensions.code` of each error in the result (`UNCODED` when there is none). */
  errorCodes: string[];
  /** A statement of this request read a table outside the public catalogue (catalogue/tables.ts). */
  readBeyondCatalogue?: boolean;
}

const scope = new AsyncLocalStorage<RequestFacts>();

/** The facts of the request being handled, if any (log lines outside a request have none). */
export function currentRequest(): RequestFacts | undefined {
  return scope.getStore();
}

export const REQUEST_ID_HEADER = 'x-request-id';
// A caller (or a proxy) may supply its own id to correlate logs; anything unusual is replaced so a
// header cannot inject text into the logs.
const SAFE_REQUEST_ID = /^[\w.:-]{1,100}$/u;
const OPERATION_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/u;

/**
 * Opens the per-request scope (an AsyncLocalStorage run around Yoga's handling, so log lines
 * written anywhere during the request carry its id) and records operation, viewer and errors.
 */
export function requestScopePlugin(): Plugin {
  return {
    instrumentation: {
      request({ request }, wrapped) {
        const given = request.headers.get(REQUEST_ID_HEADER);
        const facts: RequestFacts = {
          requestId: given !== null && SAFE_REQUEST_ID.test(given) ? given : randomUUID(),
          startedAt: process.hrtime.bigint(),
          method: request.method,
          path: pathOf(request.url),
          errorCodes: [],
        };
        return scope.run(facts, wrapped);
      },
    },
    onParams({ params }) {
      const facts = currentRequest();
      if (facts && typeof params.operationName === 'string') {
        facts.operation = OPERATION_NAME.test(params.operationName) ? params.operationName : 'invalid';
      }
    },
    // From the parsed document, so a request refused by validation is still named in logs and metrics.
    onParse() {
      return ({ result }) => {
        const facts = currentRequest();
        if (
          !facts ||
          !(typeof result === 'object' && result !== null && 'kind' in result && result.kind === Kind.DOCUMENT)
        )
          return;
        const operation = getOperationAST(result as DocumentNode, facts.operation ?? null);
        if (!operation) return;
        facts.operation = operation.name?.value ?? 'anonymous';
        facts.operationType = operation.operation;
      };
    },
    onContextBuilding() {
      return ({ context }) => {
        const facts = currentRequest();
        if (facts) facts.viewer = viewerId(context);
      };
    },
    onResultProcess({ result }) {
      const facts = currentRequest();
      if (!facts || isAsyncIterable(result)) return;
      for (const one of Array.isArray(result) ? result : [result]) {
        for (const error of one.errors ?? []) facts.errorCodes.push(errorCode(error));
      }
    },
    onResponse({ response }) {
      const facts = currentRequest();
      try {
        if (facts) response.headers.set(REQUEST_ID_HEADER, facts.requestId);
      } catch {
        // a response with immutable headers goes out without the id; the log line still has it
      }
    },
  };
}

/**
 * The viewer belongs to the accounts work; read it without assuming more than an id (`personId`,
 * or `id`) so a change of its shape cannot break logging: anything else is logged as anonymous.
 */
function viewerId(context: unknown): string | null {
  const viewer = (context as { viewer?: { personId?: unknown; id?: unknown } | null } | undefined)?.viewer;
  const id = viewer?.personId ?? viewer?.id;
  return typeof id === 'string' || typeof id === 'number' || typeof id === 'bigint' ? String(id) : null;
}

function errorCode(error: unknown): string {
  const code =
    error instanceof GraphQLError || (typeof error === 'object' && error !== null && 'extensions' in error)
      ? (error as { extensions?: { code?: unknown } }).extensions?.code
      : undefined;
  return typeof code === 'string' && /^[A-Z_]{1,40}$/u.test(code) ? code : 'UNCODED';
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname.slice(0, 200);
  } catch {
    return '/';
  }
}

/** Milliseconds since the request started. */
export function elapsedMs(facts: RequestFacts): number {
  return Number(process.hrtime.bigint() - facts.startedAt) / 1e6;
}

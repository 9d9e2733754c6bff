import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { IncomingMessage } from 'node:http';
import type { ExecutionResult } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import type { Clock } from '../context.ts';
import type { SqliteHandle } from '../db/client.ts';
import { generationReader } from '../db/data-generation.ts';
import { todayUtc } from '../domain/dates.ts';
import { PARSED_BODY, type ParsedBodyRequest } from './node-handler.ts';
import { currentRequest } from './request-scope.ts';
import { carriesSessionCookie } from './session-cookie.ts';
import { readsOnlyPublicTables } from '../catalogue/tables.ts';
import { observeStatements } from '../db/statement-observers.ts';

// The response cache for anonymous reads (docs/architecture.md says why it is hand-written).
//
// Invariant: an answer is served from the cache only while the data it was computed from is
// unchanged. Every key starts with a token: the data generation (a counter the database raises in
// the same transaction as any change to publicly readable data, whoever writes — this process, the
// CLI in another process, a publication; see db/data-generation.ts) and the UTC day (answers that
// default to "today" change at midnight). The token is read again on every lookup and store: an
// entry whose token is not the current one is never returned, and a result computed while the
// token moved is not stored. The ETag is the key, and If-None-Match earns a 304 only when it names
// the key of this very request and that answer is still current.
//
// Only anonymous query operations use it: a request with an Authorization header or a session
// cookie is never answered from, nor stored in, the cache (what a signed-in caller sees may depend
// on who they are); results with errors, mutations and subscriptions are never stored. Cacheable
// answers say `Cache-Control: no-cache` (a browser or proxy may keep them but must revalidate with
// the ETag) and `Vary: Accept, Authorization, Cookie`.
//
// Written on Yoga's hooks rather than on @graphql-yoga/plugin-response-cache, which this project
// used before: its 304 answered any request whose If-None-Match named some current entry
// (another query, a mutation, /metrics), it stored mutation results once its entity tracking
// (replaced here by the data generation) was off, and its executor, which rewrites every document
// to add `__typename` fields and then copies every result to strip them, is bypassed by compiled
// queries (printing a warning on every miss).
//
// Paths: a JSON POST whose body the server already parsed (http/node-handler.ts) is answered on a
// hit in Yoga's first request hook with the stored response text, before Yoga parses the request;
// every other request (GET, and every request in tests that call `app.fetch`) is looked up once
// Yoga has its parameters (`onParams`). Both give the same status, headers and body
// (test/cache.fastpath.test.ts); the response hooks (request id, metrics, log line) run for both.

// Only tables the read model declares raise the generation: a request that read any other table is
// marked, and its answer is not stored.
observeStatements((sql) => {
  if (readsOnlyPublicTables(sql)) return;
  const facts = currentRequest();
  if (facts) facts.readBeyondCatalogue = true;
});

export interface ResponseCacheOptions {
  sqlite: SqliteHandle;
  /** Source of "today" for the day in the token (tests pass a fixed clock). */
  clock?: Clock;
  /** Entries kept, least recently used dropped first. Default 1000. */
  maxEntries?: number;
  /**
   * Characters of response text kept in all, least recently used dropped first: the bound on the
   * cache's memory whatever the answers' sizes (each entry also holds the result the text was
   * made from, about as large again). Default 16 Mi (16,777,216).
   */
  maxCharacters?: number;
}

type Result = ExecutionResult & { extensions?: { http?: { headers?: Record<string, string> } } };

/** A stored answer: the result for the plugin, and what the hit path sends. */
interface Entry {
  result: Result;
  /** The response body Yoga would write (the result without its `http` extension). */
  body: string;
  headers: Record<string, string>;
  /** The operation as the request scope recorded it when the answer was computed (logs, metrics). */
  operation?: string;
  operationType?: 'query' | 'mutation' | 'subscription';
}

function entryOf(result: Result): Entry {
  const { http, ...extensions } = result.extensions ?? {};
  const facts = currentRequest();
  return {
    result,
    body: JSON.stringify({ ...result, extensions: Object.keys(extensions).length > 0 ? extensions : undefined }),
    headers: { ...http?.headers },
    operation: facts?.operation,
    operationType: facts?.operationType,
  };
}

/**
 * The token, read at most once per synchronous stretch of work (each read of the file costs a WAL
 * read transaction, a few microseconds). Sound because a stretch handles one hook of one request,
 * and every microtask checkpoint drops the memo: a key or lookup may use a token read microseconds
 * earlier, never one read before a write this process made in another request. A key built just
 * before a write names the older token, so what is stored under it is never served again.
 */
function tokenSource(generation: () => number, clock: Clock): () => string {
  let memo: string | undefined;
  return () => {
    if (memo === undefined) {
      memo = `${generation()}-${todayUtc(clock()).replaceAll('-', '')}`;
      queueMicrotask(() => (memo = undefined));
    }
    return memo;
  };
}

/** A least-recently-used cache whose entries all belong to one token; a new token empties it. */
function generationCache(currentToken: () => string, bounds: { maxEntries: number; maxCharacters: number }) {
  const entries = new LRUCache<string, Entry>({
    max: bounds.maxEntries,
    maxSize: bounds.maxCharacters,
    sizeCalculation: (entry) => Math.max(1, entry.body.length),
  });
  let token = '';
  const isCurrent = (key: string) => {
    const now = currentToken();
    if (now !== token) {
      entries.clear();
      token = now;
    }
    return key.startsWith(`"${now}-`);
  };
  const lookup = (key: string): Entry | undefined => (isCurrent(key) ? entries.get(key) : undefined);
  const store = (key: string, result: Result) => {
    if (!isCurrent(key)) return; // computed under an older token: the data moved meanwhile
    entries.set(key, entryOf(result)); // lru-cache refuses an entry larger than the whole bound
  };
  return { lookup, store, size: () => ({ entries: entries.size, characters: entries.calculatedSize }) };
}

/** The headers of every cacheable answer and of its 304s. */
function validatorHeaders(etag: string): Record<string, string> {
  // The same answer is written as application/json or application/graphql-response+json by Accept.
  return { ETag: etag, 'Cache-Control': 'no-cache', Vary: 'Accept, Authorization, Cookie' };
}

/** Whether an If-None-Match header names this ETag: weak comparison over its list (RFC 9110 §13.1.2). */
function namesEtag(ifNoneMatch: string | null, etag: string): boolean {
  return ifNoneMatch?.split(',').some((tag) => tag.trim().replace(/^W\//u, '') === etag) ?? false;
}

/** Which of Yoga's regular media types answers this Accept header (Yoga's own rule); null: another processor. */
function regularMediaType(accept: string | null): string | null {
  const asked = (accept || '*/*')
    .replace(/\s/gu, '')
    .toLowerCase()
    .split(',')
    .flatMap((part) => {
      const [type, ...params] = part.split(';');
      return type !== undefined && (params.find((p) => p.includes('charset=')) ?? 'charset=utf-8') === 'charset=utf-8'
        ? [type]
        : [];
    });
  let chosen: string | null = null;
  for (const type of asked.reverse()) {
    const [pre, suf] = type.split('/');
    for (const candidate of ['application/graphql-response+json', 'application/json']) {
      const [cPre, cSuf] = candidate.split('/');
      if ((pre === '*' || pre === cPre) && (suf === '*' || suf === cSuf)) chosen = candidate;
    }
  }
  return chosen;
}

/** The cache's Yoga plugin (and, for tests, the hits served before Yoga parsed the request, and what it holds). */
export function responseCachePlugins(options: ResponseCacheOptions): {
  plugins: Plugin[];
  earlyHits: () => number;
  size: () => { entries: number; characters: number };
} {
  const generation = generationReader(options.sqlite);
  const usable = generation() >= 0; // false on a database that predates the counter: never cache
  const currentToken = tokenSource(generation, options.clock ?? (() => new Date()));
  const { lookup, store, size } = generationCache(currentToken, {
    maxEntries: options.maxEntries ?? 1000,
    maxCharacters: options.maxCharacters ?? 16 * 1024 * 1024,
  });
  // A strong ETag: quoted, the token first, then a hash of what was asked. Variables too deep to
  // serialise (hostile input) give no key: such a request is never cached.
  const keyOf = (query: string, variables: unknown, operationName: string | null | undefined): string | null => {
    let asked: string;
    try {
      asked = `${operationName ?? ''}\u0000${query}\u0000${JSON.stringify(variables ?? {})}`;
    } catch {
      return null;
    }
    return `"${currentToken()}-${createHash('sha256').update(asked).digest('base64url')}"`;
  };
  const anonymous = (request: Request) =>
    usable && !request.headers.has('authorization') && !carriesSessionCookie(request);
  /** The key of each request looked up in `onParams`, and whether it was a hit. */
  const asked = new WeakMap<Request, { key: string; hit: boolean }>();
  const notModified = new WeakSet<Request>();
  let earlyHits = 0;

  const servedFrom = (entry: Entry) => {
    const facts = currentRequest();
    if (facts) Object.assign(facts, { operation: entry.operation, operationType: entry.operationType });
  };

  const plugin: Plugin = {
    onRequest({ request, serverContext, endResponse, fetchAPI }) {
      // Only the node handler parses bodies, and only of JSON POSTs to the GraphQL endpoint.
      const body = (serverContext as { req?: IncomingMessage } | undefined)?.req as ParsedBodyRequest | undefined;
      const params = body?.[PARSED_BODY];
      if (!params || request.method !== 'POST' || !anonymous(request) || request.headers.has('if-none-match')) return;
      const { query, variables, operationName, extensions } = params;
      if (typeof query !== 'string' || extensions !== undefined) return;
      if (!(variables == null || (typeof variables === 'object' && !Array.isArray(variables)))) return;
      if (!(operationName == null || typeof operationName === 'string')) return;
      const mediaType = regularMediaType(request.headers.get('accept'));
      const key = keyOf(query, variables, operationName);
      const entry = mediaType === null || key === null ? undefined : lookup(key);
      if (!entry) return;
      servedFrom(entry);
      earlyHits += 1;
      endResponse(
        new fetchAPI.Response(entry.body, {
          status: 200,
          headers: { 'Content-Type': `${mediaType}; charset=utf-8`, ...entry.headers },
        }),
      );
    },
    onParams({ request, params, setResult }) {
      if (!anonymous(request) || typeof params.query !== 'string' || params.extensions != null) return;
      const key = keyOf(params.query, params.variables, params.operationName);
      if (key === null) return;
      const entry = lookup(key);
      asked.set(request, { key, hit: entry !== undefined });
      if (!entry) return;
      servedFrom(entry);
      setResult(entry.result);
      if (namesEtag(request.headers.get('if-none-match'), key)) notModified.add(request);
    },
    onExecutionResult({ request, result, setResult }) {
      const lookedUp = asked.get(request);
      if (
        !lookedUp ||
        lookedUp.hit ||
        result === undefined ||
        isAsyncIterable(result) ||
        (result.errors?.length ?? 0) > 0
      )
        return;
      // Set from the parsed document by the request scope; unknown (no scope) counts as not a query.
      if (currentRequest()?.operationType !== 'query') return;
      // Read a table that does not raise the generation (committee work): never served again.
      if (currentRequest()?.readBeyondCatalogue) return;
      const http = (result as Result).extensions?.http;
      const cacheable: Result = {
        ...result,
        extensions: {
          ...result.extensions,
          http: { ...http, headers: { ...http?.headers, ...validatorHeaders(lookedUp.key) } },
        },
      };
      setResult(cacheable);
      store(lookedUp.key, cacheable);
    },
    onResultProcess({ request, resultProcessor, setResultProcessor }) {
      // A hit whose ETag the client named: the processor Yoga chose for its Accept header is replaced
      // (when there is none, the request stays the 406 it was).
      if (!notModified.has(request) || resultProcessor === undefined) return;
      const headers = validatorHeaders(asked.get(request)!.key);
      setResultProcessor((_result, fetchAPI) => new fetchAPI.Response(null, { status: 304, headers }), '*/*');
    },
  };
  return { plugins: [plugin], earlyHits: () => earlyHits, size };
}

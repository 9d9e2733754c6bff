import type { Db } from './db/types.ts';
import { resolveViewer, type Viewer } from './domain/accounts/viewer.ts';
import type { ActivityBus } from './domain/activity.ts';
import { type Clock, type DomainContext, RequestMemo } from './domain/context.ts';
import { detachedAuth, type RequestAuth } from './domain/accounts/request-auth.ts';
import { inThreadSearchReader, type SearchReader } from './db/search-readers.ts';
import { createLiveStreams, type LiveStreams } from './graphql/live-streams.ts';

export type { Clock } from './domain/context.ts';

/**
 * Per-request context: the domain's (db, clock, viewer from `Authorization: Bearer <token>` or the
 * session cookie, activity) and the request's own. The database reaches every resolver and domain verb through it,
 * never through a module-level import, so each test can hand in its own fresh database.
 */
export interface Context extends DomainContext {
  /** Signing in: settings, failure counts, the client's address, the response's session cookie. */
  auth: RequestAuth;
  /** The app's open `draftActivity` streams, capped per token and in all. */
  streams: LiveStreams;
  /** The HTTP request being answered. */
  request: Request;
  /** Per-request memo (loaders, version graphs); dropped with the request. */
  memo: RequestMemo;
  /** Where the search's ranking statement runs (worker threads in the server; see db/search-readers.ts). */
  searchReader: SearchReader;
}

export interface AppDependencies {
  db: Db;
  clock?: Clock;
  activity: ActivityBus;
  /** Default: a registry of its own, with the default limits (the app passes the one it keeps). */
  streams?: LiveStreams;
  /** Default: reads on the calling thread through `db`. */
  searchReader?: SearchReader;
}

/**
 * Throws DomainError UNAUTHENTICATED when the request carries a bad or revoked token. Without a token,
 * `sessionViewer` (the HTTP edge reads the session cookie) decides who calls.
 */
export function createContext(
  deps: AppDependencies,
  request: Request,
  auth: RequestAuth = detachedAuth(),
  sessionViewer: (now: Date) => Viewer | null = () => null,
): Context {
  const now = deps.clock ?? (() => new Date());
  const authorization = request.headers.get('authorization');
  const viewer =
    authorization === null || authorization.trim() === ''
      ? sessionViewer(now())
      : resolveViewer(deps.db, authorization, now());
  const searchReader = deps.searchReader ?? inThreadSearchReader(deps.db);
  const streams = deps.streams ?? createLiveStreams({ db: deps.db, bus: deps.activity });
  return {
    db: deps.db,
    now,
    viewer,
    auth,
    activity: deps.activity,
    streams,
    request,
    memo: new RequestMemo(),
    searchReader,
  };
}

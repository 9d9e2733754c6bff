import type { Db } from './db/types.ts';
import { resolveViewer } from './domain/accounts/viewer.ts';
import type { ActivityBus } from './domain/activity.ts';
import { type Clock, type DomainContext, RequestMemo } from './domain/context.ts';
import { inThreadSearchReader, type SearchReader } from './db/search-readers.ts';
import { createLiveStreams, type LiveStreams } from './graphql/live-streams.ts';

export type { Clock } from './domain/context.ts';

/**
 * Per-request context: the domain's (db, clock, viewer from `Authorization: Bearer <token>`,
 * activity) and the request's own. The database reaches every resolver and domain verb through it,
 * never through a module-level import, so each test can hand in its own fresh database.
 */
export interface Context extends DomainContext {
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

/** Throws DomainError UNAUTHENTICATED when the request carries a bad or revoked token. */
export function createContext(deps: AppDependencies, request: Request): Context {
  const now = deps.clock ?? (() => new Date());
  const viewer = resolveViewer(deps.db, request.headers.get('authorization'), now());
  const searchReader = deps.searchReader ?? inThreadSearchReader(deps.db);
  const streams = deps.streams ?? createLiveStreams({ db: deps.db, bus: deps.activity });
  return { db: deps.db, now, viewer, activity: deps.activity, streams, request, memo: new RequestMemo(), searchReader };
}

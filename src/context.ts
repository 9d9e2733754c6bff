import type { Db } from './db/client.ts';

/** Where "now" comes from: the system clock in production, a fixed one in tests. */
export type Clock = () => Date;

/**
 * Per-request context. The database reaches every resolver and domain verb through it, never
 * through a module-level import, so each test can hand in its own fresh database.
 */
export interface Context {
  db: Db;
  now: Clock;
  /** The HTTP request being answered (headers carry the credentials). */
  request: Request;
  /** Per-request memo (loaders, version graphs); dropped with the request. */
  memo: Map<string, unknown>;
}

export interface AppDependencies {
  db: Db;
  clock?: Clock;
}

export function createContext(deps: AppDependencies, request: Request): Context {
  return { db: deps.db, now: deps.clock ?? (() => new Date()), request, memo: new Map() };
}

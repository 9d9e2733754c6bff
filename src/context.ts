import type { Db } from './db/client.ts';

/**
 * Per-request context. The database reaches every resolver and domain verb through it, never
 * through a module-level import, so each test can hand in its own fresh database.
 */
export interface Context {
  db: Db;
  /** Memoised per request: the applicability analyses computed so far, keyed by standard id. */
  memo: Map<string, unknown>;
}

export interface AppDependencies {
  db: Db;
}

export function createContext(deps: AppDependencies): Context {
  return { db: deps.db, memo: new Map() };
}

import type { SearchReader } from '../db/search-readers.ts';
import type { Db } from '../db/types.ts';
import type { Viewer } from './accounts/viewer.ts';
import type { ActivityBus } from './activity.ts';

// What the domain needs of a request, and nothing more: verbs take a `DomainContext`, reads the
// part they use. The request context (src/context.ts) has all of these, so the GraphQL layer
// hands its own; the CLI, the scheduler and tests build only this.

/** Where "now" comes from: the system clock in production, a fixed one in tests. */
export type Clock = () => Date;

/** What a verb needs: the database, the clock, the caller, and where to tell live subscribers. */
export interface DomainContext {
  db: Db;
  now: Clock;
  /** The signed-in person, or null for anonymous. */
  viewer: Viewer | null;
  /** Live draft activity (comments, votes, stage moves) for subscriptions. */
  activity: ActivityBus;
}

/** A per-request memo entry's name, with the type of what it holds. */
export type MemoKey<T> = string & { readonly memoOf?: T };
export const memoKey = <T>(name: string): MemoKey<T> => name as MemoKey<T>;

/**
 * The per-request memo (loaders, version graphs, draft abilities), dropped with the request and
 * by every mutation (graphql/fresh-memo-plugin.ts). `use` reads an entry by its typed key.
 */
export class RequestMemo extends Map<string, unknown> {
  /** The value under `key`, made by `create` on its first use in this request. */
  use<T>(key: MemoKey<T>, create: () => T): T {
    if (this.has(key)) return this.get(key) as T;
    const value = create();
    this.set(key, value);
    return value;
  }
}

/** What a read that memoises per request needs (applicability: the version graphs). */
export interface ReadContext {
  db: Db;
  memo: RequestMemo;
}

/** What a search needs: the database and where ranking statements run. */
export interface SearchContext {
  db: Db;
  searchReader: SearchReader;
}

import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { Logger } from 'drizzle-orm/logger';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { relations } from './relations.ts';
import { migrateSafely } from './migrate.ts';
import { registerFilterFunctions } from './filters.ts';
import { registerPermitFunctions } from './rules.ts';
import { registerSearchFunctions } from './search-index.ts';
import { withStatementCache } from './statement-cache.ts';
import { statementRan } from './statement-observers.ts';
import { LOCK_WAIT_MS } from './locks.ts';
import type { Db } from './types.ts';

export type SqliteHandle = Database.Database;

export function drizzleFor(sqlite: SqliteHandle, logger?: Logger) {
  // The search index's sync needs its SQL function on every connection that writes; filters theirs.
  registerSearchFunctions(sqlite);
  registerFilterFunctions(sqlite);
  // The write permit the guards of published versions ask for (db/rules.ts).
  registerPermitFunctions(sqlite);
  // Statements are prepared once per distinct SQL text and reused (db/statement-cache.ts).
  // Every statement is also shown to the statement observers (./statement-observers.ts).
  const observed: Logger = {
    logQuery: (query, params) => {
      logger?.logQuery(query, params);
      statementRan(query);
    },
  };
  return drizzle({ client: withStatementCache(sqlite), relations, logger: observed });
}

/** The handle types live in db/types.ts; re-exported for callers that open the database. */
export type { Db } from './types.ts';

export interface OpenDatabaseOptions {
  /** A file path, or `:memory:` for a private database (tests). */
  file: string;
  /** With `:memory:`: start from this copy of a database (`sqlite.serialize()`), e.g. a migrated template. */
  image?: Buffer;
  /** Receives every SQL statement Drizzle runs: tests count them. */
  logger?: Logger;
  /** Apply pending migrations before returning (default true). */
  migrate?: boolean;
}

export interface OpenedDatabase {
  sqlite: SqliteHandle;
  db: Db;
  close(): void;
}

/**
 * Opens the registry database with the pragmas every connection needs (SQLite-only settings live
 * here and in migrate.ts, nowhere else):
 * - WAL, so readers never wait for the writer and never see half a transaction;
 * - synchronous=FULL: an acknowledged import must survive a power loss (WAL's default, NORMAL,
 *   may roll back the last commits); writes are rare next to reads, so the cost is small;
 * - busy_timeout, so a second writer (the CLI while the server runs) waits instead of failing;
 *   the server drops it once started (`stopWaitingForLocks`);
 * - temp_store=MEMORY: a statement that fires triggers (every insert into a public table: the
 *   search queue, the data generation) opens a statement journal, a temporary file by default;
 *   in memory, imports are much faster (docs/performance.md). Temporary sort trees
 *   stay in memory too; this registry's sorts are a page or a search's top rows.
 * - foreign_keys ON, but only after migrations ran with them OFF (see migrate.ts).
 */
export function openDatabase(options: OpenDatabaseOptions): OpenedDatabase {
  if (options.image !== undefined && options.file !== ':memory:')
    throw new Error('openDatabase: an image opens only as :memory:');
  if (options.file !== ':memory:') mkdirSync(dirname(options.file), { recursive: true });
  const sqlite = new Database(options.image ?? options.file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma(`busy_timeout = ${LOCK_WAIT_MS}`);
  sqlite.pragma('temp_store = MEMORY');
  if (options.migrate !== false) migrateSafely(sqlite);
  sqlite.pragma('foreign_keys = ON');
  const db = drizzleFor(sqlite, options.logger);
  return { sqlite, db, close: () => sqlite.close() };
}

import type Database from 'better-sqlite3';

// Waiting for SQLite's write lock. Another process (the CLI) may hold it for a whole import; WAL
// lets reads go on meanwhile, and only writes wait.

/** How long a connection waits for another's write lock: start-up and the CLI. The serving server does not wait. */
export const LOCK_WAIT_MS = 5_000;

/**
 * For the server's connection once it serves: a write that finds another process holding the
 * write lock (a CLI import) fails at once with SQLITE_BUSY instead of stalling the event loop for
 * the busy timeout; the caller answers BUSY (503). Readers never need the lock (WAL).
 */
export function stopWaitingForLocks(sqlite: Database.Database): void {
  sqlite.pragma('busy_timeout = 0');
}

/** Whether an error (or its cause, e.g. under Drizzle's DrizzleQueryError) is SQLite's SQLITE_BUSY. */
export function isDatabaseBusy(error: unknown): boolean {
  for (let e = error, depth = 0; e instanceof Error && depth < 8; e = e.cause, depth += 1) {
    if (/^SQLITE_BUSY/u.test(String((e as { code?: unknown }).code))) return true;
  }
  return false;
}

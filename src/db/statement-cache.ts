import type Database from 'better-sqlite3';

// Prepared statements for every query Drizzle runs (docs/performance.md).
// Drizzle's better-sqlite3 driver prepares each query again on every run; preparing costs more
// than running most of this registry's queries. This wrapper keeps the last MAX_STATEMENTS
// statements by SQL text, so a query that runs again (the same shape, other parameters) reuses
// its statement. SQLite re-prepares a cached statement by itself if the schema changes.
//
// Invariant: a statement handed out behaves as a freshly prepared one. Drizzle switches a
// statement to array rows with `raw()` for some queries and never back, so every row mode (raw,
// pluck, expand) is reset on each reuse: a caller that sets a mode must set it again on each
// use. Statements are used synchronously (better-sqlite3), so one statement is never used by
// two queries at once; a statement still iterating is never handed out again.

const MAX_STATEMENTS = 500;

export function withStatementCache(sqlite: Database.Database): Database.Database {
  const statements = new Map<string, Database.Statement>();
  const prepare = (source: string): Database.Statement => {
    const cached = statements.get(source);
    if (cached !== undefined && !cached.busy) {
      statements.delete(source);
      statements.set(source, cached);
      if (cached.reader) cached.raw(false).pluck(false).expand(false);
      return cached;
    }
    const statement = sqlite.prepare(source);
    statements.set(source, statement);
    if (statements.size > MAX_STATEMENTS) statements.delete(statements.keys().next().value!);
    return statement;
  };
  return new Proxy(sqlite, {
    get(target, property) {
      if (property === 'prepare') return prepare;
      const value = Reflect.get(target, property, target) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

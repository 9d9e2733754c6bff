import { getTableName } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from '../db/client.ts';

// The one way the read model prepares a statement: built by Drizzle once per database, then only
// bound per call (Drizzle's builders build and prepare their SQL again on every call). Each
// statement names the tables it reads; their union is what the public answers read, and the
// response cache's generation triggers are made from it (db/data-generation.ts).

const tablesRead = new Set<string>();

export function prepared<T>(reads: readonly SQLiteTable[], build: (db: Db) => T): (db: Db) => T {
  for (const table of reads) tablesRead.add(getTableName(table));
  const byDb = new WeakMap<Db, T>();
  return (db) => {
    let statement = byDb.get(db);
    if (statement === undefined) {
      statement = build(db);
      byDb.set(db, statement);
    }
    return statement;
  };
}

/** The tables some statement of the read model declared it reads, sorted. */
export function declaredTables(): string[] {
  return [...tablesRead].sort();
}

/** The ids (or keys) of a batch as one bound JSON array: one statement whatever the batch's size. */
export const jsonList = (values: readonly (number | string)[]) => JSON.stringify(values);

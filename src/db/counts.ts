import { count, inArray } from 'drizzle-orm';
import type { Db } from './client.ts';
import { standards, versions } from './tables.ts';

// Grouped counts for connection `totalCount`s, one statement for any number of parents.
// (The drizzle plugin's own related-count subquery does not build valid SQL with drizzle-orm
// 1.0.0-rc.5, whose `relationToSQL` now returns SQL chunks; see README, "Known limits".)

function toMap(rows: { key: number | null; n: number }[], keys: readonly number[]): number[] {
  const byKey = new Map(rows.map((row) => [row.key, row.n]));
  return keys.map((key) => byKey.get(key) ?? 0);
}

export function countVersionsOfStandards(db: Db, standardIds: readonly number[]): number[] {
  const rows = db
    .select({ key: versions.standardId, n: count() })
    .from(versions)
    .where(inArray(versions.standardId, [...standardIds]))
    .groupBy(versions.standardId)
    .all();
  return toMap(rows, standardIds);
}

export function countStandardsOfCommittees(db: Db, committeeIds: readonly number[]): number[] {
  const rows = db
    .select({ key: standards.committeeId, n: count() })
    .from(standards)
    .where(inArray(standards.committeeId, [...committeeIds]))
    .groupBy(standards.committeeId)
    .all();
  return toMap(rows, committeeIds);
}

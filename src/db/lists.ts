import type { Db } from './client.ts';
import { asc, eq, inArray, sql } from 'drizzle-orm';
import { standards, versions } from './tables.ts';

// The hot reads of a lookup and a page, each one statement prepared once per database
// (docs/performance.md). Drizzle's query builder and relational queries build and
// prepare their SQL again on every call; these are built once and only bound per call.

type VersionRow = typeof versions.$inferSelect;
type StandardRow = typeof standards.$inferSelect;

function preparedOnce<T>(build: (db: Db) => T): (db: Db) => T {
  const byDb = new WeakMap<Db, T>();
  return (db) => {
    let prepared = byDb.get(db);
    if (prepared === undefined) {
      prepared = build(db);
      byDb.set(db, prepared);
    }
    return prepared;
  };
}

// The ids travel as one JSON array, so a page of any size binds one parameter and reuses one
// statement. Rows come back as arrays and are mapped by Drizzle, which is cheaper than
// better-sqlite3's row objects (docs/performance.md).
const versionsOfStandardsStatement = preparedOnce((db: Db) =>
  db
    .select()
    .from(versions)
    .where(inArray(versions.standardId, sql`(select value from json_each(${sql.placeholder('ids')}))`))
    .orderBy(asc(versions.standardId), asc(versions.id))
    .prepare(),
);

/**
 * Every version of each standard, oldest recorded first: one statement for any number of
 * standards, read in the order of versions_standard_idx (standard, then id), so without a sort.
 */
export function versionsOfStandards(db: Db, standardIds: readonly number[]): VersionRow[][] {
  const rows = versionsOfStandardsStatement(db).all({ ids: JSON.stringify(standardIds) });
  const byStandard = new Map<number, VersionRow[]>(standardIds.map((id) => [id, []]));
  for (const row of rows) byStandard.get(row.standardId)?.push(row);
  return standardIds.map((id) => byStandard.get(id)!);
}

// designation_key is unique: no LIMIT (a bound LIMIT made this read about twice as slow).
const standardByKeyStatement = preparedOnce((db: Db) =>
  db.select().from(standards).where(eq(standards.designationKey, sql.placeholder('key'))).prepare(),
);

/** The standard with this designation key, or undefined. */
export function standardByKey(db: Db, key: string): StandardRow | undefined {
  return standardByKeyStatement(db).get({ key });
}

import type { Db } from './client.ts';
import { asc, eq, inArray, sql } from 'drizzle-orm';
import { standards, versionReplacements, versions } from './tables.ts';

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

// Both directions in one statement: `replaces` and `replacedBy` are often asked together.
const replacementsStatement = preparedOnce((db: Db) => {
  const ids = sql`(select value from json_each(${sql.placeholder('ids')}))`;
  const side = (from: typeof versionReplacements.replacingId, to: typeof versionReplacements.replacedId, replaced: boolean) =>
    db
      .select({ from, replaced: sql<number>`${replaced ? 1 : 0}`.as('replaced'), version: versions })
      .from(versionReplacements)
      .innerJoin(versions, eq(versions.id, to))
      .where(inArray(from, ids));
  return side(versionReplacements.replacingId, versionReplacements.replacedId, true)
    .unionAll(side(versionReplacements.replacedId, versionReplacements.replacingId, false))
    .orderBy(asc(versions.id))
    .prepare();
});

export interface Replacements {
  replaces: VersionRow[];
  replacedBy: VersionRow[];
}

/**
 * For each version, the versions it replaces and those that replace it, oldest recorded first:
 * one statement for any number of versions, grouped through a map (linear in the rows read).
 */
export function replacementsOfVersions(db: Db, versionIds: readonly number[]): Replacements[] {
  const byVersion = new Map<number, Replacements>(versionIds.map((id) => [id, { replaces: [], replacedBy: [] }]));
  for (const row of replacementsStatement(db).all({ ids: JSON.stringify(versionIds) })) {
    byVersion.get(row.from)?.[row.replaced === 1 ? 'replaces' : 'replacedBy'].push(row.version);
  }
  return versionIds.map((id) => byVersion.get(id)!);
}

const standardsByIdStatement = preparedOnce((db: Db) =>
  db
    .select()
    .from(standards)
    .where(inArray(standards.id, sql`(select value from json_each(${sql.placeholder('ids')}))`))
    .prepare(),
);

/** The standards with these ids, in the order asked (undefined for an unknown id). */
export function standardsByIds(db: Db, ids: readonly number[]): (StandardRow | undefined)[] {
  const byId = new Map(standardsByIdStatement(db).all({ ids: JSON.stringify(ids) }).map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id));
}

// designation_key is unique: no LIMIT (a bound LIMIT made this read about twice as slow).
const standardByKeyStatement = preparedOnce((db: Db) =>
  db.select().from(standards).where(eq(standards.designationKey, sql.placeholder('key'))).prepare(),
);

/** The standard with this designation key, or undefined. */
export function standardByKey(db: Db, key: string): StandardRow | undefined {
  return standardByKeyStatement(db).get({ key });
}

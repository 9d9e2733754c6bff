import type { Db } from './client.ts';
import { asc, eq, inArray, sql } from 'drizzle-orm';
import { standards, versionReferences, versionReplacements, versions } from './tables.ts';

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
  const side = (
    from: typeof versionReplacements.replacingId,
    to: typeof versionReplacements.replacedId,
    replaced: boolean,
  ) =>
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
  const byId = new Map(
    standardsByIdStatement(db)
      .all({ ids: JSON.stringify(ids) })
      .map((row) => [row.id, row]),
  );
  return ids.map((id) => byId.get(id));
}

// designation_key is unique: no LIMIT (a bound LIMIT made this read about twice as slow).
const standardByKeyStatement = preparedOnce((db: Db) =>
  db
    .select()
    .from(standards)
    .where(eq(standards.designationKey, sql.placeholder('key')))
    .prepare(),
);

/** The standard with this designation key, or undefined. */
export function standardByKey(db: Db, key: string): StandardRow | undefined {
  return standardByKeyStatement(db).get({ key });
}

type ReferenceRow = typeof versionReferences.$inferSelect;

// References name their target by key (tables.ts), so "cited by" is read by key: a version's are
// the references to its designation; a standard's, those to its own (undated) or any of its
// versions' (dated). Each a single statement for a whole page, in the order references were recorded.
const referencesToKeysStatement = preparedOnce((db: Db) =>
  db
    .select()
    .from(versionReferences)
    .where(inArray(versionReferences.targetKey, sql`(select value from json_each(${sql.placeholder('keys')}))`))
    .orderBy(asc(versionReferences.id))
    .prepare(),
);

/** The references that cite or adopt each version (by its designation key). */
export function referencesToVersions(db: Db, keys: readonly string[]): ReferenceRow[][] {
  const rows = referencesToKeysStatement(db).all({ keys: JSON.stringify(keys) });
  const byKey = new Map<string, ReferenceRow[]>(keys.map((key) => [key, []]));
  for (const row of rows) byKey.get(row.targetKey)?.push(row);
  return keys.map((key) => byKey.get(key)!);
}

const standardKeys = sql`(select id as standard_id, designation_key as key from standards
    where id in (select value from json_each(${sql.placeholder('ids')}))
  union all select standard_id, designation_key from versions
    where standard_id in (select value from json_each(${sql.placeholder('ids')})))`;
const referencesToStandardsStatement = preparedOnce((db: Db) =>
  db
    .select({ standardId: sql<number>`target.standard_id`.as('standard_id'), reference: versionReferences })
    .from(versionReferences)
    .innerJoin(sql`${standardKeys} as target`, sql`target.key = ${versionReferences.targetKey}`)
    .orderBy(asc(versionReferences.id))
    .prepare(),
);

/** The references that cite or adopt each standard, undated or through one of its versions. */
export function referencesToStandards(db: Db, standardIds: readonly number[]): ReferenceRow[][] {
  const rows = referencesToStandardsStatement(db).all({ ids: JSON.stringify(standardIds) });
  const byStandard = new Map<number, ReferenceRow[]>(standardIds.map((id) => [id, []]));
  for (const row of rows) byStandard.get(row.standardId)?.push(row.reference);
  return standardIds.map((id) => byStandard.get(id)!);
}

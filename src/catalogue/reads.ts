import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { standards, versionReferences, versionReplacements, versions } from '../db/tables.ts';
import { prepared } from './prepared.ts';
import type { ReferenceRow, StandardRow, VersionRow } from './rows.ts';

// The reads of standards, versions and what they cite: each one statement for any number of
// parents, prepared once (./prepared.ts). Pages of them are in ./pages.ts, committees and clauses
// in ./committees.ts and ./clauses.ts.

// The ids travel as one JSON array, so a page of any size binds one parameter and reuses one
// statement. Rows come back as arrays and are mapped by Drizzle, which is cheaper than
// better-sqlite3's row objects (docs/performance.md).
const versionsOfStandardsStatement = prepared([versions], (db: Db) =>
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
const replacementsStatement = prepared([versionReplacements, versions], (db: Db) => {
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

const standardsByIdStatement = prepared([standards], (db: Db) =>
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
const standardByKeyStatement = prepared([standards], (db: Db) =>
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

// References name their target by key (tables.ts), so "cited by" is read by key: a version's are
// the references to its designation; a standard's, those to its own (undated) or any of its
// versions' (dated). Each a single statement for a whole page, in the order references were recorded.
const referencesToKeysStatement = prepared([versionReferences], (db: Db) =>
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
const referencesToStandardsStatement = prepared([versionReferences, standards, versions], (db: Db) =>
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

const ids = sql`(select value from json_each(${sql.placeholder('ids')}))`;
const keys = sql`(select value from json_each(${sql.placeholder('keys')}))`;

const versionsByIdStatement = prepared([versions], (db: Db) =>
  db.select().from(versions).where(inArray(versions.id, ids)).prepare(),
);

/** The versions with these ids, in the order asked (undefined for an unknown id). */
export function versionsByIds(db: Db, versionIds: readonly number[]): (VersionRow | undefined)[] {
  const byId = new Map(
    versionsByIdStatement(db)
      .all({ ids: JSON.stringify(versionIds) })
      .map((row) => [row.id, row]),
  );
  return versionIds.map((id) => byId.get(id));
}

const versionsByKeyStatement = prepared([versions], (db: Db) =>
  db.select().from(versions).where(inArray(versions.designationKey, keys)).prepare(),
);

/** The versions with these designation keys, in the order asked (undefined for an unknown key). */
export function versionsByKeys(db: Db, designationKeys: readonly string[]): (VersionRow | undefined)[] {
  const rows = versionsByKeyStatement(db).all({ keys: JSON.stringify(designationKeys) });
  const byKey = new Map(rows.map((row) => [row.designationKey, row]));
  return designationKeys.map((key) => byKey.get(key));
}

const standardsByKeyStatement = prepared([standards], (db: Db) =>
  db.select().from(standards).where(inArray(standards.designationKey, keys)).prepare(),
);

/** The standards with these designation keys, in the order asked (undefined for an unknown key). */
export function standardsByKeys(db: Db, designationKeys: readonly string[]): (StandardRow | undefined)[] {
  const rows = standardsByKeyStatement(db).all({ keys: JSON.stringify(designationKeys) });
  const byKey = new Map(rows.map((row) => [row.designationKey, row]));
  return designationKeys.map((key) => byKey.get(key));
}

const modificationsStatement = prepared([versions], (db: Db) =>
  db.select().from(versions).where(inArray(versions.baseId, ids)).orderBy(asc(versions.id)).prepare(),
);

/** The modifications (supplements, amendments, corrigenda) of each base version, oldest recorded first. */
export function modificationsOfVersions(db: Db, baseIds: readonly number[]): VersionRow[][] {
  const byBase = new Map<number, VersionRow[]>(baseIds.map((id) => [id, []]));
  for (const row of modificationsStatement(db).all({ ids: JSON.stringify(baseIds) }))
    byBase.get(row.baseId!)?.push(row);
  return baseIds.map((id) => byBase.get(id)!);
}

const referencesOfVersionsStatement = prepared([versionReferences], (db: Db) =>
  db
    .select()
    .from(versionReferences)
    .where(inArray(versionReferences.versionId, ids))
    .orderBy(asc(versionReferences.id))
    .prepare(),
);

/** What each version cites or adopts, in the order recorded. */
export function referencesOfVersions(db: Db, versionIds: readonly number[]): ReferenceRow[][] {
  const byVersion = new Map<number, ReferenceRow[]>(versionIds.map((id) => [id, []]));
  for (const row of referencesOfVersionsStatement(db).all({ ids: JSON.stringify(versionIds) })) {
    byVersion.get(row.versionId)?.push(row);
  }
  return versionIds.map((id) => byVersion.get(id)!);
}

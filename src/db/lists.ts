import type { Db } from './client.ts';
import { eq, sql } from 'drizzle-orm';
import { standards, type versions } from './tables.ts';

type VersionRow = typeof versions.$inferSelect;

/**
 * Every version of each standard, oldest recorded first: one statement for any number of
 * standards, read in the order of versions_standard_idx (standard, then id), so without a sort.
 */
export function versionsOfStandards(db: Db, standardIds: readonly number[]): VersionRow[][] {
  const rows = db.query.versions.findMany({ where: { standardId: { in: [...standardIds] } }, orderBy: { standardId: 'asc', id: 'asc' } }).sync();
  const byStandard = new Map<number, VersionRow[]>(standardIds.map((id) => [id, []]));
  for (const row of rows) byStandard.get(row.standardId)?.push(row);
  return standardIds.map((id) => byStandard.get(id)!);
}

type StandardRow = typeof standards.$inferSelect;

const preparedStandardByKey = new WeakMap<Db, ReturnType<typeof prepareStandardByKey>>();

function prepareStandardByKey(db: Db) {
  return db.select().from(standards).where(eq(standards.designationKey, sql.placeholder('key'))).limit(1).prepare();
}

/** The standard with this designation key, or undefined: one prepared statement, built once per database. */
export function standardByKey(db: Db, key: string): StandardRow | undefined {
  let prepared = preparedStandardByKey.get(db);
  if (!prepared) {
    prepared = prepareStandardByKey(db);
    preparedStandardByKey.set(db, prepared);
  }
  return prepared.get({ key });
}

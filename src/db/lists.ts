import type { Db } from './client.ts';
import type { versions } from './tables.ts';

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

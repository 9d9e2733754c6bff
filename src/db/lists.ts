import type { Db } from './client.ts';

type VersionRow = Awaited<ReturnType<Db['query']['versions']['findMany']>>[number];

/** Every version of each standard, oldest recorded first: one statement for any number of standards. */
export function versionsOfStandards(db: Db, standardIds: readonly number[]): VersionRow[][] {
  const rows = db.query.versions.findMany({ where: { standardId: { in: [...standardIds] } }, orderBy: { id: 'asc' } }).sync();
  const byStandard = new Map<number, VersionRow[]>(standardIds.map((id) => [id, []]));
  for (const row of rows) byStandard.get(row.standardId)?.push(row);
  return standardIds.map((id) => byStandard.get(id)!);
}

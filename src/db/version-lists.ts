import { sql, type SQL } from 'drizzle-orm';
import { designationKey } from '../vocabulary/designation.ts';
import type { VersionType } from '../vocabulary/enums.ts';
import type { Db } from './types.ts';
import { standardFilter, versionConditions, type StandardFilterInput, type VersionConditions } from './filters.ts';
import { standards, type versions } from './tables.ts';

// The root list of versions: which versions a filter keeps, and in which order. Conditions on the
// standard reuse the standards list's; conditions on the version apply to the version itself.

export interface VersionListFilter extends VersionConditions {
  /** Conditions on the version's standard (kinds, committee, text). */
  standard: Omit<StandardFilterInput, keyof VersionConditions>;
  /** Versions of these standards (designation roots). */
  designations?: readonly string[] | null;
  types?: readonly VersionType[] | null;
}

export const VERSION_ORDERS = [
  'DESIGNATION',
  'PUBLISHED_ASC',
  'PUBLISHED_DESC',
  'EFFECTIVE_ASC',
  'EFFECTIVE_DESC',
] as const;
export type VersionOrder = (typeof VERSION_ORDERS)[number];

// Undated versions sort last either way; ties by designation, then id, so pages never overlap.
const ORDER_BY: Record<VersionOrder, SQL> = {
  DESIGNATION: sql`v.designation, v.id`,
  PUBLISHED_ASC: sql`v.published is null, v.published, v.designation, v.id`,
  PUBLISHED_DESC: sql`v.published is null, v.published desc, v.designation, v.id`,
  EFFECTIVE_ASC: sql`v.effective is null, v.effective, v.designation, v.id`,
  EFFECTIVE_DESC: sql`v.effective is null, v.effective desc, v.designation, v.id`,
};

function where(filter: VersionListFilter): SQL {
  const parts: SQL[] = [standardFilter(standards, filter.standard)];
  const own = versionConditions(filter);
  if (own !== null) parts.push(own);
  if (filter.designations && filter.designations.length > 0) {
    parts.push(
      sql`${standards.designationKey} in (select value from json_each(
        ${JSON.stringify(filter.designations.map(designationKey))}))`,
    );
  }
  if (filter.types && filter.types.length > 0)
    parts.push(sql`v.type in (select value from json_each(${JSON.stringify(filter.types)}))`);
  return sql.join(parts, sql` and `);
}

const FROM = sql`from versions v join ${standards} on ${standards.id} = v.standard_id`;

type VersionRow = typeof versions.$inferSelect;

/** One page of the kept versions, whole rows. One statement. */
export function versionListPage(
  db: Db,
  filter: VersionListFilter,
  order: VersionOrder,
  limit: number,
  offset: number,
): VersionRow[] {
  return db.all<VersionRow>(sql`select v.id, v.standard_id as "standardId", v.designation,
      v.designation_key as "designationKey", v.type,
      v.base_id as "baseId", v.title_en as "titleEn", v.title_zh as "titleZh", v.published, v.effective,
      v.mandatory_new_types as "mandatoryNewTypes", v.mandatory_existing_types as "mandatoryExistingTypes", v.withdrawn,
      v.vehicle_categories as "vehicleCategories"
    ${FROM} where ${where(filter)} order by ${ORDER_BY[order]} limit ${limit} offset ${offset}`);
}

/** How many versions the filter keeps. One statement. */
export function versionListCount(db: Db, filter: VersionListFilter): number {
  return db.get<{ n: number }>(sql`select count(*) as n ${FROM} where ${where(filter)}`)!.n;
}

/** A statement selecting the kept versions' ids (column `id`), in order: a seed for a version graph. */
export function versionListIds(filter: VersionListFilter, order: VersionOrder): SQL {
  return sql`select v.id as id ${FROM} where ${where(filter)} order by ${ORDER_BY[order]}`;
}

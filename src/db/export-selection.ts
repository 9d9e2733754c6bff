import { sql, type SQL } from 'drizzle-orm';
import { designationKey } from '../vocabulary/designation.ts';
import { standardFilter, type StandardFilterInput } from './filters.ts';
import { standards } from './tables.ts';

// What a filtered export holds: the standards the filter keeps, and every standard whose versions
// they replace or modify, transitively, so the file imports into an empty registry (an import
// refuses a `replaces` or `base` it cannot resolve). Plain SQL:1999 `WITH RECURSIVE`.

export type ExportFilter = StandardFilterInput & { designations?: readonly string[] | null };

/** A statement returning the `id` of every standard a filtered export carries. */
export function exportedStandardsQuery(filter: ExportFilter): SQL {
  const parts = [standardFilter(standards, filter)];
  if (filter.designations && filter.designations.length > 0) {
    parts.push(
      sql`${standards.designationKey} in (select value from json_each(
        ${JSON.stringify(filter.designations.map(designationKey))}))`,
    );
  }
  const kept = sql.join(parts, sql` and `);
  return sql`with recursive needed(id) as (
      select v.id from versions v join standards on standards.id = v.standard_id where ${kept}
      union select v.base_id from versions v join needed n on v.id = n.id where v.base_id is not null
      union select r.replaced_id from version_replacements r join needed n on r.replacing_id = n.id
    )
    select standards.id as id from standards where ${kept}
    union select v.standard_id from versions v where v.id in (select id from needed)`;
}
